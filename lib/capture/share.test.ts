import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { shareFiles, shares } from "@/db/tables";
import { findEvidenceForUser } from "@/db/queries/evidence";
import { findIncidentForUser } from "@/db/queries/incidents";
import { pngBytes } from "@/lib/testing/evidence-files";
import { EVIDENCE_MAX_BYTES } from "../evidence/limits";
import { recordIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { incidentSchema } from "../validations/incident";
import { openSharedDraft } from "./share-draft";
import {
  claimShare,
  parseShareForm,
  SHARE_COOKIE_PREFIX,
  SHARE_FIELD_MAX,
  SHARE_MAX_FILES,
  SHARE_TTL_MS,
  SHARES_PER_10_MINUTES,
  shareMessageText,
  storeShare,
  sweepShares,
  takeShareAllowance,
  type ParsedShare,
} from "./share";

const SPAM = "PINJAMAN CEPAT cair 5 menit tanpa BI checking! Limit s/d Rp 20.000.000. Klik https://dana-kilat.example/daftar balas STOP utk berhenti";

function form(fields: Record<string, string>, files: File[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const file of files) data.append("files", file);
  return data;
}

async function parsed(data: FormData): Promise<ParsedShare> {
  const result = await parseShareForm(data);
  if (!result.ok) throw new Error(result.error);
  return result.share;
}

const shareCount = (id: string) => getDb().$count(shares, eq(shares.id, id));
const shareFileCount = (id: string) => getDb().$count(shareFiles, eq(shareFiles.shareId, id));

describe("parseShareForm", () => {
  it("reads the title, text, link and image files a share sheet posts", async () => {
    const png = await pngBytes();
    const share = await parsed(form({ title: "SMS", text: SPAM, url: "" }, [new File([png], "Screenshot_20261201.png", { type: "image/png" })]));
    expect(share).toMatchObject({ title: "SMS", text: SPAM, url: null, refused: [] });
    expect(share.files).toHaveLength(1);
    expect(share.files[0]?.fileName).toBe("Screenshot_20261201.png");
    expect(Buffer.compare(share.files[0]!.bytes, png)).toBe(0);
  });

  it("refuses a share with nothing usable: no fields, blanks, or only an empty file input", async () => {
    expect(await parseShareForm(new FormData())).toEqual({ ok: false, error: "empty" });
    expect(await parseShareForm(form({ title: " ", text: "\u0000\n", url: "" }))).toEqual({ ok: false, error: "empty" });
    expect(await parseShareForm(form({}, [new File([], "")]))).toEqual({ ok: false, error: "empty" });
  });

  it("refuses text longer than the limit as a whole, and a field of the wrong kind", async () => {
    expect(await parseShareForm(form({ text: "a".repeat(SHARE_FIELD_MAX + 1) }))).toEqual({ ok: false, error: "tooLong" });
    const fileAsText = new FormData();
    fileAsText.append("text", new File(["x"], "x.txt"));
    expect(await parseShareForm(fileAsText)).toEqual({ ok: false, error: "unreadable" });
  });

  it("lists files over the size or count limits as refused instead of keeping their bytes", async () => {
    const png = await pngBytes();
    const files = Array.from({ length: SHARE_MAX_FILES + 1 }, (_, i) => new File([png], `shot-${i}.png`));
    files.push(new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], "huge.png"), new File([], "empty.png"));
    const share = await parsed(form({ text: SPAM }, files));
    expect(share.files).toHaveLength(SHARE_MAX_FILES);
    expect(share.refused).toEqual([
      { fileName: `shot-${SHARE_MAX_FILES}.png`, error: "tooManyFiles" },
      { fileName: "huge.png", error: "tooManyFiles" },
      { fileName: "empty.png", error: "tooManyFiles" },
    ]);
    const one = await parsed(form({}, [new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], "C:\\photos\\huge.jpg"), new File([], "empty.png")]));
    expect(one.files).toEqual([]);
    expect(one.refused).toEqual([
      { fileName: "huge.jpg", error: "tooLarge" },
      { fileName: "empty.png", error: "empty" },
    ]);
  });
});

