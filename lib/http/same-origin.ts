/**
 * Route handlers that change data refuse requests sent by other sites. The session cookie is
 * SameSite=Lax already; this is the second lock (server actions get the same check from Next).
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "cross-site";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
