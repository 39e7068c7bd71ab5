import { z } from "zod";
import { text } from "./text";
import { ANSWERS, NUMBER_SOURCES } from "../domain";

export const PRODUCT_MAX_LENGTH = 200;
/** More than any loss the dispute route takes (Rp750 million); a typo beyond this is still an error. */
const LOSS_MAX_RUPIAH = 1_000_000_000_000;

/** A rupiah amount as typed: "2.500.000", "2,500,000", "Rp 2 500 000"; null when it is not one. */
export function parseRupiah(typed: string): number | null {
  const digits = typed.trim().replace(/^rp\.?\s*/i, "");
  if (!/^\d[\d.,\s]*$/.test(digits)) return null;
  const amount = Number(digits.replace(/[.,\s]/g, ""));
  return Number.isSafeInteger(amount) && amount > 0 && amount <= LOSS_MAX_RUPIAH ? amount : null;
}

/**
 * The questions about a case as a whole (one form, checked again by its server action): is the
 * sender an OJK-licensed firm, is the user its customer and of which product, did they lose money,
 * where did the sender get their number. "" leaves a question unanswered.
 */
export const caseQuestionsSchema = z
  .object({
    licensed: z.enum(["", ...ANSWERS], { error: "answerInvalid" }),
    customer: z.enum(["", ...ANSWERS], { error: "answerInvalid" }),
    product: text().trim().max(PRODUCT_MAX_LENGTH, { error: "productTooLong" }),
    loss: z.enum(["", "none", "some"], { error: "answerInvalid" }),
    lossAmount: z.string(),
    numberSource: z.enum(["", ...NUMBER_SOURCES], { error: "answerInvalid" }),
  })
  .superRefine(
    (v, ctx) => {
      if (v.loss !== "some") return;
      if (typeof v.lossAmount !== "string" || v.lossAmount.trim() === "") ctx.addIssue({ code: "custom", path: ["lossAmount"], message: "lossAmountRequired" });
      else if (parseRupiah(v.lossAmount) === null) ctx.addIssue({ code: "custom", path: ["lossAmount"], message: "lossAmountInvalid" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type CaseQuestionsInput = z.infer<typeof caseQuestionsSchema>;
