import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { writeTransaction } from "@/db";
import { deleteSharesBefore, insertShare, takeShare, type ShareFileRow } from "@/db/queries/shares";
import { MESSAGE_MAX_LENGTH } from "../domain";
import { env } from "../env";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES_PER_INCIDENT, type EvidenceError } from "../evidence/limits";
import { cleanFileName, uploadEvidence } from "../evidence/upload";
import { takeUpload } from "../evidence/upload-rate";
import { sharedLimiter } from "../rate-limit";
import { toEvidenceView, type EvidenceView } from "../evidence/view";
import { isBlank, text } from "../validations/text";

/** A share nobody opened within a day is dropped by the hourly sweep (like unsaved uploads). */
export const SHARE_TTL_MS = 24 * 60 * 60 * 1000;
/** As many files as one incident may carry; more are refused on arrival. */
export const SHARE_MAX_FILES = EVIDENCE_MAX_FILES_PER_INCIDENT;
/** The whole share body: a few full-size photos, or twenty screenshots. Larger is refused before parsing. */
export const SHARE_MAX_BYTES = 60 * 1024 * 1024;
/** Each shared text field; a chat shared whole can be long, the form then asks to shorten it. */
export const SHARE_FIELD_MAX = 4 * MESSAGE_MAX_LENGTH;

/** The claim token's cookie: one per share, so two shares before signing in both survive. */
export const SHARE_COOKIE_PREFIX = "spamtrail-share-";
/** Sent only to the page that claims shares. */
export const SHARE_COOKIE_PATH = "/incidents/new";

/** Why a share was turned away as a whole: message keys under `errors.share.`. */
export type ShareError = "empty" | "tooLarge" | "unreadable" | "tooLong" | "rateLimited";

/** Files refused on arrival, before any byte is stored: the uploader's own reasons. */
type ArrivalRefusal = Extract<EvidenceError, "tooLarge" | "tooManyFiles" | "empty">;
const ARRIVAL_REFUSALS: readonly ArrivalRefusal[] = ["tooLarge", "tooManyFiles", "empty"];

const field = text().trim().max(SHARE_FIELD_MAX, { error: "tooLong" });

/**
 * The form Chrome posts after "Share → Spamtrail" (manifest `share_target.params`): title, text,
 * url, and files. Any of them may be missing; what is blank counts as missing.
 */
const shareFormSchema = z.object({
  title: field.nullable(),
  text: field.nullable(),
  url: field.nullable(),
  files: z.array(z.union([z.instanceof(File), z.string()])).transform((parts) => parts.filter((part): part is File => typeof part !== "string")),
});

export type ParsedShare = {
  title: string | null;
  text: string | null;
  url: string | null;
  files: { fileName: string; bytes: Buffer }[];
  refused: { fileName: string; error: ArrivalRefusal }[];
};

const orNull = (value: string | null) => (value === null || isBlank(value) ? null : value);

/** Reads a share form; files over the limits are listed as refused, not stored. */
export async function parseShareForm(form: FormData): Promise<{ ok: true; share: ParsedShare } | { ok: false; error: ShareError }> {
  const parsed = shareFormSchema.safeParse({
    title: form.get("title"),
    text: form.get("text"),
    url: form.get("url"),
    files: form.getAll("files"),
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((issue) => issue.message === "tooLong") ? "tooLong" : "unreadable" };
  const share: ParsedShare = { title: orNull(parsed.data.title), text: orNull(parsed.data.text), url: orNull(parsed.data.url), files: [], refused: [] };
  for (const file of parsed.data.files) {
    // A form with an empty file input sends a nameless, empty part: that is no file at all.
    if (file.size === 0 && file.name === "") continue;
    const fileName = file.name.split(/[\\/]/).pop() ?? "";
    // Refusals are listed up to the same count: a form of thousands of tiny parts stores nothing more.
    if (share.files.length + share.refused.length >= 2 * SHARE_MAX_FILES) break;
    if (share.files.length >= SHARE_MAX_FILES) share.refused.push({ fileName, error: "tooManyFiles" });
    else if (file.size > EVIDENCE_MAX_BYTES) share.refused.push({ fileName, error: "tooLarge" });
    else if (file.size === 0) share.refused.push({ fileName, error: "empty" });
    else share.files.push({ fileName, bytes: Buffer.from(await file.arrayBuffer()) });
  }
  if (!share.title && !share.text && !share.url && share.files.length === 0 && share.refused.length === 0) return { ok: false, error: "empty" };
  return { ok: true, share };
}

/**
 * Shares arrive signed out too, and each may hold 60 MB: 30 shares in 10 minutes per client
 * (the user when signed in, else the IP; IP_LIMIT_SCALE widens the IP's) bound what one sender
 * can make the server keep. A person shares a few messages a day.
 */
export const SHARES_PER_10_MINUTES = 30;
const sharesPerUser = sharedLimiter("share-user", SHARES_PER_10_MINUTES, 10 * 60);
const sharesPerIp = sharedLimiter("share-ip", SHARES_PER_10_MINUTES * env.IP_LIMIT_SCALE, 10 * 60);

export async function takeShareAllowance(client: { userId: string } | { ip: string }): Promise<boolean> {
  try {
    if ("userId" in client) await sharesPerUser.consume(client.userId);
    else await sharesPerIp.consume(client.ip);
    return true;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return false;
  }
}

export const claimHashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * Keeps a share until its form is opened. The browser gets the claim token (only its hash is
 * stored); a signed-in sharer owns it at once. Files refused on arrival are kept as empty rows
 * named `<reason>/<name>` (a name never holds a slash), so the form can say why they are missing.
 */
export async function storeShare(userId: string | null, share: ParsedShare): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const files = [...share.files, ...share.refused.map((file) => ({ fileName: `${file.error}/${file.fileName}`, bytes: Buffer.alloc(0) }))];
  const row = await writeTransaction((tx) =>
    insertShare(tx, { userId, claimHash: claimHashOf(token), title: share.title, text: share.text, url: share.url }, files),
  );
  return { id: row.id, token };
}

