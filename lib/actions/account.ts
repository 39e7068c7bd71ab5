"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "../action-result";
import { deleteAccount } from "../account";
import { userAction } from "../user-action";

// next-auth's session cookie, over http and over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Deletes the signed-in user's account and everything in it, signs them out, and says so on the home page. */
export const deleteAccountAction = userAction(async (user): Promise<ActionResult> => {
  await deleteAccount(user.id);
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect("/?accountDeleted=1");
});
