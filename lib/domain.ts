/**
 * Closed vocabularies of the domain. Kept in one client-safe module so forms, schemas, the
 * database and the messages all agree on the same values.
 */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";
export const asLocale = (value: string | undefined | null): Locale | undefined => LOCALES.find((locale) => locale === value);

export const ROLES = ["reporter", "advocate", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Countries with a rules pack planned (see DEVELOPERS.md). ISO 3166-1 alpha-2. */
export const COUNTRIES = ["ID", "FR", "GB", "US", "IL", "ES"] as const;
export type Country = (typeof COUNTRIES)[number];
export const DEFAULT_COUNTRY: Country = "ID";
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";
/** WIB, WITA and WIT, offered first in the profile. */
export const INDONESIAN_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

export const CHANNELS = ["sms", "call", "whatsapp", "other_app"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How an incident came in: typed in the form, shared from another app, or imported from a history. */
export const INCIDENT_SOURCES = ["form", "share", "screenshot", "sms_backup", "whatsapp"] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];
/** Histories a user can upload whole. */
export const IMPORT_KINDS = ["sms_backup", "whatsapp"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** reading: the upload is being parsed; ready: senders listed, waiting for a choice; importing/done/failed. */
export const IMPORT_STATUSES = ["reading", "ready", "importing", "done", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const CATEGORIES = [
  "loan",
  "credit_card",
  "insurance",
  "investment",
  "gambling",
  "scam",
  "telco_promo",
  "shop_promo",
  "political",
  "debt_collection",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];
/** A debt collector's contact: its own rules (POJK 22/2023 Art 62(2)), not the marketing ones. */
export const COLLECTION_CATEGORY = "debt_collection" satisfies Category;

export const CONSENTS = ["never", "agreed", "unsure"] as const;
export type Consent = (typeof CONSENTS)[number];

/** How the recipient told the sender to stop, if they did. */
export const STOP_REQUESTS = ["none", "replied_stop", "unsubscribed", "told_on_phone"] as const;
export type StopRequest = (typeof STOP_REQUESTS)[number];

/** Optional answers about what the caller or sender said: "" is not answered. */
export const YES_NO = ["", "yes", "no"] as const;

/** What kind of business a sender is, for the directory's filter. */
export const SECTORS = ["financial", "telecom", "retail", "gambling", "political", "scam", "other"] as const;
export type Sector = (typeof SECTORS)[number];
/**
 * A company's answer on the directory (lib/organisations): under one public report ("reply"), or
 * about a sender as a whole ("not_ours": the number is not theirs; "stopped": what they did to stop it).
 */
export const REPLY_KINDS = ["reply", "not_ours", "stopped"] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];
/** A claim on senders by someone at an organisation: an admin decides. */
export const CLAIM_STATUSES = ["pending", "approved", "refused"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** A flag by anyone, or a dispute by the organisation that sends from the reported sender. */
export const CONTENT_REPORT_KINDS = ["flag", "dispute"] as const;
export type ContentReportKind = (typeof CONTENT_REPORT_KINDS)[number];
/** What a person is told about (in the app, and by email unless they turned that kind off). */
export const NOTIFICATION_KINDS = [
  "reply",
  "company_deadline",
  "letter_deadline",
  "report_hidden",
  "report_restored",
  "claim_approved",
  "claim_refused",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Public content that can be flagged and hidden. */
export const MODERATION_TARGETS = ["incident", "exchange", "evidence", "case", "reply"] as const;
export type ModerationTarget = (typeof MODERATION_TARGETS)[number];

export const SENDER_KINDS = ["phone", "short_code", "alphanumeric"] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

/**
 * What the user has said about a case. "new" (the start) leaves the status to the data (new,
 * waiting, replied); the others are the user's call. See lib/case-status.ts.
 */
export const CASE_STATUSES = ["new", "complained", "resolved", "not_resolved", "escalated", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** The status shown: the user's call, or what follows from the exchanges. */
export const CASE_STATES = ["new", "complained", "waiting", "replied", "resolved", "not_resolved", "escalated", "closed"] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Categories whose senders are financial-service firms (PUJK), the firms OJK rules bind. */
export const FINANCIAL_CATEGORIES = ["loan", "credit_card", "insurance", "investment", "debt_collection"] as const satisfies readonly Category[];

/** An answer to a question about the case where "not sure" is allowed. */
export const ANSWERS = ["yes", "no", "unsure"] as const;
export type Answer = (typeof ANSWERS)[number];
/** Where the sender got the user's number, as far as the user knows. */
export const NUMBER_SOURCES = ["me", "third_party", "unknown"] as const;
export type NumberSource = (typeof NUMBER_SOURCES)[number];
/**
 * What the user said about a case as a whole (null: not answered), as stored on the case: is the
 * sender OJK-licensed, are they its customer and of which product, how much money they lost (0:
 * none), where it got their number. Rules, deadlines, routes and letters each read what they need.
 */
export type CaseAnswers = {
  licensed: Answer | null;
  customer: Answer | null;
  product: string | null;
  lossRupiah: number | null;
  numberSource: NumberSource | null;
};
export const NO_CASE_ANSWERS: CaseAnswers = { licensed: null, customer: null, product: null, lossRupiah: null, numberSource: null };
/** Who a debt collector contacted: the user about their own debt, the user about someone else's, or the user's family, colleagues or emergency contacts. */
export const COLLECTION_TARGETS = ["me_debtor", "me_not_debtor", "my_contacts"] as const;
export type CollectionTarget = (typeof COLLECTION_TARGETS)[number];

/** Where the user and the sender's support talked: what a person can pick when recording an exchange. */
export const RECORDED_EXCHANGE_CHANNELS = ["x", "facebook", "instagram", "whatsapp", "email", "phone_call", "live_chat", "sms", "letter", "in_person"] as const;
/** …plus "directory": a verified organisation's public reply under the user's shared report, added by Spamtrail itself. */
export const EXCHANGE_CHANNELS = [...RECORDED_EXCHANGE_CHANNELS, "directory"] as const;
export type ExchangeChannel = (typeof EXCHANGE_CHANNELS)[number];
export type RecordedExchangeChannel = (typeof RECORDED_EXCHANGE_CHANNELS)[number];
/** False for a company's public reply that Spamtrail added: the person did not record it and cannot edit it. */
export const isRecordedChannel = (channel: ExchangeChannel): channel is RecordedExchangeChannel => channel !== "directory";
/** A complaint made on these is spoken, not written (POJK 22/2023 Art 74 vs Art 75). */
export const SPOKEN_CHANNELS = ["phone_call", "in_person"] as const satisfies readonly ExchangeChannel[];

export const DIRECTIONS = ["outgoing", "incoming"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What a reply from the sender's support did. */
export const EXCHANGE_TAGS = [
  "redirected",
  "asked_data_again",
  "asked_dm",
  "apologised",
  "promised_stop",
  "gave_ticket",
  "notified_extension",
  "resolved",
  "no_answer",
  // The firm answered in OJK's complaint portal (APPK): the user then has 10 working days to respond.
  "portal_response",
] as const;
export type ExchangeTag = (typeof EXCHANGE_TAGS)[number];
export const HANDLE_MAX_LENGTH = 200;
export const REFERENCE_MAX_LENGTH = 100;

export const MESSAGE_MAX_LENGTH = 5000;
export const NOTE_MAX_LENGTH = 2000;
export const LOCALE_COOKIE = "spamtrail-locale";

/** How a complaint was filed with a regulator, and how the filing shows in the timeline. */
export const FILING_CHANNELS = ["web", "email", "whatsapp", "phone", "letter"] as const;
export type FilingChannel = (typeof FILING_CHANNELS)[number];
export const FILING_AS_EXCHANGE: Record<FilingChannel, ExchangeChannel> = {
  web: "live_chat",
  email: "email",
  whatsapp: "whatsapp",
  phone: "phone_call",
  letter: "letter",
};