/**
 * The message text a share stands for: the shared text, with the title and link added only when
 * the text does not already hold them (Messages shares just the text; a browser shares a page's
 * title and address).
 */
export function shareMessageText(share: { title: string | null; text: string | null; url: string | null }): string {
  const [title, body, url] = [share.title, share.text, share.url].map((part) => part?.trim() || null);
  const parts: string[] = body ? [body] : [];
  if (url && !body?.includes(url)) parts.push(url);
  if (title && !parts.some((part) => part.includes(title))) parts.unshift(title);
  return parts.join("\n");
}

export type ClaimedShare = {
  messageText: string;
  evidence: EvidenceView[];
  refused: { fileName: string; error: EvidenceError }[];
};

function arrivalRefusal(file: ShareFileRow): { fileName: string; error: ArrivalRefusal } | null {
  if (file.bytes.byteLength > 0) return null;
  const slash = file.fileName.indexOf("/");
  const reason = file.fileName.slice(0, slash) as ArrivalRefusal;
  return slash > 0 && ARRIVAL_REFUSALS.includes(reason)
    ? { fileName: file.fileName.slice(slash + 1), error: reason }
    : { fileName: file.fileName, error: "empty" };
}

/**
 * Opens a share in the user's new-incident form: the user it belongs to, or the browser holding
 * its claim token (a share made signed out), may take it; anyone else gets nothing, as if it did
 * not exist. Each file goes through the same checks as an upload and becomes one of the user's
 * pending files; the share is gone afterwards. Null: not found, not theirs, or already opened.
 */
export async function claimShare(userId: string, shareId: string, claimToken: string | null, now = Date.now()): Promise<ClaimedShare | null> {
  if (!z.uuid().safeParse(shareId).success) return null;
  const taken = await writeTransaction((tx) =>
    takeShare(tx, { shareId, userId, claimHash: claimToken ? claimHashOf(claimToken) : null, notBefore: new Date(now - SHARE_TTL_MS) }),
  );
  if (!taken) return null;
  const claimed: ClaimedShare = { messageText: shareMessageText(taken.share), evidence: [], refused: [] };
  for (const file of taken.files) {
    const refusal = arrivalRefusal(file);
    if (refusal) {
      claimed.refused.push(refusal);
      continue;
    }
    const fileName = cleanFileName(file.fileName, "png");
    // Claimed files are uploads: they count against the user's allowance like any other.
    const allowance = await takeUpload(userId);
    const result = allowance.ok ? await uploadEvidence(userId, { bytes: file.bytes, fileName: file.fileName }) : ({ ok: false, error: "rateLimited" } as const);
    if (result.ok) claimed.evidence.push(toEvidenceView(result.evidence));
    else claimed.refused.push({ fileName, error: result.error });
  }
  return claimed;
}

/** Forgets shares older than a day (called by the hourly sweep); returns how many. */
export async function sweepShares(now = Date.now()): Promise<number> {
  return await deleteSharesBefore(new Date(now - SHARE_TTL_MS));
}