describe("shareMessageText", () => {
  it("is the shared text, with the title and link only when the text does not hold them already", () => {
    expect(shareMessageText({ title: null, text: SPAM, url: null })).toBe(SPAM);
    expect(shareMessageText({ title: "Pesan", text: SPAM, url: "https://dana-kilat.example/daftar" })).toBe(`Pesan\n${SPAM}`);
    expect(shareMessageText({ title: "Promo pinjol", text: null, url: "https://pinjol.example/a" })).toBe("Promo pinjol\nhttps://pinjol.example/a");
    expect(shareMessageText({ title: "PINJAMAN CEPAT", text: SPAM, url: null })).toBe(SPAM);
    expect(shareMessageText({ title: null, text: null, url: null })).toBe("");
  });
});

describe("storing and claiming a share", () => {
  it("keeps only the claim token's hash, and gives the share to the browser that holds the token", async () => {
    const user = await createTestUser();
    const png = await pngBytes();
    const { id, token } = await storeShare(null, await parsed(form({ text: SPAM }, [new File([png], "chat.png")])));
    const [row] = await getDb().select({ userId: shares.userId, claimHash: shares.claimHash }).from(shares).where(eq(shares.id, id));
    expect(row?.userId).toBeNull();
    expect(row?.claimHash).not.toContain(token);
    expect(row?.claimHash).toMatch(/^[0-9a-f]{64}$/);

    const claimed = await claimShare(user.id, id, token);
    expect(claimed?.messageText).toBe(SPAM);
    expect(claimed?.refused).toEqual([]);
    expect(claimed?.evidence).toHaveLength(1);
    // The file went through the upload path: a pending, sanitized evidence row of this user.
    const stored = await findEvidenceForUser(user.id, claimed!.evidence[0]!.id);
    expect(stored).toMatchObject({ kind: "image", contentType: "image/png", fileName: "chat.png", incidentId: null, exchangeId: null });
    expect(await shareCount(id)).toBe(0);
    expect(await shareFileCount(id)).toBe(0);
    // Opened once: a second tab, a reload or a replayed link gets nothing.
    expect(await claimShare(user.id, id, token)).toBeNull();
  });

  it("gives a share made while signed in to its user, without the cookie", async () => {
    const user = await createTestUser();
    const { id } = await storeShare(user.id, await parsed(form({ text: SPAM })));
    expect((await claimShare(user.id, id, null))?.messageText).toBe(SPAM);
  });

  it("refuses someone else's share, and leaves it for its owner", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const signedIn = await storeShare(owner.id, await parsed(form({ text: SPAM })));
    // Even the owner's cookie (a shared computer) does not open it for another account.
    expect(await claimShare(other.id, signedIn.id, signedIn.token)).toBeNull();
    expect(await claimShare(other.id, signedIn.id, null)).toBeNull();

    const signedOut = await storeShare(null, await parsed(form({ text: SPAM })));
    expect(await claimShare(other.id, signedOut.id, null)).toBeNull();
    expect(await claimShare(other.id, signedOut.id, signedIn.token)).toBeNull();
    expect(await claimShare(other.id, "not-a-uuid", signedOut.token)).toBeNull();
    expect(await claimShare(other.id, randomUUID(), signedOut.token)).toBeNull();

    expect(await shareCount(signedIn.id)).toBe(1);
    expect(await shareCount(signedOut.id)).toBe(1);
    expect((await claimShare(owner.id, signedIn.id, null))?.messageText).toBe(SPAM);
  });

  it("puts each file through the upload checks and reports the refused ones with the uploader's reasons", async () => {
    const user = await createTestUser();
    const png = await pngBytes();
    const share = await parsed(
      form({ text: SPAM }, [
        new File([png], "ok.png"),
        new File(["Pinjaman cepat cair"], "note.txt"),
        new File([png], "photo.pdf"),
        new File([new Uint8Array(EVIDENCE_MAX_BYTES + 1)], "big.jpg"),
      ]),
    );
    const { id, token } = await storeShare(null, share);
    const claimed = await claimShare(user.id, id, token);
    expect(claimed?.evidence.map((e) => e.fileName)).toEqual(["ok.png"]);
    expect(claimed?.refused).toEqual([
      { fileName: "note.txt", error: "notAccepted" },
      { fileName: "photo.pdf", error: "extensionMismatch" },
      { fileName: "big.jpg", error: "tooLarge" },
    ]);
  });

  it("does not open a share older than a day, and the sweep drops it with its files", async () => {
    const user = await createTestUser();
    const png = await pngBytes();
    const old = await storeShare(null, await parsed(form({ text: SPAM }, [new File([png], "a.png")])));
    const later = Date.now() + SHARE_TTL_MS + 1000;
    expect(await claimShare(user.id, old.id, old.token, later)).toBeNull();
    expect(await shareCount(old.id)).toBe(1);

    const fresh = await storeShare(null, await parsed(form({ text: SPAM })));
    await writeTransaction(async (tx) => {
      await tx
        .update(shares)
        .set({ createdAt: new Date(Date.now() + 2 * SHARE_TTL_MS) })
        .where(eq(shares.id, fresh.id));
    });
    expect(await sweepShares(later)).toBeGreaterThanOrEqual(1);
    expect(await shareCount(old.id)).toBe(0);
    expect(await shareFileCount(old.id)).toBe(0);
    expect(await shareCount(fresh.id)).toBe(1);
  });
});

