import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { caseState, complaintDeadlines, runaround, type CaseFacts, type ExchangeFact } from "./case-progress";
import { countryPack } from "./countries";
import type { ExchangeTag } from "./domain";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();
const sent = (iso: string, more: Partial<ExchangeFact> = {}): ExchangeFact => ({ occurredAt: wib(iso), direction: "outgoing", channel: "x", isComplaint: false, tags: [], ...more });
const reply = (iso: string, ...tags: ExchangeTag[]): ExchangeFact => ({ occurredAt: wib(iso), direction: "incoming", channel: "x", isComplaint: false, tags });
const facts = (exchanges: ExchangeFact[], more: Partial<CaseFacts> = {}): CaseFacts => ({ status: "new", categories: ["loan"], timeZone: "Asia/Jakarta", exchanges, ...more });
const ID = countryPack("ID");

describe("complaintDeadlines (POJK 22/2023 Art 74–75)", () => {
  const complaint = sent("2026-11-02T09:00", { isComplaint: true });

  it("gives a financial firm 10 working days after a written complaint, then calls it overdue", () => {
    const before = complaintDeadlines(facts([complaint]), ID, wib("2026-11-16T23:00"));
    expect(before).toMatchObject([{ rule: { id: "ID-OJK-COMPLAINT-WRITTEN" }, dueDate: "2026-11-16", extended: false, overdue: false }]);
    const after = complaintDeadlines(facts([complaint]), ID, wib("2026-11-17T00:00"));
    expect(after[0]?.overdue).toBe(true);
  });

  it("adds 10 more working days when the firm notified an extension", () => {
    const [deadline] = complaintDeadlines(facts([complaint, reply("2026-11-10T10:00", "notified_extension")]), ID, wib("2026-11-20T00:00"));
    expect(deadline).toMatchObject({ extended: true, dueDate: "2026-11-30", overdue: false });
  });

  it("gives 5 working days after a spoken complaint", () => {
    const call = sent("2026-11-02T09:00", { isComplaint: true, channel: "phone_call" });
    expect(complaintDeadlines(facts([call]), ID, wib("2026-11-03T00:00"))).toMatchObject([{ rule: { id: "ID-OJK-COMPLAINT-SPOKEN" }, dueDate: "2026-11-09" }]);
  });

  it("starts at the first complaint, and replies that do not resolve it do not stop the clock", () => {
    const later = sent("2026-11-05T09:00", { isComplaint: true });
    const [deadline] = complaintDeadlines(facts([later, complaint, reply("2026-11-03T10:00", "asked_dm")]), ID, wib("2026-12-01T00:00"));
    expect(deadline).toMatchObject({ complainedAt: complaint.occurredAt, overdue: true, settled: false });
  });

  it("is settled by a reply tagged resolved, or by the user's own status", () => {
    expect(complaintDeadlines(facts([complaint, reply("2026-11-20T10:00", "resolved")]), ID, wib("2026-12-01T00:00"))[0]).toMatchObject({ settled: true, overdue: false });
    expect(complaintDeadlines(facts([complaint], { status: "escalated" }), ID, wib("2026-12-01T00:00"))[0]).toMatchObject({ settled: true, overdue: false });
  });

  it("does not apply to a non-financial sender, to a message that is not a complaint, or where the pack has none", () => {
    expect(complaintDeadlines(facts([complaint], { categories: ["shop_promo"] }), ID, wib("2026-12-01T00:00"))).toEqual([]);
    expect(complaintDeadlines(facts([sent("2026-11-02T09:00")]), ID, wib("2026-12-01T00:00"))).toEqual([]);
    expect(complaintDeadlines(facts([complaint]), countryPack("FR"), wib("2026-12-01T00:00"))).toEqual([]);
  });

  it("counts in the recipient's zone", () => {
    // Monday 07:30 WIB is 09:30 WIT; the Friday before a WIT user's deadline ends earlier in UTC.
    const inWit = complaintDeadlines(facts([complaint], { timeZone: "Asia/Jayapura" }), ID, wib("2026-11-16T22:30"));
    expect(inWit[0]).toMatchObject({ dueDate: "2026-11-16", overdue: true });
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
