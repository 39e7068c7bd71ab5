import { getCurrentUser } from "@/lib/auth";
import { DEFAULT_COUNTRY } from "@/lib/domain";
import { directoryQuerySchema, findSender } from "@/lib/public/directory";

/**
 * The directory's search box: an exact number, short code or sender ID goes straight to its
 * page; anything else goes back to the directory, which lists names that start with it. A route
 * handler rather than the page, so that a lookup costs no rendering.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = directoryQuerySchema.parse(Object.fromEntries(url.searchParams));
  const user = query.q ? await getCurrentUser() : null;
  const page = query.q ? findSender(query.q, user?.country ?? DEFAULT_COUNTRY).page : null;
  const target = new URL(page ? `/senders/${page}` : "/senders", url);
  if (!page) for (const [key, value] of url.searchParams) if (value) target.searchParams.set(key, value);
  return new Response(null, { status: 303, headers: { Location: target.pathname + target.search, "Cache-Control": "no-store" } });
}
