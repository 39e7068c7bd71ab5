// GET /api/imports/:importId – the progress of one of the user's imports, polled by its page
import { withUser } from "@/lib/http/with-user";
import { loadImportProgress } from "@/lib/import/import-pages";

const notFound = () => Response.json({ error: "notFound" }, { status: 404, headers: { "Cache-Control": "no-store" } });

export const GET = withUser(
  async (_request, { params }: { params: Promise<{ importId: string }> }, user) => {
    const { importId } = await params;
    const progress = await loadImportProgress(user, importId);
    if (!progress) return notFound();
    return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
  },
  { refused: notFound },
);
