// GET /api/viewer – who is looking at a cached public page: the role and the bell's unread count, never cached
import { getCurrentUser } from "@/lib/auth";
import { unreadNotificationCount } from "@/lib/notifications/inbox";

export async function GET() {
  const user = await getCurrentUser();
  return Response.json(
    { role: user?.role ?? null, unread: user ? await unreadNotificationCount(user.id) : 0 },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
