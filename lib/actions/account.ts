"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "../action-result";
import { deleteAccount } from "../account";
import { requireActionUser } from "../auth";

// next-auth's session cookie, over http and over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Deletes the signed-in user's account and everything in it, signs them out, and says so on the home page. */
export async function deleteAccountAction(): Promise<ActionResult> {
  const user = await requireActionUser();
  await deleteAccount(user.id);
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect("/?accountDeleted=1");
}
