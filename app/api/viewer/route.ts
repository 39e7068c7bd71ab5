import { getCurrentUser } from "@/lib/auth";

/** Who is looking at a cached public page: only the role, never cached. */
export async function GET() {
  const user = await getCurrentUser();
  return Response.json({ role: user?.role ?? null }, { headers: { "Cache-Control": "private, no-store" } });
}
