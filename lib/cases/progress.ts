import {
  FINANCIAL_CATEGORIES,
  NO_CASE_ANSWERS,
  SPOKEN_CHANNELS,
  type CaseAnswers,
  type CaseState,
  type CaseStatus,
  type Category,
  type Direction,
  type ExchangeChannel,
  type ExchangeTag,
} from "../domain";
import type { CaseCondition, ComplaintDeadline, CountryPack } from "../countries/types";
import { DateTime } from "luxon";
import { calendarFor, daysOff, type Calendar } from "../holidays";
import { dueAfter, localDate, yearsBetween, type CollectiveLeave, type Due } from "./working-days";

/** What the status, the deadlines and the runaround numbers are computed from. */
export type ExchangeFact = {
  occurredAt: Date;
  direction: Direction;
  channel: ExchangeChannel;
  isComplaint: boolean;
  tags: readonly ExchangeTag[];
};

/** What the user said about the case that deadlines depend on; null: not answered. */
export type DeadlineAnswers = Pick<CaseAnswers, "licensed" | "customer" | "lossRupiah">;

export type CaseFacts = {
  status: CaseStatus;
  categories: readonly Category[];
  /** The recipient's zone: working days are counted in their local time. */
  timeZone: string;
  /** The recipient's region, for regional holidays where the country has them. */
  region?: string | null;
  exchanges: readonly ExchangeFact[];
  answers?: DeadlineAnswers;
  /** When the user's personal-data letter to the sender was sent, if it was. */
  dataRequestSentAt?: Date | null;
  /** When the user filed the dispute request with OJK, if they did. */
  disputeFiledAt?: Date | null;
};

export type Deadline = {
  rule: ComplaintDeadline;
  /** What started the clock: the complaint, the letter, or the firm's answer. */
  startedAt: Date;
  extended: boolean;
  /**
   * The date that counts: for the firm's deadline the later reading of "hari kerja" (cuti
   * bersama as days off), so it is never called overdue too early; for the user's own, the
   * earlier one, so they never act too late.
   */
  dueDate: string;
  dueEnd: Date;
  /** The other reading, when cuti bersama move the date: earlier for the firm's deadline, later for the user's. */
  otherReading: Due | null;
  /** False when a year counted has no official holiday list in the pack (date-holidays' dates). */
  datesConfirmed: boolean;
  /** Facts the duty depends on that the user has not confirmed: shown as "if…", never overdue. */
  unconfirmed: CaseCondition[];
  /** The company resolved it, the user acted, or the user closed the matter: the clock no longer matters. */
  settled: boolean;
  /** Its day has ended. */
  passed: boolean;
  /** The firm's deadline passed unsettled, with every fact it depends on confirmed. */
  overdue: boolean;
};

/** Statuses that are the user's final word; the data no longer moves them. */
const USER_DECIDED: readonly CaseStatus[] = ["resolved", "not_resolved", "escalated", "closed"];

