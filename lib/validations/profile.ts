import { z } from "zod";
import { text } from "./text";
import { COUNTRY_REGIONS } from "../countries/regions";
import { COUNTRIES, LOCALES, type Country } from "../domain";
import { isValidTimeZone } from "../local-time";

export const profileSchema = z
  .object({
    name: text().trim().max(100, { error: "nameTooLong" }),
    locale: z.enum(LOCALES, { error: "localeInvalid" }),
    timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
    country: z.enum(COUNTRIES, { error: "countryInvalid" }),
    /** A region of the country with holidays of its own; "" for none. */
    region: z.string(),
  })
  .superRefine(
    (v, ctx) => {
      const regions = COUNTRY_REGIONS[v.country as Country] ?? [];
      if (typeof v.region === "string" && v.region !== "" && !regions.includes(v.region))
        ctx.addIssue({ code: "custom", path: ["region"], message: "regionInvalid" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type ProfileInput = z.infer<typeof profileSchema>;

export const localeSchema = z.enum(LOCALES);

/**
 * The private details printed only on the user's own letters. Every field may stay empty; the
 * case page says which letters need which.
 */
export const documentProfileSchema = z.object({
  legalName: text().trim().max(120, { error: "nameTooLong" }),
  idNumber: z
    .string()
    .trim()
    .refine((v) => v === "" || /^[A-Za-z0-9][A-Za-z0-9 .-]{3,31}$/.test(v), { error: "idNumberInvalid" }),
  postalAddress: text().trim().max(300, { error: "addressTooLong" }),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\+?[0-9][0-9 ()-]{5,24}$/.test(v), { error: "phoneInvalid" }),
});
export type DocumentProfileInput = z.infer<typeof documentProfileSchema>;
