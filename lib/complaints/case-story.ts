import type { CaseAnswers, Category, Channel, Consent, Direction, ExchangeChannel, ExchangeTag } from "../domain";
import type { Violation } from "../rules-engine";
import { letterDateTime, type Phrases } from "./phrases";

/** Everything a complaint is filled from: the case as the user logged it, and their private profile. */
export type ComplaintSource = {
  sender: string;
  complainant: { legalName: string | null; idNumber: string | null; postalAddress: string | null; phone: string | null; email: string };
  timeZone: string;
  incidents: readonly {
    id: string;
    occurredAt: Date;
    timeZone: string;
    channel: Channel;
    category: Category;
    messageText: string | null;
    callAnswered: boolean | null;
    callDurationSeconds: number | null;
    callOffer: string | null;
    /** Whether the user agreed to it: a contact they were unsure of is marked so in the letter. */
    consent: Consent;
  }[];
  exchanges: readonly {
    occurredAt: Date;
    timeZone: string;
    channel: ExchangeChannel;
    direction: Direction;
    handle: string | null;
    body: string | null;
    reference: string | null;
    isComplaint: boolean;
    tags: readonly ExchangeTag[];
  }[];
  violations: readonly Violation[];
  /** Stated as the user gave them and nothing more: never "I am not a customer" unless they said so. */
  answers: CaseAnswers;
  evidence: readonly { fileName: string; caption: string | null; uploadedAt: Date; storedKey: string }[];
};

/** What someone wrote, on one line, between the letter's quotation marks. */
export const quote = (text: string, [open, close]: readonly [string, string] = ["“", "”"]) => `${open}${text.replace(/\s+/g, " ").trim()}${close}`;

/** Incidents and exchanges merged in time order, numbered, each with its local date and time. */
export function chronology(source: ComplaintSource, words: Phrases): string {
  const at = (instant: Date, zone: string) => letterDateTime(words.locale, instant, zone);
  const lines = [
    ...source.incidents.map((incident) => ({
      at: incident.occurredAt,
      text: `${at(incident.occurredAt, incident.timeZone)} — ${
        incident.channel === "call"
          ? words.call(source.sender, incident.callAnswered ?? false, incident.callOffer ? quote(incident.callOffer, words.quotes) : null)
          : words.message(words.channel[incident.channel], source.sender, incident.messageText ? quote(incident.messageText, words.quotes) : null)
      }`,
    })),
    ...source.exchanges.map((exchange) => {
      const via = words.exchangeChannel[exchange.channel];
      const who = exchange.handle ?? source.sender;
      const what = exchange.direction === "outgoing" ? words.wrote(who, via, exchange.isComplaint) : words.replied(who, via);
      const ticket = exchange.reference ? words.ticket(exchange.reference) : "";
      return {
        at: exchange.occurredAt,
        text: `${at(exchange.occurredAt, exchange.timeZone)} — ${what}${ticket}${exchange.body ? `${words.colon}${quote(exchange.body, words.quotes)}` : ""}`,
      };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return lines.map((line, i) => `${i + 1}. ${line.text}`).join("\n");
}

/** What the user asked of the sender and what it answered, with the ticket numbers. */
export function stepsTaken(source: ComplaintSource, words: Phrases): string {
  const sent = source.exchanges.filter((e) => e.direction === "outgoing");
  const replies = source.exchanges.filter((e) => e.direction === "incoming");
  if (sent.length === 0) return words.notContacted;
  const first = sent[0]!;
  const last = replies.at(-1);
  const tickets = [...new Set(source.exchanges.flatMap((e) => (e.reference ? [e.reference] : [])))];
  return [
    words.contacted(sent.length, letterDateTime(words.locale, first.occurredAt, first.timeZone), words.exchangeChannel[first.channel]),
    last ? words.answered(replies.length, letterDateTime(words.locale, last.occurredAt, last.timeZone)) : words.noAnswer,
    tickets.length > 0 ? words.tickets(tickets.join(", ")) : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The files of the case, numbered as they are appended to the letter, with their SHA-256. */
export function evidenceList(source: ComplaintSource, words: Phrases): string {
  return source.evidence
    .map((file, i) => words.evidence(i + 1, file.caption || file.fileName, letterDateTime(words.locale, file.uploadedAt, source.timeZone), file.storedKey))
    .join("\n");
}

/** The categories of the incidents, in the letter's language. */
export const products = (source: ComplaintSource, words: Phrases) =>
  [...new Set(source.incidents.map((incident) => words.category[incident.category]))].join(", ");
