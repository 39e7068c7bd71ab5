/** The file name a client sends in `X-File-Name`, URI-encoded (raw-body uploads); "" when absent or undecodable. */
export function fileNameFromHeader(header: string | null): string {
  if (!header) return "";
  try {
    return decodeURIComponent(header);
  } catch {
    return "";
  }
}
