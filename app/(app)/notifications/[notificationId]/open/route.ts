// GET /notifications/:notificationId/open – marks one of the viewer's notifications read and goes where it leads
import { notFoundResponse } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";
import { openNotification } from "@/lib/notifications/inbox";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "private, no-store" } });

export const GET = withUser(
  async (_request, { params }: RouteContext<"/notifications/[notificationId]/open">, user) => {
    const path = await openNotification(user.id, (await params).notificationId);
    return path ? seeOther(path) : notFoundResponse();
  },
  { signedOut: (request) => seeOther(`/login?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}`) },
);
