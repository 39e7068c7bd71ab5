/**
 * Closed vocabularies of the domain. Kept in one client-safe module so forms, schemas, the
 * database and the messages all agree on the same values.
 */
export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

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
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CONSENTS = ["never", "agreed", "unsure"] as const;
export type Consent = (typeof CONSENTS)[number];

/** How the recipient told the sender to stop, if they did. */
export const STOP_REQUESTS = ["none", "replied_stop", "unsubscribed", "told_on_phone"] as const;
export type StopRequest = (typeof STOP_REQUESTS)[number];

export const SENDER_KINDS = ["phone", "short_code", "alphanumeric"] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

export const CASE_STATUSES = ["new", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const MESSAGE_MAX_LENGTH = 5000;
export const NOTE_MAX_LENGTH = 2000;
export const LOCALE_COOKIE = "spamtrail-locale";
