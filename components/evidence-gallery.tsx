import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { EvidenceView } from "@/lib/evidence/view";
import { EvidenceThumbnail } from "./evidence-thumbnail";

/** Every file of a case as a grid of thumbnails; each opens its full-size page. */
export async function EvidenceGallery({ files }: { files: EvidenceView[] }) {
  const t = await getTranslations("evidence");
  if (files.length === 0) return <p className="text-stone-700">{t("none")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {files.map((file, index) => {
        const label = t("open", { number: index + 1, total: files.length, name: file.caption || file.fileName });
        return (
          <li key={file.id}>
            <figure className="card overflow-hidden p-0">
              <Link href={`/evidence/${file.id}`} aria-label={label} className="block aspect-square bg-stone-100">
                <EvidenceThumbnail evidence={file} alt="" />
              </Link>
              <figcaption dir="auto" className="break-words p-2 text-sm">
                {file.caption || <span className="text-stone-700">{file.fileName}</span>}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
