import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env";

/** `headers`: extra headers, e.g. List-Unsubscribe on notification mails. */
export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> };

let transporter: Transporter | undefined;

/**
 * Sends through SMTP_URL. Without it (a self-hosted server with no mail set up) the mail,
 * with its one-time link, is printed in the server log for the operator to pass on.
 * Failures are logged, not thrown: the page says the same whatever happened to the mail.
 * Resolves to false when sending failed (the notification job records it).
 */
export async function sendMail(mail: Mail): Promise<boolean> {
  if (!env.SMTP_URL) {
    console.info(`[mail] SMTP_URL is not set; this mail was not sent.\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[/mail]`);
    return true;
  }
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  try {
    await transporter.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
    return true;
  } catch (error) {
    console.error(`[mail] sending to ${mail.to} failed:`, error);
    return false;
  }
}
