import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { writeTransaction } from "@/db";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { NOTIFICATION_KINDS, type Locale, type NotificationKind } from "@/lib/domain";
import { createTestUser } from "@/lib/testing/factories";
import { cursorParam, markAllRead, notificationPage, NOTIFICATIONS_PER_PAGE, openNotification, parseCursor, unreadNotificationCount } from "./inbox";
import { notify } from "./notify";
import { notificationText, type NotificationTranslator } from "./text";
import { emailPreferencesOf, saveEmailPreferences, setEmailTopic } from "./preferences";
import { unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";
import { findUserById } from "@/db/queries/users";

const translator = (locale: Locale) =>
  createTranslator({ locale, messages: { en, id }[locale], namespace: "notifications" }) as unknown as NotificationTranslator;

const FULL: Record<NotificationKind, Record<string, string>> = {
  reply: { caseId: "c1", senderId: "s1", organisation: "Bank Contoh", replyId: "r1" },
  company_deadline: { caseId: "c1", sender: "0812-1111-2222", dueDate: "2026-04-07" },
  letter_deadline: { caseId: "c1", sender: "0812-1111-2222", dueDate: "2026-06-05" },
  report_hidden: { caseId: "c1", senderId: "s1", targetKind: "incident", reason: "Bahasa kasar" },
  report_restored: { caseId: "c1", senderId: "s1", targetKind: "incident", reason: "" },
  claim_approved: { claimId: "k1", organisation: "Bank Contoh" },
  claim_refused: { claimId: "k1", organisation: "Bank Contoh", reason: "Domain email tidak cocok" },
};

describe("notification texts", () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (["id", "en"] as const).map((locale) => ({ kind, locale }))))(
    "$kind in $locale: a subject and a text with its names, and a link; nothing untranslated, also with no data",
    ({ kind, locale }) => {
      const t = translator(locale);
      const full = notificationText(t, locale, kind, FULL[kind]);
      const bare = notificationText(t, locale, kind, {});
      for (const text of [full.subject, full.text, bare.subject, bare.text]) {
        expect(text).not.toMatch(/notifications\.|\{|undefined|null/);
        expect(text.length).toBeGreaterThan(10);
      }
      const names = Object.entries(FULL[kind])
        .filter(([key, value]) => ["organisation", "sender", "reason"].includes(key) && value)
        .map(([, value]) => value);
      for (const name of names) expect(full.text).toContain(name);
      expect(full.path).toMatch(/^\/(cases\/c1|cases\/c1\/share|organisation)$/);
    },
  );

  it("dates read in the reader's language", () => {
    expect(notificationText(translator("id"), "id", "company_deadline", FULL.company_deadline).text).toContain("7 April 2026");
    expect(notificationText(translator("en"), "en", "company_deadline", FULL.company_deadline).text).toContain("7 April 2026");
    expect(notificationText(translator("en"), "en", "report_hidden", FULL.report_hidden).path).toBe("/cases/c1/share");
  });
});

