import { z } from "zod";
import { text } from "./text";
import { SECTORS } from "../domain";

/** What an admin establishes about a sender: its organisation, its sector, and the identity it is another face of. */
export const senderDetailsSchema = z.object({
  organisation: text().trim().max(120, { error: "nameTooLong" }),
  sector: z.union([z.enum(SECTORS), z.literal("")]),
  /** A number or sender ID of the same organisation, whose page this one joins; empty to stand alone. */
  sameAs: z.string().trim().max(40, { error: "senderTooLong" }),
});
export type SenderDetailsInput = z.infer<typeof senderDetailsSchema>;
