import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { ImportFormatError } from "./types";

/**
 * A minimal ZIP reader for uploaded exports: it reads the central directory (names and offsets,
 * a few bytes per entry) and then streams only the entry asked for, so a WhatsApp export with
 * hundreds of MB of media never sits in memory. Random access also lets an attachment be read
 * without inflating anything else.
 */

export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;

export async function isZipFile(filePath: string): Promise<boolean> {
  const handle = await open(filePath, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === LOCAL_HEADER;
  } finally {
    await handle.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead < length) throw new ImportFormatError("truncated");
  return buffer;
}

/** Every entry of the archive. A file cut short loses its central directory: "truncated". */
export async function listZipEntries(filePath: string): Promise<ZipEntry[]> {
  const handle = await open(filePath, "r");
  try {
    const { size: fileSize } = await handle.stat();
    const tailLength = Math.min(fileSize, MAX_END_SEARCH);
    const tail = await readAt(handle, fileSize - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ImportFormatError("truncated");
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // ZIP64 marks these fields as "see the ZIP64 record"; only archives over 4 GB or 65,535
    // entries need it, far beyond any upload limit.
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw new ImportFormatError("tooLarge");
    }
    if (directoryOffset + directorySize > fileSize) throw new ImportFormatError("truncated");
    const directory = await readAt(handle, directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER) {
        throw new ImportFormatError("unreadable");
      }
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      entries.push({
        method: directory.readUInt16LE(at + 10),
        compressedSize: directory.readUInt32LE(at + 20),
        size: directory.readUInt32LE(at + 24),
        localHeaderOffset: directory.readUInt32LE(at + 42),
        // WhatsApp writes UTF-8 names; the old CP437 fallback would only garble non-ASCII.
        name: directory.toString("utf8", at + 46, at + 46 + nameLength),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/**
 * The uncompressed bytes of one entry, as a stream of chunks. onCompressedRead gets the compressed
 * bytes consumed so far (for progress).
 */
export async function* streamZipEntry(filePath: string, entry: ZipEntry, onCompressedRead?: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  if (entry.method !== 0 && entry.method !== 8) throw new ImportFormatError("unreadable");
  const handle = await open(filePath, "r");
  let dataStart: number;
  try {
    const local = await readAt(handle, entry.localHeaderOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new ImportFormatError("unreadable");
    dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(filePath, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  let consumed = 0;
  const count = (bytes: number) => {
    consumed += bytes;
    onCompressedRead?.(consumed);
  };
  let source: NodeJS.ReadableStream & { destroy(error?: Error): void };
  if (entry.method === 8) {
    // pipe() already reads raw in flowing mode, so a second "data" listener only observes.
    raw.on("data", (chunk) => count(chunk.length));
    const inflate = createInflateRaw();
    raw.on("error", (error) => inflate.destroy(error));
    source = raw.pipe(inflate);
  } else {
    source = raw;
  }
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (entry.method === 0) count(chunk.length);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError("unreadable", (error as Error).message);
  } finally {
    raw.destroy();
    source.destroy();
  }
}
