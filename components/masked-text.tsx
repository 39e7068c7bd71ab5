import { useTranslations } from "next-intl";
import { maskedPieces } from "@/lib/redaction";

/** Public text with each mask shown as a dark label that says what it hides ("phone number"). */
export function MaskedText({ text }: { text: string }) {
  const t = useTranslations("masks");
  return (
    <>
      {maskedPieces(text).map((piece, index) =>
        "mask" in piece ? (
          <mark key={index} className="rounded bg-stone-800 px-1 text-sm text-white">
            {t(piece.mask)}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}
