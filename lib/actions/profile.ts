"use server";
import { revalidatePath } from "next/cache";
import { updateUserProfile } from "@/db/queries/users";
import { invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { rememberLocale } from "../locale-cookie";
import { profileSchema } from "../validations/profile";

export async function updateProfileAction(values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  updateUserProfile(user.id, { ...parsed.data, name: parsed.data.name || null });
  await rememberLocale(parsed.data.locale);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}
