// A stand-in origin: a relative path resolves against it, and only a result on this same origin is
// kept. The check is about the shape of the value, so the real origin is only needed for absolute
// URLs (next-auth passes the app's own absolute URLs).
const PLACEHOLDER_ORIGIN = "http://spamtrail.invalid";

// Browsers drop tabs and newlines anywhere in a URL and control characters or spaces at its ends
// before parsing, and read a backslash as a slash: "/\t/evil.example" becomes "//evil.example",
// another site. Such a value is never a link the app made, so it is refused rather than cleaned.
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * Only same-origin targets may be a redirect target, so a crafted link cannot send users away:
 * the value is parsed as a URL against the app's origin and kept only when it stays there. Gives
 * the path, query and fragment (never an origin).
 */
export function safeCallbackPath(value: unknown, fallback = "/cases", origin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== "string" || value === "" || value.length > 2048 || CONTROL_OR_BACKSLASH.test(value) || value.trim() !== value) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  // A relative value must start at the root ("cases" or "?x" would depend on the current page).
  if (url.origin !== base.origin || (!value.startsWith("/") && !value.startsWith(`${base.origin}/`))) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect callback: the same rule, as an absolute URL on the app's origin. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  return `${origin}${safeCallbackPath(url, "/cases", origin)}`;
}
