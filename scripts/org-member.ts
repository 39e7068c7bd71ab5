// node --conditions=react-server --import tsx scripts/org-member.ts <email> <organisation name> <domain> <sender as typed…>
// Makes the account a member of a new verified organisation owning these senders, without the
// claim and approval steps (for end-to-end tests and local trials of the right of reply).
import { z } from "zod";
import { writeTransaction } from "@/db";
import { pageSenderId } from "@/db/queries/public";
import { upsertSender } from "@/db/queries/senders";
import { findUserByEmail } from "@/db/queries/users";
import { env } from "@/lib/env";
import { parseSender } from "@/lib/sender-identity";
import { createTestOrganisation } from "@/lib/testing/factories";

const args = z
  .tuple([z.email(), z.string().trim().min(1), z.string().trim().toLowerCase().min(3)], z.string().trim().min(1))
  .refine((list) => list.length > 3)
  .safeParse(process.argv.slice(2));
if (!args.success) {
  console.error("Usage: scripts/org-member.ts <email> <organisation name> <domain> <sender…>");
  process.exit(2);
}
const [email, name, domain, ...typed] = args.data;
const user = await findUserByEmail(email.toLowerCase());
if (!user) {
  console.error(`No user with email ${email} in ${env.DATABASE_PATH}`);
  process.exit(1);
}
const identities = typed.map((input) => {
  const parsed = parseSender(input, "ID");
  if (!parsed.ok) {
    console.error(`Not a sender: ${input} (${parsed.error})`);
    process.exit(1);
  }
  return parsed.identity;
});
const { organisation, senderIds } = await writeTransaction(async (tx) => {
  const senderIds: string[] = [];
  for (const identity of identities) senderIds.push(await pageSenderId(tx, (await upsertSender(tx, identity)).id));
  const organisation = await createTestOrganisation({ name, domain, memberIds: [user.id], senderIds: [...new Set(senderIds)] });
  return { organisation, senderIds };
});
console.log(JSON.stringify({ organisationId: organisation.id, senderIds }));
