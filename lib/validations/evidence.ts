import { z } from "zod";
import { text } from "./text";
import { EVIDENCE_CAPTION_MAX_LENGTH, EVIDENCE_MAX_FILES_PER_INCIDENT } from "../evidence/limits";

export const captionField = text().max(EVIDENCE_CAPTION_MAX_LENGTH, { error: "captionTooLong" });

/** The caption form on a file's own page. */
export const captionSchema = z.object({ caption: captionField });
export type CaptionInput = z.infer<typeof captionSchema>;

/** Uploaded files in a form, in the order the user arranged them (uploads happen before sending). */
export const evidenceListField = z
  .array(z.object({ id: z.uuid({ error: "evidence.notFound" }), caption: captionField }))
  .max(EVIDENCE_MAX_FILES_PER_INCIDENT, { error: "evidence.tooManyFiles" })
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { error: "evidence.notFound" });
