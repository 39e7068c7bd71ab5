// @ts-check
// The browser tests' mailbox: a real SMTP server (lib/testing/smtp-receiver.mjs) that writes every mail it
// receives as one JSON file in .e2e-mail/ (e2e/fixtures.ts reads them). Started by
// playwright.config.ts before the app, whose SMTP_URL points here.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { listenForMail, recipientsOf } from "../lib/testing/smtp-receiver.mjs";

const port = Number(process.argv[2]);
const folder = path.resolve(import.meta.dirname, "..", ".e2e-mail");
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });

let count = 0;
const server = await listenForMail(port, (mail) => {
  const name = `${String(Date.now()).padStart(15, "0")}-${String(++count).padStart(6, "0")}.json`;
  // Written under another name and renamed, so a reader never sees half a file.
  writeFileSync(path.join(folder, `.${name}`), JSON.stringify({ to: recipientsOf(mail), subject: mail.subject, text: mail.text }));
  renameSync(path.join(folder, `.${name}`), path.join(folder, name));
});
console.log(`SMTP receiver on ${port}, mails in ${folder}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => void server.close().then(() => process.exit(0)));
