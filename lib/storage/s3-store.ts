import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type * as Sdk from "@aws-sdk/client-s3";
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
  private connection?: Promise<{ sdk: typeof Sdk; client: Sdk.S3Client }>;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(private readonly config: S3StoreConfig) {
    this.bucket = config.bucket;
    const prefix = (config.prefix ?? "").replace(/^\/+|\/+$/g, "");
    this.prefix = prefix === "" ? "" : `${prefix}/`;
  }

  /** The SDK is loaded on first use: seconds of module loading that a server on local disk never pays. */
  private connect() {
    this.connection ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: this.config.endpoint,
        region: this.config.region,
        forcePathStyle: this.config.forcePathStyle,
        credentials: { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
        // Keys are SHA-256 of the bytes and checked by whoever reads them; the SDK's default extra
        // CRC checksums are refused by several S3-compatible stores.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    }));
    return this.connection;
  }

  private objectKey(key: string): string {
    if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
    return this.prefix + key;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = createHash("sha256").update(bytes).digest("hex");
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
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
    const { sdk, client } = await this.connect();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      if (!object.Body) throw new Error(`S3 answered no body for ${key}`);
      return { stream: pullStream(object.Body as Readable), size: object.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }

  async *list(): AsyncIterable<{ key: string; writtenAt: Date }> {
    const { sdk, client } = await this.connect();
    let token: string | undefined;
    do {
      const page = await client.send(new sdk.ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix || undefined, ContinuationToken: token }));
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
  async destroy(): Promise<void> {
    (await this.connection)?.client.destroy();
  }
}

function isMissing(error: unknown): boolean {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404;
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
