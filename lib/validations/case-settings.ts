import { z } from "zod";
import "./text";
import { CASE_STATUSES, COUNTRIES } from "../domain";

/** The status form on a case page. */
export const caseStatusSchema = z.object({ status: z.enum(CASE_STATUSES, { error: "statusInvalid" }) });
export type CaseStatusInput = z.infer<typeof caseStatusSchema>;

/** The "rules of which country" form on a case page. */
export const caseCountrySchema = z.object({ country: z.enum(COUNTRIES, { error: "countryInvalid" }) });
export type CaseCountryInput = z.infer<typeof caseCountrySchema>;

export const CASE_SETTING_SCHEMAS = { status: caseStatusSchema, country: caseCountrySchema } as const;
export type CaseSetting = keyof typeof CASE_SETTING_SCHEMAS;
