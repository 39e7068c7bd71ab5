import { open } from "node:fs/promises";

const CHUNK_BYTES = 64 * 1024;

/**
 * A file as a web stream that reads only when the consumer asks (pull) and closes the file when
 * it is done or cancelled. Not `Readable.toWeb(createReadStream())`: on Node 20 that keeps pushing
 * after a client goes away mid-download and throws "Controller is already closed" as an uncaught
 * exception in the server.
 */
export function fileStream(file: string): ReadableStream<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  const close = async () => {
    const open = handle;
    handle = null;
    await open?.close().catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    type: "bytes",
    async start() {
      handle = await open(file, "r");
    },
    async pull(controller) {
      if (!handle) return;
      const buffer = new Uint8Array(CHUNK_BYTES);
      try {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) {
          await close();
          controller.close();
        } else {
          controller.enqueue(buffer.subarray(0, bytesRead));
        }
      } catch (error) {
        await close();
        controller.error(error);
      }
    },
    cancel: close,
  });
}
