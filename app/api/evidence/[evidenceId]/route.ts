import { getCurrentUser } from "@/lib/auth";
import { removeEvidence } from "@/lib/evidence/lifecycle";
import { evidenceNotFound, serveOwnedEvidence } from "@/lib/evidence/serve";
import { isCrossSite } from "@/lib/http/same-origin";
import { isUuid } from "@/lib/validations/id";

/** The file itself, to its owner only; anyone else (signed out included) gets the same 404. */
export async function GET(request: Request, { params }: RouteContext<"/api/evidence/[evidenceId]">) {
  return serveOwnedEvidence(request, (await params).evidenceId, "file");
}

/** Removes an upload from a form before it is saved (saved files go through the evidence page). */
export async function DELETE(request: Request, { params }: RouteContext<"/api/evidence/[evidenceId]">) {
  const { evidenceId } = await params;
  if (isCrossSite(request)) return evidenceNotFound();
  const user = await getCurrentUser();
  if (!user || !isUuid(evidenceId) || !(await removeEvidence(user.id, evidenceId))) return evidenceNotFound();
  return new Response(null, { status: 204 });
}
