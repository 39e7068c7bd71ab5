import type { Bilingual } from "./countries/types";

/** A `{ id, en }` text (country packs, rules, portals) in the reader's language; Indonesian unless English. */
export function localized(text: Bilingual, locale: string): string {
  return locale === "en" ? text.en : text.id;
}
