import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { caseState, complaintDeadlines, runaround, type CaseFacts, type ExchangeFact } from "./progress";
import { countryPack } from "../countries";
import type { ExchangeTag } from "../domain";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();
const sent = (iso: string, more: Partial<ExchangeFact> = {}): ExchangeFact => ({
  occurredAt: wib(iso),
  direction: "outgoing",
  channel: "x",
  isComplaint: false,
  tags: [],
  ...more,
});
const reply = (iso: string, ...tags: ExchangeTag[]): ExchangeFact => ({ occurredAt: wib(iso), direction: "incoming", channel: "x", isComplaint: false, tags });
const facts = (exchanges: ExchangeFact[], more: Partial<CaseFacts> = {}): CaseFacts => ({
  status: "new",
  categories: ["loan"],
  timeZone: "Asia/Jakarta",
  exchanges,
  ...more,
});
const ID = countryPack("ID");

const YES = { licensed: "yes", customer: "yes", lossRupiah: null } as const;

describe("complaintDeadlines (POJK 22/2023 Art 74–75)", () => {
  // November 2026 has no national holiday and no cuti bersama: both readings give the same date.
  const complaint = sent("2026-11-02T09:00", { isComplaint: true });

  it("gives a financial firm 10 working days after a written complaint, then calls it overdue", () => {
    const before = complaintDeadlines(facts([complaint], { answers: YES }), ID, wib("2026-11-16T23:59"));
    expect(before).toMatchObject([
      { rule: { id: "ID-OJK-COMPLAINT-WRITTEN" }, dueDate: "2026-11-16", otherReading: null, extended: false, passed: false, overdue: false },
    ]);
    const after = complaintDeadlines(facts([complaint], { answers: YES }), ID, wib("2026-11-17T00:00"));
    expect(after[0]).toMatchObject({ passed: true, overdue: true });
  });

  it("adds 10 more working days when the firm notified an extension", () => {
    const [deadline] = complaintDeadlines(facts([complaint, reply("2026-11-10T10:00", "notified_extension")], { answers: YES }), ID, wib("2026-11-20T00:00"));
    expect(deadline).toMatchObject({ extended: true, dueDate: "2026-11-30", overdue: false });
  });

  it("gives 5 working days after a spoken complaint", () => {
    const call = sent("2026-11-02T09:00", { isComplaint: true, channel: "phone_call" });
    expect(complaintDeadlines(facts([call], { answers: YES }), ID, wib("2026-11-03T00:00"))).toMatchObject([
      { rule: { id: "ID-OJK-COMPLAINT-SPOKEN" }, dueDate: "2026-11-09" },
    ]);
  });

  it("starts at the first complaint, and replies that do not resolve it do not stop the clock", () => {
    const later = sent("2026-11-05T09:00", { isComplaint: true });
    const [deadline] = complaintDeadlines(facts([later, complaint, reply("2026-11-03T10:00", "asked_dm")], { answers: YES }), ID, wib("2026-12-01T00:00"));
    expect(deadline).toMatchObject({ startedAt: complaint.occurredAt, overdue: true, settled: false });
  });

  it("is settled by a reply tagged resolved, or by the user's own status", () => {
    expect(complaintDeadlines(facts([complaint, reply("2026-11-20T10:00", "resolved")], { answers: YES }), ID, wib("2026-12-01T00:00"))[0]).toMatchObject({
      settled: true,
      overdue: false,
    });
    expect(complaintDeadlines(facts([complaint], { status: "escalated", answers: YES }), ID, wib("2026-12-01T00:00"))[0]).toMatchObject({
      settled: true,
      overdue: false,
    });
  });

  it("does not apply to a non-financial sender, to a message that is not a complaint, or where the pack has none", () => {
    expect(complaintDeadlines(facts([complaint], { categories: ["shop_promo"], answers: YES }), ID, wib("2026-12-01T00:00"))).toEqual([]);
    expect(complaintDeadlines(facts([sent("2026-11-02T09:00")], { answers: YES }), ID, wib("2026-12-01T00:00"))).toEqual([]);
    expect(complaintDeadlines(facts([complaint], { answers: YES }), countryPack("FR"), wib("2026-12-01T00:00"))).toEqual([]);
  });

  it("counts in the recipient's zone", () => {
    // 16 November ends at 24:00 WIT, which is 22:00 WIB: at 22:30 WIB a Jayapura user's firm is late.
    const inWit = complaintDeadlines(facts([complaint], { timeZone: "Asia/Jayapura", answers: YES }), ID, wib("2026-11-16T22:30"));
    expect(inWit[0]).toMatchObject({ dueDate: "2026-11-16", overdue: true });
    const inWib = complaintDeadlines(facts([complaint], { answers: YES }), ID, wib("2026-11-16T22:30"));
    expect(inWib[0]).toMatchObject({ dueDate: "2026-11-16", overdue: false });
  });

  it("says when a year counted has no official holiday list (2027: date-holidays' dates)", () => {
    expect(complaintDeadlines(facts([complaint], { answers: YES }), ID, wib("2026-11-03T00:00"))[0]?.datesConfirmed).toBe(true);
    // Monday 21 December 2026 + 10 working days runs into January 2027.
    const december = complaintDeadlines(facts([sent("2026-12-21T10:00", { isComplaint: true })], { answers: YES }), ID, wib("2026-12-22T00:00"));
    expect(december[0]?.datesConfirmed).toBe(false);
  });
});

