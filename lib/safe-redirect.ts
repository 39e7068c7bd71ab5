/** Only same-site paths may be a redirect target, so a crafted link cannot send users away. */
export function safeCallbackPath(value: unknown, fallback = "/cases"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
