import { DateTime } from "luxon";
import type { Exchange, Incident } from "@/db/schema";
import { runaround } from "../cases/progress";
import { isRecordedChannel, type CaseStatus } from "../domain";
import { redact, type RedactionContext } from "../redaction";
import { confirmedIncidentIds, type Violation } from "../rules-engine";

export type PublicIncidentRow = {
  incidentId: string;
  occurredAt: Date;
  timeZone: string;
  weekday: number;
  hour: number;
  channel: Incident["channel"];
  category: Incident["category"];
  text: string | null;
  callDurationSeconds: number | null;
  ruleIds: string[];
};
export type PublicExchangeRow = {
  exchangeId: string;
  occurredAt: Date;
  timeZone: string;
  direction: Exchange["direction"];
  channel: Exchange["channel"];
  text: string | null;
  tags: Exchange["tags"];
};
export type ShareFigures = { ruleIds: string[]; complained: boolean; firstReplyMinutes: number | null; redirected: boolean; resolved: boolean };
export type Snapshot = { figures: ShareFigures; incidents: PublicIncidentRow[]; exchanges: PublicExchangeRow[] };

export type SnapshotInput = {
  incidents: readonly Incident[];
  exchanges: readonly Exchange[];
  violations: readonly Violation[];
  status: CaseStatus;
  redaction: RedactionContext;
  /** When the share is brought up to date after an edit: only what was already public stays public. */
  only?: { incidents: ReadonlySet<string>; exchanges: ReadonlySet<string> };
};

const publicText = (text: string | null, context: RedactionContext) => (text?.trim() ? redact(text, context).text : null);

/**
 * What the public sees of a case: each incident's redacted text, its weekday and hour in the
 * recipient's zone and the rules it broke; the exchanges' redacted texts and tags, without
 * handles; and the support figures of the case. Never the reporter, never their files.
 */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  // Only what the reporter's facts establish: a contact they were unsure of, or a firm whose licence is unknown, is not counted in public.
  const rulesOf = (incidentId: string) => input.violations.filter((v) => confirmedIncidentIds(v).includes(incidentId)).map((v) => v.ruleId);
  const incidents = input.incidents
    .filter((incident) => !input.only || input.only.incidents.has(incident.id))
    .map((incident): PublicIncidentRow => {
      const local = DateTime.fromJSDate(incident.occurredAt, { zone: incident.timeZone });
      return {
        incidentId: incident.id,
        occurredAt: incident.occurredAt,
        timeZone: incident.timeZone,
        weekday: local.weekday,
        hour: local.hour,
        channel: incident.channel,
        category: incident.category,
        text: publicText(incident.channel === "call" ? incident.callOffer : incident.messageText, input.redaction),
        callDurationSeconds: incident.callDurationSeconds,
        ruleIds: rulesOf(incident.id),
      };
    });
  // An organisation's reply from the directory is already public under the report, as its own.
  const exchanges = input.exchanges
    .filter((exchange) => isRecordedChannel(exchange.channel) && (!input.only || input.only.exchanges.has(exchange.id)))
    .map((exchange): PublicExchangeRow => ({
      exchangeId: exchange.id,
      occurredAt: exchange.occurredAt,
      timeZone: exchange.timeZone,
      direction: exchange.direction,
      channel: exchange.channel,
      text: publicText(exchange.body, input.redaction),
      tags: exchange.tags,
    }));
  // The figures describe what is public, not what the reporter added since.
  const published = new Set(exchanges.map((row) => row.exchangeId));
  const publicExchanges = input.exchanges.filter((exchange) => published.has(exchange.id));
  const support = runaround(publicExchanges, new Date());
  return {
    figures: {
      ruleIds: [...new Set(incidents.flatMap((row) => row.ruleIds))],
      complained: publicExchanges.some((e) => e.direction === "outgoing" && e.isComplaint),
      firstReplyMinutes: support.firstReplyMs === null ? null : Math.round(support.firstReplyMs / 60_000),
      redirected: support.redirected > 0,
      resolved: input.status === "resolved" || publicExchanges.some((e) => e.tags.includes("resolved")),
    },
    incidents,
    exchanges,
  };
}
