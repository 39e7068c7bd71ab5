// GET /api/viewer – who is looking at a cached public page: only the role, never cached
import { getCurrentUser } from "@/lib/auth";

export async function GET() {
  const user = await getCurrentUser();
  return Response.json({ role: user?.role ?? null }, { headers: { "Cache-Control": "private, no-store" } });
}
