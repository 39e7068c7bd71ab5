import type { Category, Channel, Country } from "../domain";

/** H: primary text read · M: several consistent secondary sources · L: one source · U: unconfirmed. */
export type Confidence = "H" | "M" | "L" | "U";

export type LegalSource = { instrument: string; article: string; url?: string };

/**
 * A clock the case runs on, counted in working days of the recipient's country (weekends and
 * its public holidays skipped): the company's time to answer the user's complaint, or the user's
 * own time to act (answer the firm in OJK's portal, ask OJK to facilitate a dispute).
 */
export type ComplaintDeadline = {
  id: string;
  /**
   * What starts it: a written complaint (email, message, letter…), a spoken one (phone, in
   * person), the personal-data letter, the firm's answer in OJK's portal (a reply tagged
   * `portal_response`), or the firm's first answer to the user's complaint.
   */
  trigger: "writtenComplaint" | "spokenComplaint" | "dataRequest" | "portalResponse" | "firmResponse";
  /** Whose move it is: the firm's (passing it makes the firm overdue) or the user's (passing it closes a door). */
  owner: "firm" | "user";
  /** "financial": only firms that offer financial services (the case has a financial category). */
  sectors: "financial" | "any";
  /**
   * Facts of the case the duty depends on: the firm is licensed (POJK 22/2023 binds PUJK only),
   * the user is its customer (Art 76(1)(c)–(d)), the user lost money (POJK 31/2020 Art 10(4)(a)).
   * Answered "no": no deadline. Not answered or "not sure": shown as "if…", never overdue.
   */
  needs: readonly CaseCondition[];
  workingDays: number;
  /**
   * Added when the company notified an extension (a reply tagged notified_extension) before the
   * first period ended (Art 75(4)).
   */
  extensionWorkingDays: number;
  /** Who the user can turn to once it has passed, shown as "you can escalate to …"; null when unknown. */
  escalateTo: string | null;
  source: LegalSource;
  confidence: Confidence;
};

/** A fact about the case a rule, deadline or route depends on, asked once per case. */
export type CaseCondition = "licensed" | "customer" | "loss";

/** Text in both interface languages. */
export type Bilingual = { id: string; en: string };

/**
 * A time window on some weekdays (1 = Monday … 7 = Sunday), "HH:MM" local, both ends included:
 * "08.00 – 18.00", "de 10 heures à 13 heures", "ni más tarde de las 21 horas" and "after 9 p.m."
 * all allow the closing minute itself (audit finding 5). Times are kept to the minute.
 */
export type Window = { days: readonly number[]; from: string; to: string };

/** What a rule checks, on the incidents of one case. */
export type RuleCheck =
  /** Contact outside every window, or on a national holiday when `holidaysExcluded` (cuti bersama are not holidays). */
  | { kind: "hours"; windows: readonly Window[]; holidaysExcluded: boolean; unlessConsented: boolean }
  /** Contact the user says they never agreed to ("not sure": may have broken). */
  | { kind: "consent" }
  /** Contact after the case's opt-out time plus a grace period. */
  | { kind: "afterOptOut"; grace: { hours: number } | { workingDays: number } }
  /** More than `max` contacts within any `calendarDays` consecutive local dates of the recipient. */
  | { kind: "frequency"; max: number; calendarDays: number }
  /** Any contact within `calendarDays` local dates (the refusal's date being the first) after the user refused during a call. */
  | { kind: "afterPhoneRefusal"; calendarDays: number }
  /** An optional question on the incident answered "no". */
  | { kind: "question"; question: "companyNamed" }
  /** The source of the number was not given, where the firm got it from someone else (Art 39(4)(c)). */
  | { kind: "sourceNotGiven" }
  /** A debt collector contacted someone who is not the debtor: the user about another's debt, or the user's contacts. */
  | { kind: "collectionThirdParty" }
  /** A debt collector threatened or humiliated, in the user's answer. */
  | { kind: "collectionThreat" };

