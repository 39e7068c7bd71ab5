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

/** A case's files by the incident or exchange they belong to (files of the case as a whole are left out). */
export function evidenceByParent(
  files: readonly (Parameters<typeof toEvidenceView>[0] & { incidentId: string | null; exchangeId: string | null })[],
): Map<string, EvidenceView[]> {
  const byParent = new Map<string, EvidenceView[]>();
  for (const file of files) {
    const parent = file.incidentId ?? file.exchangeId;
    if (!parent) continue;
    const list = byParent.get(parent);
    if (list) list.push(toEvidenceView(file));
    else byParent.set(parent, [toEvidenceView(file)]);
  }
  return byParent;
}
