import { mkdtempSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileStream, openFileStream } from "./file-stream";

describe("fileStream", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "file-stream-"));
  const file = path.join(dir, "data.bin");
  const bytes = new Uint8Array(300_000).map((_, i) => i % 251);
  writeFileSync(file, bytes);

  it("gives the whole file", async () => {
    const read = new Uint8Array(await new Response(fileStream(file)).arrayBuffer());
    expect(read).toEqual(bytes);
  });

  it("stops quietly when the reader goes away after the first chunk", async () => {
    const reader = fileStream(file).getReader();
    const first = await reader.read();
    expect(first.value?.byteLength).toBeGreaterThan(0);
    await reader.cancel();
    // A second cancel and further reads after cancelling do not throw.
    await expect(reader.closed).resolves.toBeUndefined();
  });

  it("fails the stream, not the process, when the file is missing", async () => {
    await expect(new Response(fileStream(path.join(dir, "missing"))).arrayBuffer()).rejects.toThrow(/ENOENT/);
  });

  it("opened first, reads the whole file even when it is deleted before the reading starts", async () => {
    const doomed = path.join(dir, "doomed.bin");
    writeFileSync(doomed, bytes);
    const opened = await openFileStream(doomed);
    unlinkSync(doomed);
    expect(opened.size).toBe(bytes.byteLength);
    expect(new Uint8Array(await new Response(opened.stream).arrayBuffer())).toEqual(bytes);
    await expect(openFileStream(doomed)).rejects.toThrow(/ENOENT/);
  });
});
