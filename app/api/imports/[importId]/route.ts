// GET /api/imports/:importId – the progress of one of the user's imports, polled by its page
import { findImportForUser } from "@/db/queries/imports";
import { withUser } from "@/lib/http/with-user";
import { importProgressOf } from "@/lib/import/progress";
import { isUuid } from "@/lib/validations/id";

const notFound = () => Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export const GET = withUser(
  async (_request, { params }: { params: Promise<{ importId: string }> }, user) => {
    const { importId } = await params;
    const row = isUuid(importId) ? findImportForUser(user.id, importId) : undefined;
    if (!row) return notFound();
    return Response.json(importProgressOf(row), { headers: { "Cache-Control": "no-store" } });
  },
  { refused: notFound },
);
