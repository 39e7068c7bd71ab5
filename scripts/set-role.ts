// npm run user:role -- <email> <reporter|advocate|admin>
// Runs with the react-server condition so the app's own env, database and query modules load here.
import { z } from "zod";
import { setUserRoleByEmail } from "@/db/queries/users";
import { ROLES } from "@/lib/domain";
import { env } from "@/lib/env";

const args = z.tuple([z.email(), z.enum(ROLES)]).safeParse(process.argv.slice(2).map((a) => a.trim().toLowerCase()));
if (!args.success) {
  console.error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
  process.exit(2);
}
const [email, role] = args.data;
if (!(await setUserRoleByEmail(email, role))) {
  console.error(`No user with email ${email} in ${env.DATABASE_PATH}`);
  process.exit(1);
}
console.log(`${email} is now ${role}`);
