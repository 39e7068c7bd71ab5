/**
 * The message namespaces client components read (useTranslations in a "use client" file, or a
 * namespace passed to one). Only these go to the browser with every page; the rest stay on the
 * server. lib/messages.test.ts checks the list against the components.
 */
export const CLIENT_NAMESPACES = [
  "auth",
  "caseQuestions",
  "category",
  "channel",
  "common",
  "complaint",
  "consent",
  "country",
  "dataLetter",
  "direction",
  "documents",
  "errors",
  "evidence",
  "exchange",
  "exchangeChannel",
  "exchangeTag",
  "forms",
  "import",
  "incident",
  "masks",
  "moderation",
  "notifications",
  "ocr",
  "openDataAdmin",
  "organisation",
  "profile",
  "regulatorComplaint",
  "replies",
  "sector",
  "share",
  "stopRequest",
  "suggest",
  "zones",
] as const;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/**
 * The shorter list for cached public sender pages ((public)/[locale]/layout): every byte of those
 * pages is served on each visit. lib/messages.test.ts follows their imports to keep it complete.
 */
export const PUBLIC_CLIENT_NAMESPACES = ["errors", "forms", "masks", "moderation", "sector"] as const satisfies readonly (typeof CLIENT_NAMESPACES)[number][];

/**
 * Sub-trees of `errors` that only a few pages' client components reach: a page gets one only by
 * naming `errors.<group>` beside `errors`, so the others do not carry upload and import wording
 * (about 4 KB, twice: in the payload of every page with a form). `share` is read on the server only.
 */
export const ERROR_GROUPS = ["evidence", "import", "share"] as const;

/**
 * What the simplest client forms can answer: a delete (ConfirmDeleteButton) and a case's status or
 * country (CaseSettingForm). These are the form messages of lib/action-result.ts's failure codes,
 * "unexpected" when the call itself fails, and the settings' own (lib/validations/case-settings.ts).
 * A page whose only forms are these names `errors.basic` and ships these alone, not the whole
 * namespace. lib/messages.test.ts checks both the pages and the keys.
 */
export const BASIC_ERROR_KEYS = ["notFound", "invalid", "conflict", "tooMany", "unexpected", "statusInvalid", "countryInvalid"] as const;

/** What a page names to send to the browser: namespaces, and the parts of `errors` above. */
export type ClientMessageSet = ClientNamespace | `errors.${(typeof ERROR_GROUPS)[number]}` | "errors.basic";

type Messages = { [key: string]: string | Messages };

/** The messages for these sets, out of all of one language's. */
export function pickClientMessages(messages: Messages, sets: readonly ClientMessageSet[]): Messages {
  const picked: Messages = {};
  for (const set of sets) {
    if (set.startsWith("errors.")) continue;
    const namespace = messages[set];
    if (namespace !== undefined) picked[set] = namespace;
  }
  const errors = messages.errors;
  if (typeof errors !== "object") return picked;
  if (sets.includes("errors")) {
    const groups = new Set<string>(ERROR_GROUPS.filter((group) => sets.includes(`errors.${group}`)));
    picked.errors = Object.fromEntries(Object.entries(errors).filter(([key]) => !(ERROR_GROUPS as readonly string[]).includes(key) || groups.has(key)));
  } else if (sets.includes("errors.basic")) {
    picked.errors = Object.fromEntries(BASIC_ERROR_KEYS.map((key) => [key, errors[key]!]));
  }
  return picked;
}
