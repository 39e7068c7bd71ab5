/** A file as listed in a form: which upload, and its caption. */
export type EvidenceItem = { id: string; caption: string };
