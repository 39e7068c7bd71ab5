// GET /api/evidence/:evidenceId – the file itself, to its owner; DELETE – removes an upload from a form before it is saved
import { removeEvidence } from "@/lib/evidence/lifecycle";
import { serveOwnedEvidence } from "@/lib/evidence/serve";
import { notFoundResponse } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";
import { isUuid } from "@/lib/validations/id";

type Context = RouteContext<"/api/evidence/[evidenceId]">;

/** Anyone but the owner (signed out included) gets the same 404. */
export const GET = withUser(async (request, { params }: Context, user) => serveOwnedEvidence(request, user, (await params).evidenceId, "file"));

/** Saved files go through the evidence page instead. */
export const DELETE = withUser(
  async (_request, { params }: Context, user) => {
    const { evidenceId } = await params;
    if (!isUuid(evidenceId) || !(await removeEvidence(user.id, evidenceId))) return notFoundResponse();
    return new Response(null, { status: 204 });
  },
  { sameOrigin: true },
);
