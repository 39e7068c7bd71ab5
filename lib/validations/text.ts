import { z } from "zod";

/**
 * Shared by every schema in lib/validations (each imports this module, in the browser and on the
 * server alike):
 * - zod's own messages are English sentences; every issue a schema does not name itself gets a
 *   message key under `errors.` instead, so a wrong type or shape reads as a translated message.
 * - free text is cleaned of control characters, and text made only of them or of blanks is
 *   empty: a lone NUL or a line of spaces is not a message.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return "invalidType";
      case "too_big":
        return "tooLong";
      case "too_small":
        return "tooShort";
      case "invalid_value":
      case "invalid_union":
        return "invalidChoice";
      default:
        return "invalid";
    }
  },
});

// C0 and C1 control characters except tab and line feed (carriage returns become line feeds).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Characters that show nothing: zero-width spaces and joiners, the word joiner, the BOM.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Text as typed, without control characters, line breaks as \n. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** Whether the text shows nothing: empty, blanks, control or invisible characters only. */
export function isBlank(value: unknown): boolean {
  return typeof value !== "string" || cleanText(value).replace(INVISIBLE, "").trim() === "";
}

/** A free-text field: a string, cleaned (see cleanText); chain .trim(), .max() etc. as usual. */
export const text = () => z.string().overwrite(cleanText);