/*
 * The 10-working-day answer duty (Art 75) for a written complaint sent at 10:00 WIB on each day
 * from 9 to 27 March 2026, computed by hand from the SKB 2026 (lib/countries/id-holidays.ts):
 *   national holidays around then: Thu 19 Mar (Nyepi), Sat 21 and Sun 22 Mar (Idul Fitri), Fri 3 Apr
 *   (Wafat Yesus Kristus), Sun 5 Apr (Paskah);
 *   cuti bersama: Wed 18, Fri 20, Mon 23, Tue 24 Mar.
 * Counting starts the working day after the complaint.
 *
 * "working" reading (cuti bersama are working days), the working days in order:
 *   1:9  2:10  3:11  4:12  5:13  6:16  7:17  8:18  9:20  10:23  11:24  12:25  13:26  14:27  15:30  16:31 Mar
 *   17:1  18:2  19:6  20:7  21:8  22:9  23:10  24:13 Apr
 * "off" reading (cuti bersama are days off), the working days in order:
 *   1:9  2:10  3:11  4:12  5:13  6:16  7:17  8:25  9:26  10:27  11:30  12:31 Mar
 *   13:1  14:2  15:6  16:7  17:8  18:9  19:10  20:13 Apr
 * A complaint sent on working day n is due on working day n + 10; one sent on a day off counts
 * from the last working day before it. Checks by hand:
 *   - Mon 16 Mar (the example): working 16 → 17(1) 18(2) 20(3) 23(4) 24(5) 25(6) 26(7) 27(8)
 *     30(9) 31(10) = 31 March; off 16 → 17(1) 25(2) 26(3) 27(4) 30(5) 31(6) 1(7) 2(8) 6(9) 7(10) = 7 April.
 *   - Fri 20 Mar (cuti bersama): working, it is day 9 → day 19 = 6 April; off, the count starts as
 *     after Tue 17 (day 7) → day 17 = 8 April.
 *   - Tue 24 Mar: working, day 11 → day 21 = 8 April; off, after 17 March again → 8 April: the
 *     readings meet, so no other reading is shown.
 */
