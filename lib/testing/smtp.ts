import type { ParsedMail } from "mailparser";
import { listenForMail, recipientsOf } from "./smtp-receiver.mjs";

/** A real SMTP server in the test process: tests point SMTP_URL at it and read what a person would find in their inbox. */
export async function startSmtpReceiver() {
  const mails: ParsedMail[] = [];
  const server = await listenForMail(0, (mail) => mails.push(mail));
  return {
    url: `smtp://127.0.0.1:${server.port}`,
    mails,
    /** Mails received for this address, oldest first. */
    mailsTo: (address: string) => mails.filter((m) => recipientsOf(m).includes(address)),
    close: server.close,
  };
}

/** The first link in a mail's text that starts with this path on the app. */
export function linkIn(mail: ParsedMail | undefined, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, "\\$&")}\\?token=[A-Za-z0-9_-]+`).exec(mail?.text ?? "");
  if (!match) throw new Error(`No ${path} link in ${JSON.stringify(mail?.text)}`);
  return match[0];
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get("token") ?? "";
}
