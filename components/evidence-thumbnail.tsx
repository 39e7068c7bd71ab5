import type { EvidenceView } from "@/lib/evidence/view";

/** A file's small picture; PDFs have no thumbnail and show a labelled tile instead. */
export function EvidenceThumbnail({ evidence, alt }: { evidence: Pick<EvidenceView, "thumbnailUrl" | "kind">; alt: string }) {
  if (evidence.thumbnailUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- private, already-resized files: nothing for next/image to optimise
    return <img src={evidence.thumbnailUrl} alt={alt} className="h-full w-full object-cover object-top" loading="lazy" />;
  }
  return (
    <div role="img" aria-label={alt} className="flex h-full w-full items-center justify-center bg-red-50 text-sm font-bold text-red-900">
      PDF
    </div>
  );
}
