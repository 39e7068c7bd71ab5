// POST /api/share – the Web Share Target: stores what Android shared and sends the browser to the form
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth";
import {
  parseShareForm,
  SHARE_COOKIE_PATH,
  SHARE_COOKIE_PREFIX,
  SHARE_MAX_BYTES,
  SHARE_TTL_MS,
  storeShare,
  takeShareAllowance,
  type ShareError,
} from "@/lib/capture/share";
import { clientIp } from "@/lib/client-ip";
import { getAppUrl } from "@/lib/env";
import { readLimitedBody } from "@/lib/http/read-limited-body";

/** A 303 sends the browser on with a GET, whatever the method it came with. */
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
const refuse = (error: ShareError) => seeOther(`/share?error=${error}`);

/**
 * The Web Share Target (manifest `share_target`): Android's "Share → Spamtrail" posts the shared
 * title, text, link and files here as a form, then shows where this answers to go.
 *
 * No same-origin check, on purpose: the post comes from the system's share sheet, with no Origin
 * or a null one. Another site can post here too; what that earns it is harmless: a draft bound to
 * the visitor's own browser (the claim cookie) that only pre-fills a form the visitor reviews
 * before anything is saved. Nothing is saved to a case here, and the draft is never shown to
 * anyone without the cookie or the account it belongs to. The session cookie is SameSite=Lax, so
 * a cross-site post arrives signed out and the draft belongs to the browser only.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!(await takeShareAllowance(user ? { userId: user.id } : { ip: await clientIp() }))) return refuse("rateLimited");
  const body = await readLimitedBody(request, SHARE_MAX_BYTES);
  if (!body.ok) return refuse(body.error);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body.bytes.buffer as ArrayBuffer, body.bytes.byteOffset, body.bytes.byteLength), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return refuse("unreadable");
  }
  const parsed = await parseShareForm(form);
  if (!parsed.ok) return refuse(parsed.error);
  const { id, token } = await storeShare(user?.id ?? null, parsed.share);
  (await cookies()).set(`${SHARE_COOKIE_PREFIX}${id}`, token, {
    path: SHARE_COOKIE_PATH,
    httpOnly: true,
    sameSite: "lax",
    secure: getAppUrl().startsWith("https:"),
    maxAge: SHARE_TTL_MS / 1000,
  });
  return seeOther(`/incidents/new?share=${id}`);
}
