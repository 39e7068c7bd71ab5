// GET /api/evidence/:evidenceId/thumbnail – a file's thumbnail, to its owner
import { serveOwnedEvidence } from "@/lib/evidence/serve";
import { withUser } from "@/lib/http/with-user";

export const GET = withUser(async (request, { params }: RouteContext<"/api/evidence/[evidenceId]/thumbnail">, user) =>
  serveOwnedEvidence(request, user, (await params).evidenceId, "thumbnail"),
);
