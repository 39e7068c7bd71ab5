import { z } from "zod";
import { EVIDENCE_CAPTION_MAX_LENGTH } from "../evidence/limits";

export const captionField = z.string().max(EVIDENCE_CAPTION_MAX_LENGTH, { error: "captionTooLong" });

/** The caption form on a file's own page. */
export const captionSchema = z.object({ caption: captionField });
export type CaptionInput = z.infer<typeof captionSchema>;
