import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { isBlobKey, type BlobStore } from "./blob-store";

export type S3StoreConfig = {
  /** Absent for AWS itself; the address of any other S3-compatible store (MinIO, Ceph, R2…). */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint>/<key>`: what most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Keys live under `<prefix>/` when the bucket is shared with something else. */
  prefix?: string;
};

/**
 * Blobs as objects `<prefix>/<key>` in one bucket. A PUT is atomic in S3 (a reader sees the old
 * object, none, or the whole new one), so there are no temporary files; putting the same bytes
 * again rewrites the same object and refreshes its LastModified, which is what keeps a sweep from
 * taking a blob being reused for an orphan.
 */
export class S3Store implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(config: S3StoreConfig) {
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Keys are SHA-256 of the bytes and checked by whoever reads them; the SDK's default extra
      // CRC checksums are refused by several S3-compatible stores.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    this.bucket = config.bucket;
    const prefix = (config.prefix ?? "").replace(/^\/+|\/+$/g, "");
    this.prefix = prefix === "" ? "" : `${prefix}/`;
  }

  private objectKey(key: string): string {
    if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
    return this.prefix + key;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = createHash("sha256").update(bytes).digest("hex");
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: "application/octet-stream",
      }),
    );
    return key;
  }

  async get(key: string) {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!object.Body) throw new Error(`S3 answered no body for ${key}`);
      return { stream: pullStream(object.Body as Readable), size: object.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async *list(): AsyncIterable<{ key: string; writtenAt: Date }> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix || undefined, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.prefix.length);
        // Only keys directly under the prefix: another application's objects in a shared bucket are not ours to sweep.
        if (key && isBlobKey(key) && object.LastModified) yield { key, writtenAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** A PUT never leaves half an object behind, so there is nothing to clean up. */
  async removeStaleTemporaryFiles(): Promise<number> {
    return 0;
  }

  /** Closes the client's connections (tests, scripts that end). */
  destroy(): void {
    this.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);
}

/**
 * The object's body as a web stream that reads from the socket only when the consumer asks, and
 * drops the connection when the consumer goes away. Not the SDK's `transformToWebStream()`: that is
 * `Readable.toWeb`, which keeps pushing after a client leaves mid-download (see file-stream.ts).
 */
function pullStream(body: Readable): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
