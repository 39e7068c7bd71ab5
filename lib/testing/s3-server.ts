import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

/** The S3rver's fixed credentials: it checks signatures against these. */
export const S3_TEST_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const SERVER = path.join(import.meta.dirname, "s3-server-process.mjs");

/**
 * A real S3-compatible server (s3rver, in a child process) on a free port, its objects in a fresh
 * temporary folder, with one bucket. `config` is what S3Store takes, `env` what the app reads;
 * `close` stops the server and removes the folder.
 */
export async function startS3Server(bucket = "evidence") {
  const directory = mkdtempSync(path.join(tmpdir(), "spamtrail-s3-"));
  const child = spawn(process.execPath, ["--openssl-legacy-provider", SERVER, directory, bucket], { stdio: ["pipe", "pipe", "inherit"] });
  const exited = once(child, "exit");
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([once(lines, "line"), exited.then(([code]) => Promise.reject(new Error(`s3rver exited with ${code}`)))]);
  lines.close();
  const { port } = JSON.parse(String(first[0])) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    directory,
    config: { endpoint, bucket, region: "us-east-1", forcePathStyle: true, ...S3_TEST_CREDENTIALS },
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
    },
    close: async () => {
      if (child.exitCode === null) {
        child.stdin.end();
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
