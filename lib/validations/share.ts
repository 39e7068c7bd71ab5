import { z } from "zod";
import { text } from "./text";

/** Percent cut from one edge of a screenshot; together, at most 90 % of either side. */
const edge = z.number({ error: "cropInvalid" }).min(0, { error: "cropInvalid" }).max(90, { error: "cropInvalid" });

/** The share form: text to hide on top of the automatic masks, and the screenshots to publish, cropped. */
export const shareSchema = z.object({
  extraMasks: z.array(text().trim().min(2, { error: "maskTooShort" }).max(200, { error: "maskTooLong" })).max(50, { error: "tooManyMasks" }),
  screenshots: z
    .array(
      z
        .object({ evidenceId: z.uuid(), crop: z.object({ top: edge, bottom: edge, left: edge, right: edge }) })
        .refine((s) => s.crop.top + s.crop.bottom <= 90 && s.crop.left + s.crop.right <= 90, { error: "cropInvalid", path: ["crop"] }),
    )
    .max(20),
});
export type ShareInput = z.infer<typeof shareSchema>;
