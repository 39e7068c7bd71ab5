// GET /senders/search – the directory's search box: a redirect to the sender or the filtered list
import { getCurrentUser } from "@/lib/auth";
import { DEFAULT_COUNTRY } from "@/lib/domain";
import { searchTarget } from "@/lib/public/directory";

/**
 * The directory's search box. A route handler rather than the page, so that a lookup costs no
 * rendering. Visitors who are not signed in get the same searchTarget from the front, before
 * Next (server/server.mjs); the signed-in are answered here, as their country decides how a
 * national number is read.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const user = params.get("q")?.trim() ? await getCurrentUser() : null;
  const location = await searchTarget(params, user?.country ?? DEFAULT_COUNTRY);
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
