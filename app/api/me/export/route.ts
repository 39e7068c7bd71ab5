// GET /api/me/export – the signed-in user's own data and files, as a zip
import { exportAccount } from "@/lib/account";
import { downloadHeaders, notFoundResponse } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";

export const GET = withUser(async (_request, _context, user) => {
  const zip = await exportAccount(user.id);
  if (!zip) return notFoundResponse();
  return new Response(Buffer.from(zip), { headers: downloadHeaders("application/zip", `spamtrail-${new Date().toISOString().slice(0, 10)}.zip`) });
});
