import { afterEach, describe, expect, it, vi } from "vitest";
import { loadEnv } from "./testing/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

const complete = { S3_BUCKET: "evidence", S3_ACCESS_KEY_ID: "key", S3_SECRET_ACCESS_KEY: "secret" };

describe("S3 settings", () => {
  it("keep evidence on local disk when no S3_* variable is set", async () => {
    expect((await loadEnv({})).s3).toBeNull();
  });

  it("refuse to start on half a configuration, naming what is missing", async () => {
    await expect(loadEnv({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "evidence" })).rejects.toThrow(
      /S3 storage is half configured, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY missing/,
    );
    await expect(loadEnv({ S3_PREFIX: "spamtrail" })).rejects.toThrow(/S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY missing/);
    await expect(loadEnv({ ...complete, S3_ENDPOINT: "minio:9000" })).rejects.toThrow(/S3_ENDPOINT must look like/);
    await expect(loadEnv({ ...complete, S3_FORCE_PATH_STYLE: "yes" })).rejects.toThrow(/S3_FORCE_PATH_STYLE must be true or false/);
  });

  it("address a self-hosted store by path and AWS by bucket host name, unless told otherwise", async () => {
    expect((await loadEnv({ ...complete, S3_ENDPOINT: "http://127.0.0.1:9000" })).s3).toEqual({
      endpoint: "http://127.0.0.1:9000",
      bucket: "evidence",
      region: "us-east-1",
      accessKeyId: "key",
      secretAccessKey: "secret",
      forcePathStyle: true,
      prefix: undefined,
    });
    expect((await loadEnv({ ...complete, S3_REGION: "ap-southeast-3" })).s3).toMatchObject({
      endpoint: undefined,
      region: "ap-southeast-3",
      forcePathStyle: false,
    });
    expect((await loadEnv({ ...complete, S3_ENDPOINT: "https://s3.example.net", S3_FORCE_PATH_STYLE: "false", S3_PREFIX: "spamtrail" })).s3).toMatchObject({
      forcePathStyle: false,
      prefix: "spamtrail",
    });
  });
});
