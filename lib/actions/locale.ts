"use server";
import { writeTransaction } from "@/db";
import { updateUserProfile } from "@/db/queries/users";
import { getCurrentUser } from "../auth";
import { rememberLocale } from "../locale-cookie";
import { localeSchema } from "../validations/profile";

/** Switches the interface language; remembered in a cookie and, when signed in, the profile. */
export async function setLocaleAction(value: unknown): Promise<void> {
  const parsed = localeSchema.safeParse(value);
  if (!parsed.success) return;
  await rememberLocale(parsed.data);
  const user = await getCurrentUser();
  if (user) await writeTransaction((tx) => updateUserProfile(tx, user.id, { locale: parsed.data }));
}
