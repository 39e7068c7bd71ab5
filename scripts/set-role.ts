// npm run user:role -- <email> <reporter|advocate|admin>
// Runs with the react-server condition so the app's own env, database and query modules load here.
import { z } from "zod";
import { closeDb } from "@/db";
import { setUserRoleByEmail } from "@/db/queries/users";
import { ROLES } from "@/lib/domain";
import { env } from "@/lib/env";

const args = z.tuple([z.email(), z.enum(ROLES)]).safeParse(process.argv.slice(2).map((a) => a.trim().toLowerCase()));
if (!args.success) {
  console.error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
  process.exit(2);
}
const [email, role] = args.data;
const changed = await setUserRoleByEmail(email, role);
// On PostgreSQL the pool would keep the process alive until its idle connections time out.
closeDb();
if (!changed) {
  console.error(`No user with email ${email} in ${env.DATABASE_URL ? "the PostgreSQL database (DATABASE_URL)" : env.DATABASE_PATH}`);
  process.exit(1);
}
console.log(`${email} is now ${role}`);
