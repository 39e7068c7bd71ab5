import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "./env";

export type Mail = { to: string; subject: string; text: string };

let transporter: Transporter | undefined;

/**
 * Sends through SMTP_URL. Without it (a self-hosted server with no mail set up) the mail,
 * with its one-time link, is printed in the server log for the operator to pass on.
 * Failures are logged, not thrown: the page says the same whatever happened to the mail.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (!env.SMTP_URL) {
    console.info(`[mail] SMTP_URL is not set; this mail was not sent.\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n[/mail]`);
    return;
  }
  transporter ??= nodemailer.createTransport(env.SMTP_URL);
  try {
    await transporter.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (error) {
    console.error(`[mail] sending to ${mail.to} failed:`, error);
  }
}
