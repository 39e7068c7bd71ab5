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
