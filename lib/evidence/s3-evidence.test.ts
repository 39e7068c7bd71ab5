import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server } from "@/lib/testing/s3-server";
import { pngBytes, TINY_PDF } from "@/lib/testing/evidence-files";
import type * as Incidents from "@/lib/cases/incidents";
import type * as Env from "@/lib/env";
import type * as S3 from "@/lib/storage/s3-store";
import type * as Factories from "@/lib/testing/factories";
import type * as Blobs from "./blobs";
import type * as Lifecycle from "./lifecycle";
import type * as Serve from "./serve";
import type * as Upload from "./upload";

// The app reads S3_* once, when lib/env.ts is first imported: the server starts first, then the
// app's modules are imported with the environment pointing at it.
let s3: Awaited<ReturnType<typeof startS3Server>>;
let app: {
  env: typeof Env.env;
  blobs: typeof Blobs;
  lifecycle: typeof Lifecycle;
  upload: typeof Upload;
  serve: typeof Serve;
  incidents: typeof Incidents;
  factories: typeof Factories;
  S3Store: typeof S3.S3Store;
};

beforeAll(async () => {
  s3 = await startS3Server();
  Object.assign(process.env, s3.env, { S3_PREFIX: "evidence" });
  app = {
    env: (await import("@/lib/env")).env,
    blobs: await import("./blobs"),
    lifecycle: await import("./lifecycle"),
    upload: await import("./upload"),
    serve: await import("./serve"),
    incidents: await import("@/lib/cases/incidents"),
    factories: await import("@/lib/testing/factories"),
    S3Store: (await import("@/lib/storage/s3-store")).S3Store,
  };
});

afterAll(async () => {
  await (app?.blobs.getBlobStore() as S3.S3Store | undefined)?.destroy();
  await s3?.close();
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name];
  delete process.env.S3_PREFIX;
});

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of app.blobs.getBlobStore().list()) keys.push(key);
  return keys.sort();
}

async function upload(userId: string, bytes: Uint8Array, fileName: string) {
  const result = await app.upload.uploadEvidence(userId, { bytes, fileName });
  if (!result.ok) throw new Error(result.error);
  return result.evidence;
}

describe("evidence with S3_* set", () => {
  it("goes to the object store, not to the data directory", () => {
    expect(app.env.s3).toMatchObject({ endpoint: s3.endpoint, bucket: "evidence", region: "us-east-1", forcePathStyle: true, prefix: "evidence" });
    expect(app.blobs.getBlobStore()).toBeInstanceOf(app.S3Store);
  });

  it("stores an upload in the bucket and streams it back to its owner", async () => {
    const user = await app.factories.createTestUser();
    const row = await upload(user.id, TINY_PDF, "reply.pdf");
    expect(await storedKeys()).toContain(row.storedKey);
    expect(existsSync(path.join(app.env.DATA_DIR, "evidence"))).toBe(false);

    const response = await app.serve.serveOwnedEvidence(new Request(`http://app.test/api/evidence/${row.id}`), user, row.id, "file");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(TINY_PDF.byteLength));
    expect(Buffer.from(await response.arrayBuffer())).toEqual(TINY_PDF);

    const thumbnailOfImage = await upload(user.id, await pngBytes(90, 50), "shot.png");
    const thumbnail = await app.serve.serveOwnedEvidence(new Request("http://app.test/"), user, thumbnailOfImage.id, "thumbnail");
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect((await thumbnail.arrayBuffer()).byteLength).toBe(Number(thumbnail.headers.get("content-length")));

    // Letters, published crops and the account export read whole files through the same store.
    expect(Buffer.from((await app.blobs.readBlob(row.storedKey))!)).toEqual(TINY_PDF);
  });

  it("removes a deleted file's object, unless another row still points at the same bytes", async () => {
    const user = await app.factories.createTestUser();
    const other = await app.factories.createTestUser();
    const bytes = await pngBytes(61, 41);
    const mine = await upload(user.id, bytes, "mine.png");
    const theirs = await upload(other.id, bytes, "theirs.png");
    expect(theirs.storedKey).toBe(mine.storedKey);

    await app.lifecycle.removeEvidence(user.id, mine.id);
    expect(await storedKeys()).toContain(mine.storedKey);

    await app.lifecycle.removeEvidence(other.id, theirs.id);
    const left = await storedKeys();
    expect(left).not.toContain(mine.storedKey);
    expect(left).not.toContain(mine.thumbnailKey);
    expect(await app.blobs.getBlobStore().get(mine.storedKey)).toBeNull();
    const gone = await app.serve.serveOwnedEvidence(new Request("http://app.test/"), other, theirs.id, "file");
    expect(gone.status).toBe(404);
  });

  it("sweeps objects no row points at once they are old enough, and keeps the rest", async () => {
    const user = await app.factories.createTestUser();
    const saved = await upload(user.id, await pngBytes(72, 30), "saved.png");
    await app.incidents.recordIncident(user.id, app.factories.smsInput({ evidence: [{ id: saved.id, caption: "" }] }));
    const pending = await upload(user.id, await pngBytes(73, 30), "pending.png");
    // Written by a process that died before its row.
    const orphan = await app.blobs.getBlobStore().put(Buffer.from("written just before a crash"));

    const justNow = await app.lifecycle.sweepEvidence();
    expect(await storedKeys()).toContain(orphan);

    const twoHoursLater = await app.lifecycle.sweepEvidence(Date.now() + 2 * 60 * 60 * 1000);
    expect(twoHoursLater.orphanBlobs).toBe(1);
    expect(twoHoursLater.tempFiles).toBe(0);
    const left = await storedKeys();
    expect(left).not.toContain(orphan);
    expect(left).toEqual(expect.arrayContaining([saved.storedKey, saved.thumbnailKey, pending.storedKey, pending.thumbnailKey]));
    expect(justNow.pendingRows).toBe(0);
  });
});
