import { findRule } from "../countries";
import type { Consent, NumberSource } from "../domain";
import type { AggravatingFact, Violation } from "../rules-engine";
import { letterDateTime, type Phrases } from "./phrases";

/** What a rule line needs of a contact: when it came, and what the user said about consent to it. */
export type ContactFact = { id: string; occurredAt: Date; timeZone: string; consent: Consent };

/**
 * The violations a body's letter may name: the rules it enforces (audit finding 8). An OJK
 * letter never names UU PDP or Kominfo rules, a CNIL letter never D223-9.
 */
export const violationsEnforcedBy = (violations: readonly Violation[], regulatorId: string): Violation[] =>
  violations.filter((violation) => violation.enforcedBy.includes(regulatorId));

const HOLIDAY_DOUBTS: readonly Violation["doubts"][number]["kind"][] = ["holidayList", "holidayUnconfirmed"];

/**
 * Why a contact is uncertain, said after its date. The engine keeps the kinds of doubt per
 * violation, not per contact: the user's "not sure" about consent is read off the contact itself;
 * a number source the user did not confirm concerns every contact of that rule; otherwise the
 * doubt of an hours rule's contact is its holiday.
 */
function uncertainty(violation: Violation, contact: ContactFact, words: Phrases): string | null {
  if (!violation.uncertainIds.includes(contact.id)) return null;
  const kinds = violation.doubts.map((doubt) => doubt.kind);
  const unsure = contact.consent === "unsure" && kinds.includes("consent");
  const marks = [
    unsure ? words.unsure.consent : null,
    kinds.includes("numberSource") ? words.unsure.numberSource : null,
    !unsure && kinds.some((kind) => HOLIDAY_DOUBTS.includes(kind)) ? words.unsure.holiday : null,
  ].filter((mark): mark is string => mark !== null);
  return marks.length > 0 ? marks.join(" ") : null;
}

function datesOf(
  ids: readonly string[],
  contacts: ReadonlyMap<string, ContactFact>,
  words: Phrases,
  mark: (contact: ContactFact) => string | null = () => null,
): string[] {
  return ids.flatMap((id) => {
    const contact = contacts.get(id);
    if (!contact) return [];
    const note = mark(contact);
    return [`${letterDateTime(words.locale, contact.occurredAt, contact.timeZone)}${note ? ` ${note}` : ""}`];
  });
}

/** How a letter cites a rule: the citation of its law where the pack gives one, else instrument and article. */
export const ruleCitation = (rule: Pick<Violation, "inLaw" | "source">, words: Phrases) =>
  rule.inLaw.citation ?? words.citation(rule.source.instrument, rule.source.article);

/** An aggravating fact's citation: only the article when it is in the same instrument as the breach above it. */
const aggravatingCitation = (fact: AggravatingFact, violation: Violation, words: Phrases) =>
  fact.inLaw.citation ??
  (fact.source.instrument === violation.source.instrument ? fact.source.article : words.citation(fact.source.instrument, fact.source.article));

/**
 * The "rules broken" section of a letter, in the user's voice: each rule numbered, named in the
 * words of its law (never the interface's second-person explanation), stated or worded as a
 * possible breach by its strength, with the dates of the contacts concerned (those the user was
 * unsure of marked as such) and, under it, the facts that aggravate it.
 */
export function rulesBrokenText(
  violations: readonly Violation[],
  contacts: readonly ContactFact[],
  words: Phrases,
  answers: { numberSource: NumberSource | null },
): string {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  // An aggravating fact's unsure contacts rest on an unconfirmed number source ("did not say
  // where it got my data from a third party") or on a holiday from an unconfirmed list.
  const sourceUnknown = (fact: AggravatingFact) => findRule(fact.ruleId)?.check.kind === "sourceNotGiven" && answers.numberSource !== "third_party";
  const factMark = (fact: AggravatingFact) => (contact: ContactFact) =>
    fact.uncertainIds.includes(contact.id) ? (sourceUnknown(fact) ? words.unsure.numberSource : words.unsure.holiday) : null;
  return violations
    .map((violation, i) => {
      const dates = datesOf(violation.incidentIds, byId, words, (contact) => uncertainty(violation, contact, words));
      const also = violation.aggravating.map((fact) => {
        const factDates = datesOf(fact.incidentIds, byId, words, factMark(fact));
        return `   – ${words.also(fact.inLaw.title, aggravatingCitation(fact, violation, words), factDates.length, factDates)}`;
      });
      return [
        `${i + 1}. ${words.rule(violation.inLaw.title, ruleCitation(violation, words), violation.strength)} ${words.concerned(dates.length, dates)}`,
        ...also,
      ].join("\n");
    })
    .join("\n");
}