const byTime = (facts: readonly ExchangeFact[]) => [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

export function isFinancialCase(categories: readonly Category[]): boolean {
  return categories.some((category) => (FINANCIAL_CATEGORIES as readonly Category[]).includes(category));
}

const isSpoken = (channel: ExchangeChannel) => (SPOKEN_CHANNELS as readonly ExchangeChannel[]).includes(channel);

/** Each condition as the user answered it: true, false, or null (not answered, or not sure). */
function conditionHolds(condition: CaseCondition, answers: DeadlineAnswers): boolean | null {
  if (condition === "loss") return answers.lossRupiah === null ? null : answers.lossRupiah > 0;
  const answer = condition === "licensed" ? answers.licensed : answers.customer;
  return answer === "yes" ? true : answer === "no" ? false : null;
}

/** What starts a rule's clock, and what settles it, from the case's exchanges (in time order). */
function clockOf(
  rule: ComplaintDeadline,
  exchanges: readonly ExchangeFact[],
  facts: CaseFacts,
): { start: ExchangeFact; settledBy: (after: readonly ExchangeFact[]) => boolean } | null {
  const incomingAfter = (at: Date) => exchanges.filter((e) => e.direction === "incoming" && e.occurredAt >= at);
  switch (rule.trigger) {
    case "writtenComplaint":
    case "spokenComplaint": {
      const start = exchanges.find((e) => e.direction === "outgoing" && e.isComplaint && isSpoken(e.channel) === (rule.trigger === "spokenComplaint"));
      return start ? { start, settledBy: () => incomingAfter(start.occurredAt).some((e) => e.tags.includes("resolved")) } : null;
    }
    case "portalResponse": {
      // The latest answer in the portal is the one the user must respond to; times are kept to the
      // minute, so a response logged in the same minute counts as after it.
      const start = exchanges.filter((e) => e.direction === "incoming" && e.tags.includes("portal_response")).at(-1);
      return start ? { start, settledBy: () => exchanges.some((e) => e.direction === "outgoing" && e.occurredAt >= start.occurredAt) } : null;
    }
    case "firmResponse": {
      const complaint = exchanges.find((e) => e.direction === "outgoing" && e.isComplaint);
      const start = complaint ? incomingAfter(complaint.occurredAt)[0] : undefined;
      return start ? { start, settledBy: () => !!facts.disputeFiledAt && facts.disputeFiledAt >= start.occurredAt } : null;
    }
    case "dataRequest":
      return null;
  }
}

/** A working-day deadline under one reading of cuti bersama, with a notified extension if it came before the first period ended. */
function dueUnder(
  rule: ComplaintDeadline,
  startDate: string,
  replies: readonly ExchangeFact[],
  zone: string,
  calendar: Calendar,
  collectiveLeave: CollectiveLeave,
): Due & { extended: boolean } {
  const first = dueAfter(startDate, rule.workingDays, zone, calendar, collectiveLeave);
  // Art 75(4): the extension must be notified in writing (not on a call) before the first period ends.
  const extended =
    rule.extensionWorkingDays > 0 && replies.some((e) => e.tags.includes("notified_extension") && !isSpoken(e.channel) && e.occurredAt <= first.dueEnd);
  return extended
    ? { ...dueAfter(startDate, rule.workingDays + rule.extensionWorkingDays, zone, calendar, collectiveLeave), extended }
    : { ...first, extended };
}

/**
 * The case's clocks from the country pack: the firm's reply deadlines (from the user's first
 * complaint of their kind), and the user's own windows (to respond in OJK's portal, to ask for
 * dispute facilitation). Each is counted under both readings of "hari kerja"; a firm's deadline
 * is overdue only once the later reading has passed and the facts it depends on are confirmed.
 */
export function complaintDeadlines(facts: CaseFacts, pack: CountryPack, now: Date): Deadline[] {
  const exchanges = byTime(facts.exchanges);
  const financial = isFinancialCase(facts.categories);
  const answers = facts.answers ?? NO_CASE_ANSWERS;
  const calendar = calendarFor(pack.holidays, facts.region);
  const decided = USER_DECIDED.includes(facts.status);
  const deadlines: Deadline[] = [];
  for (const rule of pack.complaintDeadlines) {
    if (rule.sectors === "financial" && !financial) continue;
    const holds = rule.needs.map((condition) => ({ condition, holds: conditionHolds(condition, answers) }));
    if (holds.some((h) => h.holds === false)) continue;
    const clock = clockOf(rule, exchanges, facts);
    if (!clock) continue;
    const start = clock.start.occurredAt;
    const replies = exchanges.filter((e) => e.direction === "incoming" && e.occurredAt >= start);
    const startDate = localDate(start, facts.timeZone);
    const later = dueUnder(rule, startDate, replies, facts.timeZone, calendar, "off");
    const earlier = dueUnder(rule, startDate, replies, facts.timeZone, calendar, "working");
    const [due, other] = rule.owner === "firm" ? [later, earlier] : [earlier, later];
    const settled = decided || clock.settledBy(exchanges);
    const unconfirmed = holds.filter((h) => h.holds === null).map((h) => h.condition);
    const passed = now > due.dueEnd;
    deadlines.push({
      rule,
      startedAt: start,
      extended: due.extended,
      dueDate: due.dueDate,
      dueEnd: due.dueEnd,
      otherReading: other.dueDate === due.dueDate ? null : { dueDate: other.dueDate, dueEnd: other.dueEnd },
      datesConfirmed: yearsBetween(startDate, later.dueDate).every((year) => daysOff(calendar, year).confirmed),
      unconfirmed,
      settled,
      passed,
      overdue: rule.owner === "firm" && passed && !settled && unconfirmed.length === 0,
    });
  }
  const request = pack.dataRequest;
  if (request && facts.dataRequestSentAt) {
    const sent = facts.dataRequestSentAt;
    const due = DateTime.fromJSDate(sent, { zone: facts.timeZone }).plus(
      "hours" in request.answerWithin ? { hours: request.answerWithin.hours } : { months: request.answerWithin.months },
    );
    const dueEnd = due.toJSDate();
    // Any answer from them after the letter counts: the letter asks questions, not for a settlement.
    const settled = decided || exchanges.some((e) => e.direction === "incoming" && e.occurredAt >= sent);
    const passed = now > dueEnd;
    deadlines.push({
      rule: {
        id: request.id,
        trigger: "dataRequest",
        owner: "firm",
        sectors: "any",
        needs: [],
        workingDays: 0,
        extensionWorkingDays: 0,
        escalateTo: request.escalateTo,
        source: request.law,
        confidence: request.confidence,
      },
      startedAt: sent,
      extended: false,
      dueDate: due.toISODate() ?? "",
      dueEnd,
      otherReading: null,
      datesConfirmed: true,
      unconfirmed: [],
      settled,
      passed,
      overdue: passed && !settled,
    });
  }
  return deadlines;
}

/**
 * The status shown for a case. The user's own word (resolved, not resolved, escalated, closed)
 * stands; otherwise it follows the exchanges: nothing sent yet → new (or "complained" if the
 * user said so, having complained outside Spamtrail), last word the user's → waiting, last
 * word theirs → replied.
 */
export function caseState(facts: Pick<CaseFacts, "status" | "exchanges">): { state: CaseState; waitingSince: Date | null } {
  if (USER_DECIDED.includes(facts.status)) return { state: facts.status as CaseState, waitingSince: null };
  const last = byTime(facts.exchanges).at(-1);
  if (!last) return { state: facts.status === "complained" ? "complained" : "new", waitingSince: null };
  if (last.direction === "outgoing") return { state: "waiting", waitingSince: last.occurredAt };
  return { state: "replied", waitingSince: null };
}

export type Runaround = {
  sent: number;
  received: number;
  /** From the user's first message to the first reply after it; null without a reply. */
  firstReplyMs: number | null;
  redirected: number;
  askedDataAgain: number;
  askedDm: number;
  /** Whole days since the user's last message, while the last word is the user's. */
  daysWaiting: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The runaround in numbers, from the tags the user put on the replies. */
export function runaround(exchanges: readonly ExchangeFact[], now: Date): Runaround {
  const ordered = byTime(exchanges);
  const incoming = ordered.filter((e) => e.direction === "incoming");
  const firstSent = ordered.find((e) => e.direction === "outgoing");
  const firstReply = firstSent ? incoming.find((e) => e.occurredAt >= firstSent.occurredAt) : undefined;
  const last = ordered.at(-1);
  const count = (tag: ExchangeTag) => incoming.filter((e) => e.tags.includes(tag)).length;
  return {
    sent: ordered.length - incoming.length,
    received: incoming.length,
    firstReplyMs: firstSent && firstReply ? firstReply.occurredAt.getTime() - firstSent.occurredAt.getTime() : null,
    redirected: count("redirected"),
    askedDataAgain: count("asked_data_again"),
    askedDm: count("asked_dm"),
    daysWaiting: last?.direction === "outgoing" ? Math.max(0, Math.floor((now.getTime() - last.occurredAt.getTime()) / DAY_MS)) : null,
  };
}
