import type { Channel, Country } from "../domain";

/** H: primary text read · M: several consistent secondary sources · L: one source · U: unconfirmed. */
export type Confidence = "H" | "M" | "L" | "U";

export type LegalSource = { instrument: string; article: string; url?: string };

/**
 * How long a company has to answer the user's complaint, counted in working days of the
 * recipient's country (weekends and its public holidays skipped).
 */
export type ComplaintDeadline = {
  id: string;
  /** A written complaint (email, message, letter…), a spoken one (phone, in person), or the personal-data letter. */
  trigger: "writtenComplaint" | "spokenComplaint" | "dataRequest";
  /** "financial": only firms that offer financial services (the case has a financial category). */
  sectors: "financial" | "any";
  workingDays: number;
  /** Added when the company notified an extension (a reply tagged notified_extension). */
  extensionWorkingDays: number;
  /** Who the user can turn to once it has passed, shown as "you can escalate to …"; null when unknown. */
  escalateTo: string | null;
  source: LegalSource;
  confidence: Confidence;
};

/** Text in both interface languages; `{name}` placeholders are filled by the engine. */
export type Bilingual = { id: string; en: string };

/** A time window on some weekdays (1 = Monday … 7 = Sunday), "HH:MM" local, end excluded. */
export type Window = { days: readonly number[]; from: string; to: string };

/** What a rule checks, on the incidents of one case. */
export type RuleCheck =
  /** Contact outside every window, or on a public holiday when `holidaysExcluded`. */
  | { kind: "hours"; windows: readonly Window[]; holidaysExcluded: boolean; unlessConsented: boolean }
  /** Contact the user says they never agreed to. */
  | { kind: "consent" }
  /** Contact after the case's opt-out time plus a grace period. */
  | { kind: "afterOptOut"; grace: { hours: number } | { workingDays: number } }
  /** More than `max` contacts within any `windowDays` days. */
  | { kind: "frequency"; max: number; windowDays: number }
  /** An optional question on the incident answered "no". */
  | { kind: "question"; question: "companyNamed" | "sourceGiven" };

export type Rule = {
  id: string;
  title: Bilingual;
  /** Why this incident breaks it, in plain words; may use {count}, {max}, {days}, {window}. */
  explanation: Bilingual;
  check: RuleCheck;
  channels: readonly Channel[];
  /** "financial": only firms offering financial services (OJK's PUJK). */
  sectors: "financial" | "any";
  source: LegalSource;
  confidence: Confidence;
  /** The rule named in the language of its law, for letters in that language (not needed for id and en). */
  inLaw?: { title: string; citation?: string };
};

/** A rule people expect that was looked for and not found: said, never invented. */
export type RuleGap = { id: string; text: Bilingual; confidence: Confidence; onlyWhen?: "notFinancial" };

/** What a complaint form or letter asks for; issue 6 maps each to the user's profile and case. */
export const REGULATOR_FIELDS = [
  "identity",
  "idDocument",
  "address",
  "contact",
  "firm",
  "product",
  "dateOfUse",
  "senderNumber",
  "dateTime",
  "messageText",
  "chronology",
  "evidence",
  "firmResponse",
  "demand",
  "signedStatement",
  "registrationProof",
] as const;
export type RegulatorField = (typeof REGULATOR_FIELDS)[number];

export type ContactChannel = { kind: "web" | "phone" | "sms" | "whatsapp" | "email" | "letter"; value: string };

/** A body that takes complaints, and how. */
export type Regulator = {
  id: string;
  name: string;
  takes: Bilingual;
  url: string;
  channels: ContactChannel[];
  requiredFields: RegulatorField[];
  /** Must the user have complained to the company (and waited) first? */
  companyFirst: boolean;
  /** It acts on breaches of the rules in this pack, so the case's violations are worth reporting to it. */
  reportsViolations: boolean;
  sectors: "financial" | "any";
  source?: LegalSource;
  confidence: Confidence;
  /** The complaint Spamtrail pre-fills for this body (OJK's two have their own forms). */
  complaint?: ComplaintTemplate;
};

/** Languages letters are written in: the language of the body or law they go to. */
export const LETTER_LANGUAGES = ["id", "en", "fr", "es", "he"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** The fields of a complaint pre-filled for a body (lib/complaints/regulator.ts fills them). */
export const REGULATOR_COMPLAINT_FIELDS = [
  "recipient",
  "subject",
  "complainantName",
  "complainantId",
  "address",
  "phone",
  "email",
  "senderNumber",
  "company",
  "product",
  "chronology",
  "rulesBroken",
  "stepsTaken",
  "demand",
  "evidenceList",
] as const;
export type RegulatorComplaintField = (typeof REGULATOR_COMPLAINT_FIELDS)[number];

/** A web form's fields in the order it asks for them, step by step, for the copy-to-portal view. */
export type Portal<Field extends string = RegulatorComplaintField> = { url: string; steps: { name: Bilingual; fields: Field[] }[] };

/**
 * A complaint letter to a body, as data: written in the body's language, with `{company}` and
 * `{sender}` filled from the case. The chronology, rules and evidence come from the case.
 */
export type ComplaintTemplate = {
  language: LetterLanguage;
  /** Intl locale of its dates, when not the language's default (e.g. en-US). */
  locale?: string;
  addressee: string[];
  subject: string;
  demand: string;
  portal?: Portal;
  /** A demand letter to the sender itself, before going to court: recorded as sent to it. */
  toSender?: boolean;
  /** Statutory damages per message, claimed for the incidents that broke these rules. */
  damages?: { perMessage: number; currency: string; rules: string[] };
};

/** The personal-data letter to the sender: which law, in which language, answered within how long. */
export type DataRequestRule = {
  id: string;
  /** The language of its letter: the law's country's own. */
  language: "id" | "en" | "fr" | "es";
  law: LegalSource;
  answerWithin: { hours: number } | { months: number };
  escalateTo: string | null;
  confidence: Confidence;
};

/** Everything about one country that is data: adding a country means adding one of these. */
export type CountryPack = {
  country: Country;
  /** Country code for date-holidays. */
  holidayCalendar: string;
  complaintDeadlines: ComplaintDeadline[];
  rules: Rule[];
  gaps: RuleGap[];
  regulators: Regulator[];
  dataRequest: DataRequestRule | null;
};