export type Rule = {
  id: string;
  title: Bilingual;
  /** What the rule says, in plain words for the person who received the contacts (second person). */
  explanation: Bilingual;
  check: RuleCheck;
  channels: readonly Channel[];
  /** Which contacts it is about: marketing (every category but debt collection) or debt collection. */
  purpose: "marketing" | "collection";
  /** "financial": only licensed firms offering financial services (OJK's PUJK). */
  sectors: "financial" | "any";
  /**
   * The rule governs contacts made after consent (POJK 22/2023 Art 39(4)): a never-consented
   * contact breaks the named consent rule instead, and this one is listed with it as an
   * aggravating fact, not as a separate breach.
   */
  afterConsentOf?: string;
  /** Bodies (regulator ids of the pack) that enforce it: only their letters and routes name it. */
  enforcedBy: readonly string[];
  source: LegalSource;
  confidence: Confidence;
  /**
   * The rule named in the language of its law, in neutral or first-person words, for letters
   * (the interface titles speak to the user: "your consent").
   */
  inLaw: { title: string; citation?: string };
};

/**
 * A rule people expect that Spamtrail does not check (not found, or it needs a fact Spamtrail
 * cannot know, such as a registry): said, never invented. `onlyWhen` shows it only where it
 * matters: for a sender that is not a (licensed) financial firm, when the user's region is not set, or
 * when the case has contacts on these channels.
 */
export type RuleGap = { id: string; text: Bilingual; confidence: Confidence; onlyWhen?: "notFinancial" | "regionUnset"; channels?: readonly Channel[] };

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
  sectors: "financial" | "any";
  /**
   * When the route fits, from the case's answers: only for OJK-licensed firms, only for
   * unlicensed ones (Satgas PASTI), only for customers, only where money was lost (with the
   * ceiling of POJK 31/2020 Art 10(4)(a)), only for some categories. Unanswered: "may apply".
   * The licence is asked of financial senders only; any other sender counts as unlicensed.
   */
  fitsWhen?: {
    licence?: "licensed" | "unlicensed";
    customersOnly?: true;
    loss?: {
      ceilingRupiah?: number;
      ceilingGeneralInsuranceRupiah?: number;
      /** Offered only once the user said they lost money (a scam report is about the loss). */
      onlyOnceAnswered?: true;
    };
    /** Only for cases with one of these categories. */
    categories?: readonly Category[];
  };
  source?: LegalSource;
  confidence: Confidence;
  /** The complaint Spamtrail pre-fills for this body (OJK's two have their own entries in lib/documents/registry.ts). */
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

/** One year of a country's official days off, with the act that sets them. */
export type HolidayYear = {
  year: number;
  source: LegalSource;
  confidence: Confidence;
  /** National holidays (hari libur nasional): "YYYY-MM-DD" and name. */
  national: readonly (readonly [date: string, name: string])[];
  /** Collective leave (cuti bersama): days off for the civil service, for private employers by their policy; not national holidays. */
  collectiveLeave: readonly (readonly [date: string, name: string])[];
};

/**
 * Where a country's days off come from: its official lists per year where the pack holds them,
 * otherwise date-holidays (for a country with official lists, such a year is "unconfirmed").
 */
export type HolidaySource = {
  /** Country code for date-holidays. */
  dateHolidays: string;
  /** date-holidays region codes whose own holidays apply once the user sets their region in the profile. */
  regions?: readonly string[];
  official?: readonly HolidayYear[];
};

/** Everything about one country that is data: adding a country means adding one of these. */
export type CountryPack = {
  country: Country;
  holidays: HolidaySource;
  complaintDeadlines: ComplaintDeadline[];
  rules: Rule[];
  /**
   * Rules that are not law (an operators' charter): checked and shown as information, never as
   * a rule broken and never in a letter's legal grounds (audit finding 7).
   */
  charters: Rule[];
  gaps: RuleGap[];
  regulators: Regulator[];
  dataRequest: DataRequestRule | null;
};
