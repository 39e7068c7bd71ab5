import { open, type FileHandle } from "node:fs/promises";

const CHUNK_BYTES = 64 * 1024;

/**
 * A file as a web stream that reads only when the consumer asks (pull) and closes the file when
 * it is done or cancelled. Not `Readable.toWeb(createReadStream())`: on Node 20 that keeps pushing
 * after a client goes away mid-download and throws "Controller is already closed" as an uncaught
 * exception in the server.
 */
export function fileStream(file: string): ReadableStream<Uint8Array> {
  return streamOf(() => open(file, "r"));
}

/**
 * The file opened now, with its size: once open, a delete no longer cuts the download short (the
 * file lives on until its handle closes). Rejects with ENOENT when the file is already gone, so
 * a caller can answer 404 instead of failing a response it has begun.
 */
export async function openFileStream(file: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    return { stream: streamOf(() => Promise.resolve(handle)), size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function streamOf(opening: () => Promise<FileHandle>): ReadableStream<Uint8Array> {
  let handle: FileHandle | null = null;
  const close = async () => {
    const open = handle;
    handle = null;
    await open?.close().catch(() => {});
  };
  return new ReadableStream<Uint8Array>({
    type: "bytes",
    async start() {
      handle = await opening();
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
