"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { findCaseForUser } from "@/db/queries/cases";
import { findExchangeForUser } from "@/db/queries/exchanges";
import type { User } from "@/db/schema";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { EvidenceUnavailableError } from "../evidence/lifecycle";
import { editExchange, recordExchange, removeExchange } from "../cases/exchanges";
import { submissionKeyOf } from "../submissions";
import { exchangeSchema } from "../validations/exchange";
import { idSchema } from "../validations/id";

/** The zone is the profile's for a new exchange and the exchange's own for an edit. */
function parseForUser(values: unknown, timeZone: User["timeZone"]) {
  const object = typeof values === "object" && values !== null ? values : {};
  return exchangeSchema.safeParse({ ...object, timeZone });
}

function evidenceFailure(error: unknown): ActionResult {
  if (error instanceof EvidenceUnavailableError) return failed("evidence.gone", { evidence: "evidence.gone" });
  throw error;
}

/** `addNext` comes from the "Save and add the next message" button. */
export const createExchangeAction = userAction(async (user, caseId: unknown, values: unknown, addNext: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(caseId);
  const userCase = id.success ? await findCaseForUser(user.id, id.data) : undefined;
  if (!userCase) return failed("notFound");
  const parsed = parseForUser(values, user.timeZone);
  if (!parsed.success) return invalid(parsed.error);
  let exchangeId: string;
  try {
    const result = await recordExchange(user.id, userCase.id, parsed.data, submissionKeyOf(values));
    if (!result) return failed("notFound");
    exchangeId = result.exchangeId;
  } catch (error) {
    return evidenceFailure(error);
  }
  revalidatePath("/cases");
  redirect(addNext === true ? `/cases/${userCase.id}/exchanges/new?after=${exchangeId}` : `/cases/${userCase.id}?saved=exchangeCreated#exchange-${exchangeId}`);
});

export const updateExchangeAction = userAction(async (user, exchangeId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(exchangeId);
  const existing = id.success ? await findExchangeForUser(user.id, id.data) : undefined;
  if (!existing) return failed("notFound");
  const parsed = parseForUser(values, existing.timeZone);
  if (!parsed.success) return invalid(parsed.error);
  let result: Awaited<ReturnType<typeof editExchange>>;
  try {
    result = await editExchange(user.id, existing.id, parsed.data);
  } catch (error) {
    return evidenceFailure(error);
  }
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(`/cases/${result.caseId}?saved=exchangeUpdated#exchange-${existing.id}`);
});

export const deleteExchangeAction = userAction(async (user, exchangeId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(exchangeId);
  const result = id.success ? await removeExchange(user.id, id.data) : null;
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(`/cases/${result.caseId}?saved=exchangeDeleted`);
});