describe("Art 75 due dates for a written complaint sent 9–27 March 2026: both readings of hari kerja", () => {
  const table: [sent: string, working: string, off: string][] = [
    ["2026-03-09", "2026-03-24", "2026-03-30"],
    ["2026-03-10", "2026-03-25", "2026-03-31"],
    ["2026-03-11", "2026-03-26", "2026-04-01"],
    ["2026-03-12", "2026-03-27", "2026-04-02"],
    ["2026-03-13", "2026-03-30", "2026-04-06"],
    ["2026-03-14", "2026-03-30", "2026-04-06"],
    ["2026-03-15", "2026-03-30", "2026-04-06"],
    ["2026-03-16", "2026-03-31", "2026-04-07"],
    ["2026-03-17", "2026-04-01", "2026-04-08"],
    ["2026-03-18", "2026-04-02", "2026-04-08"],
    ["2026-03-19", "2026-04-02", "2026-04-08"],
    ["2026-03-20", "2026-04-06", "2026-04-08"],
    ["2026-03-21", "2026-04-06", "2026-04-08"],
    ["2026-03-22", "2026-04-06", "2026-04-08"],
    ["2026-03-23", "2026-04-07", "2026-04-08"],
    ["2026-03-24", "2026-04-08", "2026-04-08"],
    ["2026-03-25", "2026-04-09", "2026-04-09"],
    ["2026-03-26", "2026-04-10", "2026-04-10"],
    ["2026-03-27", "2026-04-13", "2026-04-13"],
  ];

  it.each(table)("sent %s 10:00 → %s counting national holidays only, %s with cuti bersama off", (day, working, off) => {
    const [deadline] = complaintDeadlines(facts([sent(`${day}T10:00`, { isComplaint: true })], { answers: YES }), ID, wib(`${day}T11:00`));
    expect(deadline).toMatchObject({ rule: { id: "ID-OJK-COMPLAINT-WRITTEN" }, extended: false, datesConfirmed: true });
    // The firm's decisive date is the later reading; the earlier one is shown beside it when it differs.
    expect(deadline!.dueDate).toBe(off);
    expect(deadline!.otherReading?.dueDate ?? deadline!.dueDate).toBe(working);
    expect(deadline!.otherReading === null).toBe(working === off);
  });

  it("each day ends at midnight WIB", () => {
    const [deadline] = complaintDeadlines(facts([sent("2026-03-16T10:00", { isComplaint: true })], { answers: YES }), ID, wib("2026-03-16T11:00"));
    expect(deadline!.dueEnd.toISOString()).toBe("2026-04-07T16:59:59.999Z");
    expect(deadline!.otherReading!.dueEnd.toISOString()).toBe("2026-03-31T16:59:59.999Z");
  });

  it("a spoken complaint on Tuesday 17 March: 5 working days, 25 March or 31 March", () => {
    // working: 18(1) 20(2) 23(3) 24(4) 25(5); off: 25(1) 26(2) 27(3) 30(4) 31(5).
    const [deadline] = complaintDeadlines(
      facts([sent("2026-03-17T10:00", { isComplaint: true, channel: "phone_call" })], { answers: YES }),
      ID,
      wib("2026-03-17T11:00"),
    );
    expect(deadline).toMatchObject({ rule: { id: "ID-OJK-COMPLAINT-SPOKEN" }, dueDate: "2026-03-31", otherReading: { dueDate: "2026-03-25" } });
  });

  describe("the extension (+10) counts only when notified by the end of day 10, per reading", () => {
    // Sent 16 March. Day 10 is 31 March (working reading) or 7 April (off reading).
    // With the extension, 20 working days: working 15 April (17:1 18:2 19:6 20:7 … 26:15 Apr);
    // off 21 April (16:7 17:8 18:9 19:10 20:13 21:14 22:15 23:16 24:17 25:20 26:21 Apr).
    const start = sent("2026-03-16T10:00", { isComplaint: true });
    it.each([
      { name: "notified 31 March 23:59: both readings extended", at: "2026-03-31T23:59", due: "2026-04-21", other: "2026-04-15", extended: true },
      {
        name: "notified 1 April 00:00: too late for the earlier reading, in time for the later",
        at: "2026-04-01T00:00",
        due: "2026-04-21",
        other: "2026-03-31",
        extended: true,
      },
      { name: "notified 7 April 23:59: still in time for the later reading", at: "2026-04-07T23:59", due: "2026-04-21", other: "2026-03-31", extended: true },
      { name: "notified 8 April 00:00: too late for both", at: "2026-04-08T00:00", due: "2026-04-07", other: "2026-03-31", extended: false },
    ])("$name", ({ at, due, other, extended }) => {
      const [deadline] = complaintDeadlines(facts([start, reply(at, "notified_extension")], { answers: YES }), ID, wib("2026-04-08T12:00"));
      expect(deadline).toMatchObject({ dueDate: due, otherReading: { dueDate: other }, extended });
    });

    it("an extension said on a call is not notified in writing: it does not count (Art 75(4))", () => {
      const onTheCall: ExchangeFact = {
        occurredAt: wib("2026-03-20T10:00"),
        direction: "incoming",
        channel: "phone_call",
        isComplaint: false,
        tags: ["notified_extension"],
      };
      expect(complaintDeadlines(facts([start, onTheCall], { answers: YES }), ID, wib("2026-04-08T12:00"))[0]).toMatchObject({
        dueDate: "2026-04-07",
        extended: false,
      });
      const inWriting = { ...onTheCall, channel: "email" as const };
      expect(complaintDeadlines(facts([start, inWriting], { answers: YES }), ID, wib("2026-04-08T12:00"))[0]).toMatchObject({
        dueDate: "2026-04-21",
        extended: true,
      });
    });

    it("an extension sent by the user, or notified before the complaint, does not count", () => {
      const own = sent("2026-03-20T10:00", { tags: ["notified_extension"] });
      const before = reply("2026-03-15T10:00", "notified_extension");
      const [deadline] = complaintDeadlines(facts([start, own, before], { answers: YES }), ID, wib("2026-04-08T12:00"));
      expect(deadline).toMatchObject({ dueDate: "2026-04-07", extended: false });
    });
  });

  describe("overdue: only after the later reading's day, and only for a licensed firm's customer", () => {
    const start = sent("2026-03-16T10:00", { isComplaint: true });
    it.each([
      { name: "1 April: the earlier reading has passed, the later not", now: "2026-04-01T09:00", passed: false, overdue: false },
      { name: "7 April 23:59: still the due day", now: "2026-04-07T23:59", passed: false, overdue: false },
      { name: "8 April 00:00: overdue", now: "2026-04-08T00:00", passed: true, overdue: true },
    ])("$name", ({ now, passed, overdue }) => {
      expect(complaintDeadlines(facts([start], { answers: YES }), ID, wib(now))[0]).toMatchObject({ passed, overdue, unconfirmed: [] });
    });

    it.each([
      { name: "customer not answered", answers: { licensed: "yes", customer: null }, unconfirmed: ["customer"] },
      { name: "customer 'not sure'", answers: { licensed: "yes", customer: "unsure" }, unconfirmed: ["customer"] },
      { name: "licence not answered", answers: { licensed: null, customer: "yes" }, unconfirmed: ["licensed"] },
      { name: "licence 'not sure', customer not answered", answers: { licensed: "unsure", customer: null }, unconfirmed: ["licensed", "customer"] },
      { name: "nothing answered", answers: undefined, unconfirmed: ["licensed", "customer"] },
    ] as const)("$name: shown as 'if…', passed but never overdue", ({ answers, unconfirmed }) => {
      const all = complaintDeadlines(facts([start], { answers: answers ? { ...answers, lossRupiah: null } : undefined }), ID, wib("2026-05-01T00:00"));
      expect(all).toMatchObject([{ rule: { id: "ID-OJK-COMPLAINT-WRITTEN" }, dueDate: "2026-04-07", unconfirmed, passed: true, overdue: false }]);
    });

    it.each([
      { name: "not a customer", answers: { licensed: "yes", customer: "no" } },
      { name: "not licensed", answers: { licensed: "no", customer: "yes" } },
    ] as const)("$name: no deadline at all", ({ answers }) => {
      expect(complaintDeadlines(facts([start], { answers: { ...answers, lossRupiah: null } }), ID, wib("2026-05-01T00:00"))).toEqual([]);
    });
  });
});

