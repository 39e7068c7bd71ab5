import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { startSmtpReceiver } from "@/lib/testing/smtp";

// Mails go through a real SMTP server started here; lib/env reads SMTP_URL when first imported.
const smtp = await startSmtpReceiver();
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "https://spamtrail.example";
const { getDb, writeTransaction } = await import("@/db");
const { notifications, users } = await import("@/db/tables");
const { notify } = await import("./notify");
const { runNotificationJob, NOTIFICATION_LEASE_MS } = await import("./job");
const { createTestUser, exchangeInput, smsInput } = await import("@/lib/testing/factories");
const { recordIncident } = await import("../cases/incidents");
const { recordExchange } = await import("../cases/exchanges");
const { updateCase } = await import("@/db/queries/cases");
const { findComplaint, markComplaintFiled, upsertComplaint } = await import("@/db/queries/complaints");

afterAll(() => smtp.close());

const rowsOf = async (userId: string) => await getDb().select().from(notifications).where(eq(notifications.userId, userId));
const setUser = (userId: string, values: Partial<typeof users.$inferInsert>) =>
  writeTransaction(async (tx) => {
    await tx.update(users).set(values).where(eq(users.id, userId));
  });

const headerOf = (mail: { headerLines: readonly { key: string; line: string }[] } | undefined, key: string) =>
  mail?.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n\s+/g, " ");

/** Waits for nothing: the job awaits each send, so its mails are in the receiver when it resolves. */
const run = (now = new Date()) => runNotificationJob({ now });

describe("notification mails", () => {
  beforeEach(async () => {
    // Every test's rows start handled, so one test's pending rows are not another's mails.
    await writeTransaction(async (tx) => {
      await tx.update(notifications).set({ emailState: "skipped" }).where(eq(notifications.emailState, "pending"));
    });
  });

  it("sends each due notification once, in the person's language, with its link and a one-click unsubscribe", async () => {
    const user = await createTestUser();
    await setUser(user.id, { locale: "en" });
    await writeTransaction((tx) =>
      notify(tx, { userId: user.id, kind: "report_hidden", subject: "share-1", data: { caseId: "case-1", reason: "Abusive words" } }),
    );
    await run();
    await run();
    const mails = smtp.mailsTo(user.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe("A moderator hid part of your public report");
    expect(mail?.text).toContain("A moderator hid part of your public report. Reason: Abusive words");
    expect(mail?.text).toContain("https://spamtrail.example/cases/case-1/share");
    expect(mail?.text).toMatch(/https:\/\/spamtrail\.example\/unsubscribe\?token=[\w.-]+/);
    expect(headerOf(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(headerOf(mail, "list-unsubscribe")).toMatch(/^List-Unsubscribe: <https:\/\/spamtrail\.example\/api\/unsubscribe\?token=[\w.-]+>$/);
    expect(await rowsOf(user.id)).toMatchObject([{ emailState: "sent" }]);
  });

  it("never sends a row a crashed run left claimed: after a lease it is failed", async () => {
    const user = await createTestUser();
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: "reply-1", data: { caseId: "c", organisation: "Bank Contoh" } }));
    const claimedAt = new Date();
    await writeTransaction(async (tx) => {
      await tx.update(notifications).set({ emailState: "sending", emailClaimedAt: claimedAt }).where(eq(notifications.userId, user.id));
    });
    await run(new Date(claimedAt.getTime() + 1000));
    expect(await rowsOf(user.id)).toMatchObject([{ emailState: "sending" }]);
    await run(new Date(claimedAt.getTime() + NOTIFICATION_LEASE_MS + 1000));
    expect(await rowsOf(user.id)).toMatchObject([{ emailState: "failed" }]);
    await run(new Date(claimedAt.getTime() + 2 * NOTIFICATION_LEASE_MS));
    expect(smtp.mailsTo(user.email)).toHaveLength(0);
  });

  it("two runs at once send a row once (the claim decides)", async () => {
    const user = await createTestUser();
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "claim_approved", subject: "claim-1", data: { organisation: "Bank Contoh" } }));
    await Promise.all([run(), run()]);
    expect(smtp.mailsTo(user.email)).toHaveLength(1);
  });

  it("skips the kinds a person turned off; they still show in the app", async () => {
    const user = await createTestUser();
    await setUser(user.id, { emailOff: ["report_hidden"] });
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "report_hidden", subject: "s", data: {} }));
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "report_restored", subject: "s", data: {} }));
    await run();
    expect(smtp.mailsTo(user.email).map((m) => m.subject)).toEqual(["Moderator menampilkan kembali sebagian laporan publik Anda"]);
    expect(Object.fromEntries((await rowsOf(user.id)).map((r) => [r.kind, r.emailState]))).toEqual({ report_hidden: "skipped", report_restored: "sent" });
  });

  it("a failed send is recorded as failed, not retried", async () => {
    const user = await createTestUser();
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: "r", data: {} }));
    await runNotificationJob({ send: async () => false });
    await run();
    expect(await rowsOf(user.id)).toMatchObject([{ emailState: "failed" }]);
    expect(smtp.mailsTo(user.email)).toHaveLength(0);
  });

  it("sends a digest at most once a day, with every pending row, all marked sent together", async () => {
    const user = await createTestUser();
    await setUser(user.id, { emailDigest: true, emailOff: ["claim_refused"] });
    const start = new Date("2026-12-01T08:00:00Z");
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: "a", data: { caseId: "c1", organisation: "Bank Contoh" } }));
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "report_restored", subject: "b", data: { caseId: "c2" } }));
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "claim_refused", subject: "c", data: {} }));
    await run(start);
    const [digest] = smtp.mailsTo(user.email);
    expect(smtp.mailsTo(user.email)).toHaveLength(1);
    expect(digest?.subject).toBe("Spamtrail: 2 notifikasi baru");
    expect(digest?.text).toContain("Bank Contoh membalas laporan Anda secara publik.");
    expect(digest?.text).toContain("https://spamtrail.example/cases/c2/share");
    expect(digest?.text).not.toContain("ditolak");
    expect(headerOf(digest, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect((await rowsOf(user.id)).map((r) => r.emailState).sort()).toEqual(["sent", "sent", "skipped"]);

    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: "d", data: {} }));
    await run(new Date(start.getTime() + 3_600_000));
    expect(smtp.mailsTo(user.email)).toHaveLength(1);
    await run(new Date(start.getTime() + 25 * 3_600_000));
    expect(smtp.mailsTo(user.email)).toHaveLength(2);
    expect((await rowsOf(user.id)).every((r) => r.emailState !== "pending")).toBe(true);
  });

  it("sends through whatever sender it is given (one mail per due row)", async () => {
    const user = await createTestUser();
    await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: "r", data: {} }));
    const sent: string[] = [];
    await runNotificationJob({
      send: async (mail) => {
        sent.push(mail.to);
        return true;
      },
    });
    expect(sent).toEqual([user.email]);
    expect(smtp.mailsTo(user.email)).toHaveLength(0);
  });
});

