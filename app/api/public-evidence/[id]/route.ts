// GET /api/public-evidence/:id – a published screenshot, to anyone, while it is public
import { servePublicEvidence } from "@/lib/evidence/serve";

export async function GET(request: Request, { params }: RouteContext<"/api/public-evidence/[id]">) {
  return servePublicEvidence(request, (await params).id);
}
