// @ts-check
// A real S3-compatible server (s3rver) for tests, run as its own process: node --openssl-legacy-provider
// lib/testing/s3-server-process.mjs <directory> <bucket>. Its own process because s3rver encrypts list
// continuation tokens with DES, which Node's OpenSSL 3 only offers behind that flag. Prints
// `{"port":…}` once it listens; stops when its parent closes stdin (also when the parent dies).
import S3rver from "s3rver";

const [directory, bucket] = process.argv.slice(2);
if (!directory || !bucket) {
  console.error("usage: node --openssl-legacy-provider lib/testing/s3-server-process.mjs <directory> <bucket>");
  process.exit(2);
}
const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: bucket }] });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
const stop = () => server.close().then(() => process.exit(0));
process.stdin.on("end", stop).on("error", stop).resume();
process.on("SIGTERM", stop);
