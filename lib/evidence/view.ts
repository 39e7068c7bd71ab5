import type { EvidenceKind } from "./limits";

/** What the browser is told about a stored file: never the blob keys, only the routes that serve it. */
export type EvidenceView = {
  id: string;
  kind: EvidenceKind;
  fileName: string;
  caption: string;
  url: string;
  thumbnailUrl: string | null;
  width: number | null;
  height: number | null;
  pages: number | null;
  storedSize: number;
};

export function evidenceUrl(id: string): string {
  return `/api/evidence/${id}`;
}

export function toEvidenceView(row: {
  id: string;
  kind: EvidenceKind;
  fileName: string;
  caption: string | null;
  thumbnailKey: string | null;
  width: number | null;
  height: number | null;
  pages: number | null;
  storedSize: number;
}): EvidenceView {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    caption: row.caption ?? "",
    url: evidenceUrl(row.id),
    thumbnailUrl: row.thumbnailKey ? `${evidenceUrl(row.id)}/thumbnail` : null,
    width: row.width,
    height: row.height,
    pages: row.pages,
    storedSize: row.storedSize,
  };
}
