/**
 * Evidence limits, shared by the uploader in the browser (to refuse early, before sending) and
 * by the server (which enforces them again while it streams the body).
 */
export const EVIDENCE_KINDS = ["image", "pdf"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES_PER_INCIDENT = 20;
export const EVIDENCE_CAPTION_MAX_LENGTH = 300;
/**
 * A tall phone screenshot of a long chat is about 1,300 × 20,000 px (26 Mpx); anything above
 * this is a decompression bomb, not a screenshot.
 */
export const EVIDENCE_MAX_INPUT_PIXELS = 40_000_000;
/** The file picker's filter; the server decides from the bytes, never from this. */
export const EVIDENCE_ACCEPT = "image/png,image/jpeg,image/webp,image/gif,application/pdf,.png,.jpg,.jpeg,.webp,.gif,.pdf";

/** Why a file was refused: message keys under `errors.evidence.` in messages/*.json. */
export const EVIDENCE_ERRORS = [
  "empty",
  "tooLarge",
  "notAccepted",
  "extensionMismatch",
  "unreadable",
  "tooManyPixels",
  "tooManyFiles",
  "notFound",
  "gone",
  "signedOut",
  "rateLimited",
  "busy",
  "failed",
] as const;
export type EvidenceError = (typeof EVIDENCE_ERRORS)[number];
