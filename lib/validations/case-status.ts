import { z } from "zod";
import { CASE_STATUSES } from "../domain";

/** The status form on a case page. */
export const caseStatusSchema = z.object({ status: z.enum(CASE_STATUSES, { error: "statusInvalid" }) });
export type CaseStatusInput = z.infer<typeof caseStatusSchema>;
