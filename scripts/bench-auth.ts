// Part of npm run bench: what wrong sign-ins cost everyone else. A tiny HTTP server in this
// process answers an "unrelated request" (read a small file, like serving an evidence file, and
// answer) while 16 wrong sign-ins run in parallel through the real authenticate(). Printed: the
// unrelated request's p50/p95 idle and under that load, with today's hashing (scrypt in the
// thread pool, at PASSWORD_HASH_COST, default 16) and, for comparison, with what it replaced
// (bcryptjs at cost 12 on the event loop).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-bench-auth-"));
process.env.DATA_DIR = dataDir;
process.env.IP_LIMIT_SCALE = "10000";
const PARALLEL = 16;
const ROUNDS = Number(process.env.BENCH_AUTH_ROUNDS ?? 3);

const { default: bcrypt } = await import("bcryptjs");
const { insertUser } = await import("@/db/queries/users");
const { hashPassword } = await import("@/lib/password-hash");
const { authenticate } = await import("@/lib/users");
const { env } = await import("@/lib/env");

const file = path.join(dataDir, "unrelated.bin");
writeFileSync(file, Buffer.alloc(64 * 1024, 7));
const server = createServer((_request, response) => {
  void readFile(file).then((bytes) => response.end(String(bytes.length)));
});
// While bcrypt holds the event loop for seconds, Node's 5 s keep-alive timer would close the
// client's idle connection just as fetch reuses it (ECONNRESET): keep connections open.
server.keepAliveTimeout = 120_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

async function timeOne(): Promise<number> {
  const start = performance.now();
  await (await fetch(url)).text();
  return performance.now() - start;
}

/** Requests one after the other while `load` runs (or 40 when idle). */
async function unrelatedLatency(load?: () => Promise<unknown>): Promise<{ p50: number; p95: number; loadMs: number }> {
  const times: number[] = [];
  const loadStart = performance.now();
  if (!load) for (let i = 0; i < 40; i++) times.push(await timeOne());
  let loadMs = 0;
  if (load) {
    let done = false;
    const running = load().then(() => {
      done = true;
      loadMs = performance.now() - loadStart;
    });
    while (!done) times.push(await timeOne());
    await running;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), loadMs };
}

function print(name: string, r: { p50: number; p95: number; loadMs: number }) {
  const load = r.loadMs ? `, the ${PARALLEL} sign-ins took ${r.loadMs.toFixed(0)} ms` : "";
  console.log(`${name.padEnd(58)} unrelated request p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms${load}`);
}

await timeOne();
print("idle", await unrelatedLatency());

await insertUser({ email: "victim@example.test", passwordHash: await hashPassword("the right passphrase"), emailVerifiedAt: new Date() });
let ip = 0;
const wrongSignIns = () =>
  Promise.all(
    Array.from({ length: PARALLEL }, () => authenticate({ email: "victim@example.test", password: "a wrong guess" }, { ip: `10.0.${ip >> 8}.${ip++ & 255}` })),
  );
for (let round = 0; round < ROUNDS; round++)
  print(`${PARALLEL} wrong sign-ins, scrypt N=2^${env.PASSWORD_HASH_COST} (thread pool)`, await unrelatedLatency(wrongSignIns));

const oldHash = bcrypt.hashSync("the right passphrase", 12);
const bcryptSignIns = () => Promise.all(Array.from({ length: PARALLEL }, () => bcrypt.compare("a wrong guess", oldHash)));
for (let round = 0; round < ROUNDS; round++) print(`${PARALLEL} wrong sign-ins, before: bcryptjs cost 12 (event loop)`, await unrelatedLatency(bcryptSignIns));

server.close();
rmSync(dataDir, { recursive: true, force: true });