describe("the user's own windows (earlier reading decisive)", () => {
  describe("ID-OJK-PORTAL-RESPONSE: 10 working days to answer the firm in OJK's portal (Art 96(7)–(8))", () => {
    // The firm answers in APPK on Monday 16 March: 31 March (cuti bersama worked) or 7 April.
    const portal = reply("2026-03-16T10:00", "portal_response");
    const portalDeadline = (exchanges: ExchangeFact[], now: string, more: Partial<CaseFacts> = {}) =>
      complaintDeadlines(facts(exchanges, more), ID, wib(now)).find((d) => d.rule.id === "ID-OJK-PORTAL-RESPONSE");

    it("is due on the earlier reading, with the later one beside it", () => {
      expect(portalDeadline([portal], "2026-03-17T00:00")).toMatchObject({
        rule: { owner: "user" },
        dueDate: "2026-03-31",
        otherReading: { dueDate: "2026-04-07" },
        unconfirmed: [],
      });
    });

    it("needs no answers about licence or custom, but a financial case", () => {
      expect(portalDeadline([portal], "2026-03-17T00:00", { answers: { licensed: "unsure", customer: "no", lossRupiah: 0 } })).toBeDefined();
      expect(portalDeadline([portal], "2026-03-17T00:00", { categories: ["shop_promo"] })).toBeUndefined();
    });

    it.each([
      { name: "31 March 23:59: open", now: "2026-03-31T23:59", passed: false },
      { name: "1 April 00:00: passed (never 'overdue': it is the user's)", now: "2026-04-01T00:00", passed: true },
    ])("$name", ({ now, passed }) => {
      expect(portalDeadline([portal], now)).toMatchObject({ passed, overdue: false, settled: false });
    });

    it("runs from the last portal answer", () => {
      expect(portalDeadline([reply("2026-03-09T10:00", "portal_response"), portal], "2026-03-17T00:00")).toMatchObject({
        startedAt: portal.occurredAt,
        dueDate: "2026-03-31",
      });
    });

    it("is settled by anything the user sends after it, not before", () => {
      expect(portalDeadline([portal, sent("2026-03-20T10:00")], "2026-04-02T00:00")).toMatchObject({ settled: true });
      expect(portalDeadline([sent("2026-03-13T10:00"), portal], "2026-04-02T00:00")).toMatchObject({ settled: false });
    });

    it("does not start on an ordinary reply", () => {
      expect(portalDeadline([reply("2026-03-16T10:00")], "2026-03-17T00:00")).toBeUndefined();
    });
  });

  describe("ID-OJK-DISPUTE-FILING: 60 working days from the firm's answer (POJK 31/2020 Art 10(4)(f))", () => {
    const complaint = sent("2026-03-09T10:00", { isComplaint: true });
    const answer = reply("2026-03-16T10:00");
    const filed = { licensed: "yes", customer: "yes", lossRupiah: 2_000_000 } as const;
    const filing = (exchanges: ExchangeFact[], now: string, more: Partial<CaseFacts> = {}) =>
      complaintDeadlines(facts(exchanges, { answers: filed, ...more }), ID, wib(now)).find((d) => d.rule.id === "ID-OJK-DISPUTE-FILING");

    /*
     * From Monday 16 March, by hand. April–June 2026: national holidays Fri 3 Apr, Fri 1 May,
     * Thu 14 May, Wed 27 May, Mon 1 Jun, Tue 16 Jun; cuti bersama Fri 15 May, Thu 28 May.
     * working reading: 16 Mar is working day 6 of the list above; day 30 is 21 Apr, 37 is 30 Apr,
     * 38 is 4 May … 45 is 13 May, 46 is 15 May, 53 is 26 May, 54 is 28 May, 55 is 29 May, 56 is
     * 2 Jun … 65 is 15 Jun, 66 (= 6 + 60) is Wednesday 17 June.
     * off reading: six cuti bersama days fall inside (18, 20, 23, 24 Mar; 15, 28 May), so it ends
     * six working days later: 18, 19, 22, 23, 24, 25 June → Thursday 25 June.
     */
    it("is due on the earlier reading, 17 June, with 25 June beside it", () => {
      expect(filing([complaint, answer], "2026-03-17T00:00")).toMatchObject({
        rule: { owner: "user" },
        startedAt: answer.occurredAt,
        dueDate: "2026-06-17",
        otherReading: { dueDate: "2026-06-25" },
        unconfirmed: [],
      });
    });

    it.each([
      { name: "17 June 23:59: open", now: "2026-06-17T23:59", passed: false },
      { name: "18 June 00:00: passed", now: "2026-06-18T00:00", passed: true },
    ])("$name", ({ now, passed }) => {
      expect(filing([complaint, answer], now)).toMatchObject({ passed, overdue: false });
    });

    it("runs from the firm's first answer after the user's first complaint", () => {
      const earlier = reply("2026-03-05T10:00");
      const second = reply("2026-03-20T10:00");
      expect(filing([earlier, complaint, answer, second], "2026-03-21T00:00")).toMatchObject({ startedAt: answer.occurredAt });
    });

    it("does not start before the firm answered", () => {
      expect(filing([complaint], "2026-03-21T00:00")).toBeUndefined();
    });

    it("is settled once the user filed the dispute", () => {
      expect(filing([complaint, answer], "2026-07-01T00:00", { disputeFiledAt: wib("2026-04-01T10:00") })).toMatchObject({ settled: true });
      expect(filing([complaint, answer], "2026-07-01T00:00", { disputeFiledAt: wib("2026-03-10T10:00") })).toMatchObject({ settled: false });
    });

    it.each([
      { name: "no loss", answers: { licensed: "yes", customer: "yes", lossRupiah: 0 } },
      { name: "not a customer", answers: { licensed: "yes", customer: "no", lossRupiah: 2_000_000 } },
      { name: "not licensed", answers: { licensed: "no", customer: "yes", lossRupiah: 2_000_000 } },
    ] as const)("$name: no window", ({ answers }) => {
      expect(filing([complaint, answer], "2026-03-17T00:00", { answers })).toBeUndefined();
    });

    it("with unanswered facts, says which", () => {
      expect(filing([complaint, answer], "2026-03-17T00:00", { answers: { licensed: "unsure", customer: null, lossRupiah: null } })).toMatchObject({
        unconfirmed: ["licensed", "customer", "loss"],
      });
    });
  });
});

