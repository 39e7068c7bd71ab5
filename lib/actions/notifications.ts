"use server";
import { revalidatePath } from "next/cache";
import { invalid, type ActionResult } from "../action-result";
import { markAllRead } from "../notifications/inbox";
import { saveEmailPreferences } from "../notifications/preferences";
import { userAction } from "../user-action";
import { emailPreferencesSchema } from "../validations/notifications";

export const saveEmailPreferencesAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = emailPreferencesSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  await saveEmailPreferences(user.id, parsed.data);
  revalidatePath("/profile");
  return { ok: true, data: undefined };
});

/** "Mark all as read": a plain form post, so it works before the page's script has loaded. */
export const markAllReadAction = userAction(async (user): Promise<void> => {
  await markAllRead(user.id);
  revalidatePath("/", "layout");
});
