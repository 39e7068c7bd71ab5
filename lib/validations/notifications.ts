import { z } from "zod";
import { NOTIFICATION_KINDS } from "../domain";

/** Which notifications also come by email (the kinds checked), and whether as one daily digest. */
export const emailPreferencesSchema = z.object({
  emailed: z.array(z.enum(NOTIFICATION_KINDS, { error: "invalid" })),
  digest: z.boolean(),
});
export type EmailPreferencesInput = z.infer<typeof emailPreferencesSchema>;
