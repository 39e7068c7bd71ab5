// @ts-check
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server (smtp-server) for tests, handing every mail it receives, parsed (mailparser),
 * to `onMail`: unit tests keep them in memory (lib/testing/smtp.ts), the browser tests' mailbox
 * writes them to files (e2e/smtp-receiver.mjs).
 * @param {number} port 0 for any free port
 * @param {(mail: import("mailparser").ParsedMail) => void} onMail
 * @returns {Promise<{ port: number; close: () => Promise<void> }>}
 */
export async function listenForMail(port, onMail) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          onMail(mail);
          callback();
        },
        (/** @type {Error} */ error) => callback(error),
      );
    },
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.server.address());
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/**
 * The addresses a mail was sent to.
 * @param {import("mailparser").ParsedMail} mail
 * @returns {string[]}
 */
export function recipientsOf(mail) {
  return [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ""));
}
