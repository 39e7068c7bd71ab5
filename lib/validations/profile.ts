import { z } from "zod";
import { COUNTRIES, LOCALES } from "../domain";
import { isValidTimeZone } from "../local-time";

export const profileSchema = z.object({
  name: z.string().trim().max(100, { error: "nameTooLong" }),
  locale: z.enum(LOCALES, { error: "localeInvalid" }),
  timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
  country: z.enum(COUNTRIES, { error: "countryInvalid" }),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const localeSchema = z.enum(LOCALES);
