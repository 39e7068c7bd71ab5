/**
 * Reads a request body into memory only while it stays within `limit` bytes. A declared
 * Content-Length above the limit is refused before reading a byte; a body that grows past it
 * (chunked, or lying about its length) is cancelled at the first chunk over, so a 100 MB upload
 * costs at most `limit` bytes of memory.
 */
export async function readLimitedBody(request: Request, limit: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; error: "tooLarge" | "empty" }> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, error: "tooLarge" };
  }
  if (!request.body) return { ok: false, error: "empty" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, error: "tooLarge" };
    }
    chunks.push(value);
  }
  if (total === 0) return { ok: false, error: "empty" };
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}
