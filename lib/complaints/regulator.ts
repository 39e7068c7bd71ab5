import type { ComplaintTemplate, Regulator, RegulatorComplaintField } from "../countries/types";
import { chronology, evidenceList, products, stepsTaken, type ComplaintSource } from "./case-story";
import { fillLetter, type Letter, type LetterTemplate } from "./letter";
import { PHRASES, type Phrases } from "./phrases";
import { rulesBrokenText, violationsEnforcedBy } from "./rules-broken";

export type RegulatorComplaintFields = Record<RegulatorComplaintField, string>;

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);

export const phrasesFor = (template: ComplaintTemplate): Phrases => {
  const words = PHRASES[template.language];
  return template.locale ? { ...words, locale: template.locale } : words;
};

/**
 * The messages statutory damages can be claimed for: each incident behind one of the template's
 * rules, once. A message the user was unsure they agreed to is not claimed for: the claim would
 * state as fact what they were unsure of.
 */
export function damagesClaim(source: ComplaintSource, template: ComplaintTemplate): { count: number; amount: number } | null {
  if (!template.damages) return null;
  const rules = template.damages.rules;
  const claimed = source.violations.filter((v) => rules.includes(v.ruleId)).flatMap((v) => v.incidentIds.filter((id) => !v.uncertainIds.includes(id)));
  const count = new Set(claimed).size;
  return { count, amount: count * template.damages.perMessage };
}

/**
 * A complaint to a body pre-filled from the case, in the body's language: the addressee,
 * subject and demand from the country pack's template; the chronology, the rules broken (those
 * the body enforces), the steps taken and the evidence from the case. Every field stays editable.
 */
export function regulatorComplaintDraft(source: ComplaintSource, regulator: Regulator & { complaint: ComplaintTemplate }): RegulatorComplaintFields {
  const template = regulator.complaint;
  const words = phrasesFor(template);
  const claim = damagesClaim(source, template);
  const values = {
    sender: source.sender,
    company: source.sender,
    count: String(claim?.count ?? 0),
    amount: new Intl.NumberFormat(words.locale).format(claim?.amount ?? 0),
  };
  return {
    recipient: fill(template.addressee.join("\n"), values),
    subject: fill(template.subject, values),
    complainantName: source.complainant.legalName ?? "",
    complainantId: regulator.requiredFields.includes("idDocument") ? (source.complainant.idNumber ?? "") : "",
    address: source.complainant.postalAddress ?? "",
    phone: source.complainant.phone ?? "",
    email: source.complainant.email,
    senderNumber: source.sender,
    company: "",
    product: products(source, words),
    chronology: chronology(source, words),
    rulesBroken: rulesBrokenText(violationsEnforcedBy(source.violations, regulator.id), source.incidents, words, source.answers),
    stepsTaken: stepsTaken(source, words),
    demand: fill(template.demand, values),
    evidenceList: evidenceList(source, words),
  };
}

/** The frame of a body's complaint in its template's language (right to left for Hebrew); empty fields are left out. */
export function regulatorLetterTemplate(template: ComplaintTemplate): LetterTemplate {
  const words = phrasesFor(template);
  const { labels, sections } = words;
  return {
    direction: words.direction,
    date: { locale: words.locale },
    meta: [[labels.subject, "{subject}"]],
    addressee: ["{recipient}"],
    salutation: labels.salutation,
    intro: labels.intro,
    identity: [
      [labels.name, "complainantName"],
      [labels.idNumber, "complainantId"],
      [labels.address, "address"],
      [labels.phone, "phone"],
      [labels.email, "email"],
    ],
    statement: words.statement("{sender}"),
    sections: [
      [sections.product, "product"],
      [sections.chronology, "chronology"],
      [sections.rulesBroken, "rulesBroken"],
      [sections.stepsTaken, "stepsTaken"],
      [sections.demand, "demand"],
      [sections.evidenceList, "evidenceList"],
    ],
    closing: labels.closing,
    signOff: labels.signOff,
    signatory: "complainantName",
    empty: "omit",
  };
}

/** The complaint as a letter: the sender named by the company, when the user gave one, and its number. */
export function regulatorComplaintLetter(fields: RegulatorComplaintFields, template: ComplaintTemplate, options: { now: Date; timeZone: string }): Letter {
  const sender = fields.company.trim() ? `${fields.company.trim()} (${fields.senderNumber.trim()})` : fields.senderNumber.trim();
  return fillLetter(regulatorLetterTemplate(template), fields, { ...options, values: { sender: sender || "—" } });
}