describe("caseState", () => {
  it.each([
    ["new", [], "new"],
    ["complained", [], "complained"],
    ["new", [sent("2026-11-02T09:00")], "waiting"],
    ["new", [sent("2026-11-02T09:00"), reply("2026-11-02T10:00")], "replied"],
    ["complained", [sent("2026-11-02T09:00"), reply("2026-11-02T10:00"), sent("2026-11-02T11:00")], "waiting"],
    ["resolved", [sent("2026-11-02T09:00")], "resolved"],
    ["not_resolved", [], "not_resolved"],
    ["escalated", [sent("2026-11-02T09:00")], "escalated"],
    ["closed", [reply("2026-11-02T10:00")], "closed"],
  ] as const)("status %s with %j → %s", (status, exchanges, expected) => {
    expect(caseState({ status, exchanges: [...exchanges] }).state).toBe(expected);
  });

  it("knows since when the user has been waiting, whatever order the facts come in", () => {
    const last = sent("2026-11-02T11:00");
    expect(caseState({ status: "new", exchanges: [last, reply("2026-11-02T10:00"), sent("2026-11-02T09:00")] }).waitingSince).toEqual(last.occurredAt);
  });
});

describe("runaround", () => {
  it("counts the seed-000 runaround: first reply time, redirects, repeated data requests, DMs, days waiting", () => {
    const conversation = [
      sent("2014-09-16T13:00", { isComplaint: true }),
      reply("2014-09-16T13:20", "apologised", "redirected"),
      reply("2014-09-16T13:25"),
      sent("2014-09-16T13:30"),
      reply("2014-09-16T13:40"),
      sent("2014-09-16T13:45", { channel: "email" }),
      sent("2014-09-16T13:50"),
      reply("2014-09-16T14:00"),
      sent("2014-09-16T14:05"),
      reply("2014-09-16T14:20", "asked_dm", "asked_data_again"),
      sent("2014-09-16T14:25"),
      reply("2014-09-16T14:40", "asked_dm", "asked_data_again"),
      sent("2014-09-16T14:45"),
    ];
    expect(runaround(conversation, wib("2014-09-26T14:44"))).toEqual({
      sent: 7,
      received: 6,
      firstReplyMs: 20 * 60 * 1000,
      redirected: 1,
      askedDataAgain: 2,
      askedDm: 2,
      daysWaiting: 9,
    });
  });

  it("has no first reply and no waiting when nobody wrote, and no waiting when they had the last word", () => {
    expect(runaround([], new Date())).toMatchObject({ firstReplyMs: null, daysWaiting: null, sent: 0 });
    expect(runaround([reply("2026-11-02T10:00")], new Date())).toMatchObject({ firstReplyMs: null, daysWaiting: null });
    expect(runaround([sent("2026-11-02T09:00"), reply("2026-11-02T10:00")], new Date())).toMatchObject({ firstReplyMs: 3_600_000, daysWaiting: null });
  });
});