describe("deadline notifications", () => {
  const wib = (local: string) => new Date(`${local}:00+07:00`);

  it("tells the owner once when a company's deadline has passed under every reading, not before", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-5555-0101", occurredAt: "2026-03-10T09:00" }));
    await writeTransaction((tx) => updateCase(tx, caseId, { licensed: "yes", customer: "yes" }));
    await recordExchange(user.id, caseId, exchangeInput({ occurredAt: "2026-03-16T10:00", isComplaint: true }));
    // 1 April: the earlier reading of working days has passed, the later one (cuti bersama as days off) not yet.
    await run(wib("2026-04-01T09:00"));
    expect((await rowsOf(user.id)).filter((r) => r.kind === "company_deadline")).toHaveLength(0);
    await run(wib("2026-04-08T00:01"));
    await run(wib("2026-04-09T00:01"));
    const told = (await rowsOf(user.id)).filter((r) => r.kind === "company_deadline");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ data: { caseId, dueDate: "2026-04-07" } });
    const mail = smtp.mailsTo(user.email).find((m) => m.subject === "Batas waktu perusahaan menjawab pengaduan Anda sudah lewat");
    expect(mail?.text).toContain("paling lambat 7 April 2026");
    expect(mail?.text).toContain(`https://spamtrail.example/cases/${caseId}`);
  });

  it("says nothing while a fact the deadline depends on is unconfirmed, or once the user closed the case", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-5555-0102", occurredAt: "2026-03-10T09:00" }));
    await recordExchange(user.id, caseId, exchangeInput({ occurredAt: "2026-03-16T10:00", isComplaint: true }));
    await run(wib("2026-05-01T09:00"));
    expect(await rowsOf(user.id)).toHaveLength(0);
    await writeTransaction((tx) => updateCase(tx, caseId, { licensed: "yes", customer: "yes", status: "closed" }));
    await run(wib("2026-05-02T09:00"));
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it("tells the owner once when the answer time of their letter ran out", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-5555-0103", occurredAt: "2026-06-01T09:00" }));
    await writeTransaction((tx) => upsertComplaint(tx, caseId, "sender_data", {}, {}));
    await writeTransaction(async (tx) =>
      markComplaintFiled(tx, (await findComplaint(tx, caseId, "sender_data"))!.id, {
        filedAt: wib("2026-06-02T10:00"),
        filedChannel: "email",
        filedReference: null,
      }),
    );
    await run(wib("2026-06-05T09:00"));
    expect(await rowsOf(user.id)).toHaveLength(0);
    await run(wib("2026-06-05T10:01"));
    await run(wib("2026-06-06T10:01"));
    expect(await rowsOf(user.id)).toMatchObject([{ kind: "letter_deadline", data: { caseId, dueDate: "2026-06-05" } }]);
  });
});
