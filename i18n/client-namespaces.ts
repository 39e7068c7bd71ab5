/**
 * The message namespaces client components read (useTranslations in a "use client" file, or a
 * namespace passed to one). Only these go to the browser with every page; the rest stay on the
 * server. lib/messages.test.ts checks the list against the components.
 */
export const CLIENT_NAMESPACES = [
  "auth",
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
  "incident",
  "masks",
  "moderation",
  "profile",
  "regulatorComplaint",
  "sector",
  "share",
  "stopRequest",
  "zones",
] as const;
