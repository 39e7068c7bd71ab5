import { FINANCIAL_CATEGORIES, SPOKEN_CHANNELS, type CaseState, type CaseStatus, type Category, type Direction, type ExchangeChannel, type ExchangeTag } from "./domain";
import type { ComplaintDeadline, CountryPack } from "./countries/types";
import { DateTime } from "luxon";
import { addWorkingDays } from "./working-days";

/** What the status, the deadlines and the runaround numbers are computed from. */
export type ExchangeFact = {
  occurredAt: Date;
  direction: Direction;
  channel: ExchangeChannel;
  isComplaint: boolean;
  tags: readonly ExchangeTag[];
};

export type CaseFacts = {
  status: CaseStatus;
  categories: readonly Category[];
  /** The recipient's zone: working days are counted in their local time. */
  timeZone: string;
  exchanges: readonly ExchangeFact[];
  /** When the user's personal-data letter to the sender was sent, if it was. */
  dataRequestSentAt?: Date | null;
};

export type Deadline = {
  rule: ComplaintDeadline;
  complainedAt: Date;
  extended: boolean;
  dueDate: string;
  dueEnd: Date;
  /** The company resolved it, or the user closed the matter: the clock no longer matters. */
  settled: boolean;
  overdue: boolean;
};

/** Statuses that are the user's final word; the data no longer moves them. */
const USER_DECIDED: readonly CaseStatus[] = ["resolved", "not_resolved", "escalated", "closed"];

const byTime = (facts: readonly ExchangeFact[]) => [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

export function isFinancialCase(categories: readonly Category[]): boolean {
  return categories.some((category) => (FINANCIAL_CATEGORIES as readonly Category[]).includes(category));
}

const isSpoken = (channel: ExchangeChannel) => (SPOKEN_CHANNELS as readonly ExchangeChannel[]).includes(channel);

/**
 * The company's reply deadlines from the country pack: each rule starts at the user's first
 * complaint of its kind (written or spoken) and is overdue once its last working day has ended
 * without the company resolving it (a reply tagged "resolved") or the user settling the case.
 */
export function complaintDeadlines(facts: CaseFacts, pack: CountryPack, now: Date): Deadline[] {
  const exchanges = byTime(facts.exchanges);
  const financial = isFinancialCase(facts.categories);
  const deadlines: Deadline[] = [];
  for (const rule of pack.complaintDeadlines) {
    if (rule.sectors === "financial" && !financial) continue;
    const complaint = exchanges.find(
      (e) => e.direction === "outgoing" && e.isComplaint && isSpoken(e.channel) === (rule.trigger === "spokenComplaint"),
    );
    if (!complaint) continue;
    const after = exchanges.filter((e) => e.direction === "incoming" && e.occurredAt >= complaint.occurredAt);
    const extended = rule.extensionWorkingDays > 0 && after.some((e) => e.tags.includes("notified_extension"));
    const { dueDate, dueEnd } = addWorkingDays(complaint.occurredAt, rule.workingDays + (extended ? rule.extensionWorkingDays : 0), facts.timeZone, pack.holidayCalendar);
    const settled = USER_DECIDED.includes(facts.status) || after.some((e) => e.tags.includes("resolved"));
    deadlines.push({ rule, complainedAt: complaint.occurredAt, extended, dueDate, dueEnd, settled, overdue: !settled && now > dueEnd });
  }
  const request = pack.dataRequest;
  if (request && facts.dataRequestSentAt) {
    const sent = facts.dataRequestSentAt;
    const due = DateTime.fromJSDate(sent, { zone: facts.timeZone }).plus("hours" in request.answerWithin ? { hours: request.answerWithin.hours } : { months: request.answerWithin.months });
    const dueEnd = due.toJSDate();
    // Any answer from them after the letter counts: the letter asks questions, not for a settlement.
    const settled = USER_DECIDED.includes(facts.status) || exchanges.some((e) => e.direction === "incoming" && e.occurredAt >= sent);
    deadlines.push({
      rule: { id: request.id, trigger: "dataRequest", sectors: "any", workingDays: 0, extensionWorkingDays: 0, escalateTo: request.escalateTo, source: request.law, confidence: request.confidence },
      complainedAt: sent,
      extended: false,
      dueDate: due.toISODate() ?? "",
      dueEnd,
      settled,
      overdue: !settled && now > dueEnd,
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
