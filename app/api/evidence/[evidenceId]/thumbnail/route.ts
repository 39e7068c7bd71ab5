import { serveOwnedEvidence } from "@/lib/evidence/serve";

export async function GET(request: Request, { params }: RouteContext<"/api/evidence/[evidenceId]/thumbnail">) {
  return serveOwnedEvidence(request, (await params).evidenceId, "thumbnail");
}