describe("openSharedDraft", () => {
  const jar = (cookies: Record<string, string>) => ({
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  });

  it("opens the share named in the address with its cookie, and says so when it cannot", async () => {
    const user = await createTestUser();
    const { id, token } = await storeShare(null, await parsed(form({ text: SPAM })));
    expect(await openSharedDraft(user.id, id, jar({}))).toEqual({ ok: false });
    const opened = await openSharedDraft(user.id, id, jar({ [`${SHARE_COOKIE_PREFIX}${id}`]: token }));
    expect(opened).toMatchObject({ ok: true, draft: { messageText: SPAM } });
    expect(await openSharedDraft(user.id, id, jar({ [`${SHARE_COOKIE_PREFIX}${id}`]: token }))).toEqual({ ok: false });
  });

  it("without an address, opens a share this browser has not opened yet (after sign-up and the confirmation mail)", async () => {
    const user = await createTestUser();
    const { id, token } = await storeShare(null, await parsed(form({ text: SPAM })));
    expect(await openSharedDraft(user.id, null, jar({ "other-cookie": "x", [`${SHARE_COOKIE_PREFIX}${randomUUID()}`]: "stale" }))).toBeNull();
    expect(await openSharedDraft(user.id, null, jar({ [`${SHARE_COOKIE_PREFIX}${id}`]: token }))).toMatchObject({ ok: true, draft: { messageText: SPAM } });
    expect(await openSharedDraft(user.id, null, jar({ [`${SHARE_COOKIE_PREFIX}${id}`]: token }))).toBeNull();
  });
});

describe("limits and source", () => {
  it("takes at most so many shares in 10 minutes from one user", async () => {
    const user = await createTestUser();
    for (let i = 0; i < SHARES_PER_10_MINUTES; i++) expect(await takeShareAllowance({ userId: user.id })).toBe(true);
    expect(await takeShareAllowance({ userId: user.id })).toBe(false);
    expect(await takeShareAllowance({ userId: (await createTestUser()).id })).toBe(true);
  });

  it("stores an incident saved from a share with source share, and accepts only the form's sources", async () => {
    const user = await createTestUser();
    const { incidentId } = await recordIncident(user.id, smsInput({ source: "share" }));
    expect((await findIncidentForUser(user.id, incidentId))?.source).toBe("share");
    expect(incidentSchema.safeParse(smsInput({ source: "screenshot" })).success).toBe(true);
    expect(incidentSchema.safeParse({ ...smsInput(), source: "sms_backup" }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...smsInput(), source: "whatever" }).success).toBe(false);
  });
});
