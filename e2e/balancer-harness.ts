import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startBalancer } from "../lib/testing/nginx";
import pg from "pg";
import { startPostgres } from "../lib/testing/pg-server";
import { startRedisServer } from "../lib/testing/redis-server";
import { startS3Server } from "../lib/testing/s3-server";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Names the server behind the balancer that answered (server/server.mjs, INSTANCE_NAME). */
export const INSTANCE = "x-spamtrail-instance";

/** One app server (`node server/server.mjs`, one process): killed and started again by the test. */
export class AppInstance {
  private child: ChildProcess | undefined;
  log = "";

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get upstream(): string {
    return `127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the server and waits until it answers, or fails with its log if it exits first. */
  async start(): Promise<void> {
    // The server itself, not scripts/start.mjs: a SIGKILL must reach the process that serves.
    const child = spawn(process.execPath, [path.join(ROOT, "server", "server.mjs")], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, NODE_ENV: "production", PORT: String(this.port), HOSTNAME: "127.0.0.1", INSTANCE_NAME: this.name },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stdout!.on("data", (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (this.log += chunk.toString()));
    const exited = once(child, "exit");
    while (!(await this.answers())) {
      if (!this.running) throw new Error(`instance ${this.name} exited at start:\n${this.log}`);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
  }

  private answers(): Promise<boolean> {
    return new Promise((resolve) => {
      const request = http.get(`http://${this.upstream}/api/viewer`, { agent: false }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      });
      request.on("error", () => resolve(false));
    });
  }

  /** Ends the process with `signal` (SIGKILL: a crash, nothing flushed) and waits until it is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = once(child, "exit");
    child.kill(signal);
    await exited;
  }
}

/**
 * Two app servers behind Debian's nginx, as issue 20 deploys them. What the instances share:
 * one PostgreSQL (DATABASE_URL: accounts, cases, the public directory; started here from Debian's
 * package, lib/testing/pg-server.ts); one Redis (REDIS_URL: sign-in counters and other rate
 * limits, job leases, and the page expiries each instance's front cache and Next's cache follow,
 * decision 0019); one AUTH_SECRET, so a session cookie made by one is read by the other; one S3
 * bucket for evidence; the suite's mailbox. Each server's own memory (front caches, Next's page
 * cache) is not shared. Their DATA_DIR is one folder too, but no database lives in it.
 */
export async function startDeployment({ instancePorts, balancerPort, smtpUrl }: { instancePorts: number[]; balancerPort: number; smtpUrl: string }) {
  const s3 = await startS3Server();
  const redis = await startRedisServer();
  const postgres = await startPostgres();
  const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-balancer-"));
  const url = `http://127.0.0.1:${balancerPort}`;
  const env: Record<string, string> = {
    ...s3.env,
    S3_PREFIX: "spamtrail",
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(48).toString("base64url"),
    // The balancer's address: links in mails and next-auth's URLs point there, not at one instance.
    APP_URL: url,
    NEXTAUTH_URL: url,
    // nginx is the one proxy: the client is the last address it adds to X-Forwarded-For.
    TRUST_PROXY: "1",
    WEB_CONCURRENCY: "1",
    PASSWORD_HASH_COST: "10",
    IP_LIMIT_SCALE: "100",
    SMTP_URL: smtpUrl,
    MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
  };
  const instances = instancePorts.map((port, index) => new AppInstance(String.fromCharCode(97 + index), port, env));
  let balancer: Awaited<ReturnType<typeof startBalancer>> | undefined;
  const close = async () => {
    await balancer?.close();
    await Promise.all(instances.map((instance) => instance.stop()));
    await s3.close();
    await redis.close();
    await postgres.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // One after the other, as an operator would; starting together, they would migrate in turn
    // (an advisory lock, db/postgres.ts).
    for (const instance of instances) await instance.start();
    balancer = await startBalancer({ port: balancerPort, upstreams: instances.map((instance) => instance.upstream) });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url,
    instances,
    balancer,
    close,
    /** Rows in a table of the shared PostgreSQL database (what lives in Redis must leave its own empty). */
    async rowsIn(table: "users" | "rate_limits" | "page_expiries"): Promise<number> {
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ count: string }>(`select count(*) from ${table}`);
        return Number(rows[0]!.count);
      } finally {
        await client.end();
      }
    },
    /** Whether a server opened a SQLite file in the shared DATA_DIR (it must not, on PostgreSQL). */
    sqliteFileExists(): boolean {
      return existsSync(path.join(dataDir, "spamtrail.db"));
    },
    /** Runs an app script (scripts/*.ts) against the shared data, as an operator would on a server. */
    script(file: string, ...args: string[]) {
      return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...args], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
    },
  };
}

export type Answer = { status: number; instance: string | undefined; headers: http.IncomingHttpHeaders; body: string };

/** One GET through the balancer on a new connection, without cookies (a visitor). */
export function get(base: string, pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${pathname}`, { agent: false, headers: { connection: "close" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, instance: response.headers[INSTANCE] as string | undefined, headers: response.headers, body }),
      );
    });
    request.on("error", reject);
  });
}

/** A GET through the balancer answered by this instance: nginx takes turns, so a few tries reach it. */
export async function getThrough(base: string, instance: string, pathname: string): Promise<Answer> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const answer = await get(base, pathname);
    if (answer.instance === instance) return answer;
  }
  throw new Error(`instance ${instance} never answered ${pathname} through the balancer`);
}
