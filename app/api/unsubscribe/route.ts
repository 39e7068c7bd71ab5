// POST /api/unsubscribe?token=… – RFC 8058 one-click unsubscribe from a mail app: turns that kind of email off, signed out
import { setEmailTopic } from "@/lib/notifications/preferences";

export async function POST(request: Request) {
  const changed = await setEmailTopic(new URL(request.url).searchParams.get("token"), false);
  return new Response(null, { status: changed ? 200 : 400, headers: { "Cache-Control": "no-store" } });
}
