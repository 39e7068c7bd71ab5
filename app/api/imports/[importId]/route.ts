import { findImportForUser } from "@/db/queries/imports";
import { getCurrentUser } from "@/lib/auth";
import { importProgressOf } from "@/lib/import/progress";
import { isUuid } from "@/lib/validations/id";

/** The progress of one of the user's imports, polled by its page while it reads or imports. */
export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }) {
  const { importId } = await params;
  const user = await getCurrentUser();
  const row = user && isUuid(importId) ? findImportForUser(user.id, importId) : undefined;
  if (!row) return Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(importProgressOf(row), { headers: { "Cache-Control": "no-store" } });
}
