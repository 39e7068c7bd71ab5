import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server in the test process (smtp-server), keeping every mail it receives parsed
 * (mailparser): tests point SMTP_URL at it and read what a person would find in their inbox.
 */
export async function startSmtpReceiver() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const to = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Mails received for this address, oldest first. */
    mailsTo: (address: string) => mails.filter((m) => to(m).includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
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
