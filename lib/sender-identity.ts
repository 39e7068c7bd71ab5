import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import type { SenderKind } from "./domain";

/**
 * What the user saw as the sender, turned into one stable identity so that the same number
 * typed in two formats lands in the same case.
 *
 * - Phone numbers: libphonenumber-js with the user's country as default region → E.164.
 * - Short codes (3–6 digits, no leading 0 or +, e.g. `99899`): keyed with their country,
 *   because the same short code means different senders in different countries.
 * - Alphanumeric sender IDs (`TOKOPEDIA`, `BCA-Promo`): trimmed, inner spaces collapsed and
 *   case-folded, so `Tokopedia` and `TOKOPEDIA` are one sender.
 */
export type SenderIdentity = {
  kind: SenderKind;
  /** Unique across all senders. */
  key: string;
  /** How to show it. */
  display: string;
  country: string | null;
};

/** Message keys (under `errors.`) so that the UI can translate them. */
export type SenderError = "senderRequired" | "senderInvalidPhone" | "senderInvalidCharacters" | "senderTooLong";

export type SenderParseResult = { ok: true; identity: SenderIdentity } | { ok: false; error: SenderError };

const SENDER_INPUT_MAX_LENGTH = 40;
const ALPHANUMERIC_MAX_LENGTH = 20;

const PHONE_CHARACTERS = /^[+\d\s().\-/]+$/;
const SHORT_CODE = /^[1-9]\d{2,5}$/;
// Letters and digits of any script, plus the separators senders use in their IDs.
const ALPHANUMERIC = /^[\p{L}\p{N}][\p{L}\p{N} .\-_&']*$/u;

export function parseSender(input: string, defaultCountry: string): SenderParseResult {
  const raw = input.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (raw === "") return { ok: false, error: "senderRequired" };
  if (raw.length > SENDER_INPUT_MAX_LENGTH) return { ok: false, error: "senderTooLong" };

  if (PHONE_CHARACTERS.test(raw)) {
    if (SHORT_CODE.test(raw)) {
      return {
        ok: true,
        identity: { kind: "short_code", key: `sc:${defaultCountry}:${raw}`, display: raw, country: defaultCountry },
      };
    }
    const phone = parsePhoneNumberFromString(raw, defaultCountry as CountryCode);
    if (!phone || !phone.isValid()) return { ok: false, error: "senderInvalidPhone" };
    return {
      ok: true,
      identity: {
        kind: "phone",
        key: phone.number,
        display: phone.formatInternational(),
        country: phone.country ?? null,
      },
    };
  }

  if (!ALPHANUMERIC.test(raw) || !/\p{L}/u.test(raw)) return { ok: false, error: "senderInvalidCharacters" };
  if (raw.length > ALPHANUMERIC_MAX_LENGTH) return { ok: false, error: "senderTooLong" };
  return {
    ok: true,
    identity: { kind: "alphanumeric", key: `id:${raw.toLocaleLowerCase("en-US")}`, display: raw, country: defaultCountry },
  };
}
