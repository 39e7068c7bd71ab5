"use server";
import { revalidatePath } from "next/cache";
import { writeTransaction } from "@/db";
import { updateUserProfile } from "@/db/queries/users";
import { changeProfile } from "../users";
import { invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { rememberLocale } from "../locale-cookie";
import { documentProfileSchema, profileSchema } from "../validations/profile";

export const updateProfileAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  await changeProfile(user.id, { ...parsed.data, name: parsed.data.name || null, region: parsed.data.region || null });
  await rememberLocale(parsed.data.locale);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});

export const updateDocumentProfileAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = documentProfileSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const { legalName, idNumber, postalAddress, phone } = parsed.data;
  await writeTransaction((tx) =>
    updateUserProfile(tx, user.id, { legalName: legalName || null, idNumber: idNumber || null, postalAddress: postalAddress || null, phone: phone || null }),
  );
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});
