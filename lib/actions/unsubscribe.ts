"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setEmailTopic } from "../notifications/preferences";

const tokenSchema = z.string().min(1).max(300);

/** "Turn these emails back on" on the unsubscribe page: the same signed token, so it works signed out. */
export async function resubscribeAction(formData: unknown): Promise<void> {
  // Whatever a forged request sends in place of the form: no form, no token.
  const token = tokenSchema.safeParse(formData instanceof FormData ? formData.get("token") : undefined);
  const changed = token.success ? await setEmailTopic(token.data, true) : undefined;
  redirect(changed && token.success ? `/unsubscribe?token=${encodeURIComponent(token.data)}&on=1` : "/unsubscribe");
}