describe("the list and the bell", () => {
  it("shows, opens and marks read only the person's own notifications", async () => {
    const rina = await createTestUser();
    const budi = await createTestUser();
    await writeTransaction((tx) => notify(tx, { userId: rina.id, kind: "reply", subject: "a", data: { caseId: "case-a", organisation: "Bank" } }));
    await writeTransaction((tx) => notify(tx, { userId: rina.id, kind: "report_hidden", subject: "b", data: { caseId: "case-b" } }));
    expect(await writeTransaction((tx) => notify(tx, { userId: rina.id, kind: "reply", subject: "a", data: {} }))).toBe(false);
    await writeTransaction((tx) => notify(tx, { userId: budi.id, kind: "reply", subject: "a", data: { caseId: "case-c" } }));
    expect(await unreadNotificationCount(rina.id)).toBe(2);
    const rinas = (await notificationPage(rina.id)).items;
    expect(rinas.map((n) => n.subject).sort()).toEqual(["a", "b"]);
    expect(rinas.every((n) => n.userId === rina.id)).toBe(true);

    const budis = (await notificationPage(budi.id)).items[0]!;
    expect(await openNotification(rina.id, budis.id)).toBeUndefined();
    expect(await unreadNotificationCount(budi.id)).toBe(1);
    expect(await markAllRead(budi.id)).toBe(1);
    expect(await unreadNotificationCount(rina.id)).toBe(2);

    const hidden = rinas.find((n) => n.kind === "report_hidden")!;
    expect(await openNotification(rina.id, hidden.id)).toBe("/cases/case-b/share");
    expect(await unreadNotificationCount(rina.id)).toBe(1);
    expect(await markAllRead(rina.id)).toBe(1);
    expect(await unreadNotificationCount(rina.id)).toBe(0);
  });

  it("pages by 50, newest first", async () => {
    const user = await createTestUser();
    for (let i = 0; i < NOTIFICATIONS_PER_PAGE + 3; i++)
      await writeTransaction((tx) => notify(tx, { userId: user.id, kind: "reply", subject: `s${i}`, data: {} }));
    // Many share a millisecond: the cursor tells them apart, so none is skipped or shown twice.
    const first = await notificationPage(user.id);
    expect(first.items).toHaveLength(NOTIFICATIONS_PER_PAGE);
    expect(first.older).not.toBeNull();
    const second = await notificationPage(user.id, parseCursor(cursorParam(first.older!)));
    expect(second.older).toBeNull();
    expect(new Set([...first.items, ...second.items].map((n) => n.subject)).size).toBe(NOTIFICATIONS_PER_PAGE + 3);
    for (let i = 1; i < first.items.length; i++) expect(first.items[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(first.items[i]!.createdAt.getTime());
  });
});

describe("unsubscribe tokens and preferences", () => {
  it("a token turns one kind off for its person and back on; a forged or altered one changes nothing", async () => {
    const user = await createTestUser();
    const token = unsubscribeToken(user.id, "reply");
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: user.id, kind: "reply" });
    const other = await createTestUser();
    const [, , signature] = token.split(".");
    for (const forged of [
      `${other.id}.reply.${signature}`,
      `${user.id}.report_hidden.${signature}`,
      `${user.id}.reply.${"A".repeat(43)}`,
      `${user.id}.reply`,
      "",
      token.slice(0, -2),
      `${token}.x`,
      // Each other last character, including those a decoder reads as the same bytes.
      ...[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"].filter((c) => c !== token.at(-1)).map((c) => token.slice(0, -1) + c),
    ]) {
      expect(verifyUnsubscribeToken(forged)).toBeUndefined();
      expect(await setEmailTopic(forged, false)).toBeUndefined();
    }
    expect((await findUserById(user.id))?.emailOff).toEqual([]);
    expect((await findUserById(other.id))?.emailOff).toEqual([]);

    expect(await setEmailTopic(token, false)).toEqual({ topic: "reply" });
    expect(await setEmailTopic(token, false)).toEqual({ topic: "reply" });
    expect((await findUserById(user.id))?.emailOff).toEqual(["reply"]);
    expect(emailPreferencesOf((await findUserById(user.id))!).emailed).not.toContain("reply");
    expect(await setEmailTopic(token, true)).toEqual({ topic: "reply" });
    expect((await findUserById(user.id))?.emailOff).toEqual([]);

    expect(await setEmailTopic(unsubscribeToken(user.id, "all"), false)).toEqual({ topic: "all" });
    expect((await findUserById(user.id))?.emailOff).toEqual([...NOTIFICATION_KINDS]);
  });

  it("saves the profile's choices", async () => {
    const user = await createTestUser();
    await saveEmailPreferences(user.id, { emailed: ["reply", "claim_approved"], digest: true });
    const saved = (await findUserById(user.id))!;
    expect(saved.emailDigest).toBe(true);
    expect(emailPreferencesOf(saved)).toEqual({ emailed: ["reply", "claim_approved"], digest: true });
  });
});
