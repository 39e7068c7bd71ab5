import { exportAccount } from "@/lib/account";
import { getCurrentUser } from "@/lib/auth";
import { notFoundResponse } from "@/lib/complaints/documents";

/** The signed-in user's own data and files, as a zip. */
export async function GET() {
  const user = await getCurrentUser();
  const zip = user ? await exportAccount(user.id) : null;
  if (!zip) return notFoundResponse();
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="spamtrail-${new Date().toISOString().slice(0, 10)}.zip"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
