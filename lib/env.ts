import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: "DATABASE_URL must look like postgres://user:password@host:5432/database",
});

/**
 * The one place that reads environment variables. Every variable is optional so the app runs
 * with no configuration; README.md lists them with their defaults.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_PATH: z.string().min(1).optional(),
  /** postgres://user:password@host:5432/db: the app's database instead of the SQLite file (decisions 0018, 0021). */
  DATABASE_URL: postgresUrl.optional(),
  /** Connections each server process keeps open to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** NORMAL (WAL): a crash of the app loses nothing, a power cut may lose the last commits. FULL: neither, slower writes. */
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  AUTH_SECRET: z.string().min(32, { error: "AUTH_SECRET must be at least 32 characters" }).optional(),
  /** log2 of scrypt's N (memory and time double with each step; 16 = 64 MiB, about 0.2 s). Tests use less. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(4).max(20).default(16),
  /** Multiplies the per-IP sign-in, sign-up and reset budgets (many people behind one address; tests). */
  IP_LIMIT_SCALE: z.coerce.number().int().min(1).max(10_000).default(1),
  /** smtp://user:pass@host:port or smtps://…; without it, mails are printed in the server log. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" }).optional(),
  MAIL_FROM: z.string().min(3).default("Spamtrail <no-reply@localhost>"),
  /** The public address for links in mails; else NEXTAUTH_URL, else http://HOSTNAME:PORT. */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("localhost"),
  /** Names this server in X-Spamtrail-Instance (server/server.mjs reads it before Next): which of several behind a balancer answered. */
  INSTANCE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, { error: "INSTANCE_NAME must be 1–64 letters, digits, dots, dashes or underscores" })
    .optional(),
  /** Images decoded and re-encoded at once (each can take ~0.85 s and 160 MB near the pixel cap). */
  IMAGE_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Images that may wait for a turn; one more is refused as "busy" (each holds its upload, up to 10 MB). */
  IMAGE_QUEUE_MAX: z.coerce.number().int().min(0).max(200).default(10),
  /** Files one user may upload in 10 minutes. */
  EVIDENCE_UPLOADS_PER_10_MINUTES: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Largest history file (SMS backup, WhatsApp export) one upload may be, in bytes; counted while it streams in. */
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 ** 3)
    .default(500 * 1024 * 1024),
  /** Incidents one import adds per sender at most (the most recent ones); more would drown the case. */
  IMPORT_MAX_PER_SENDER: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  /** How often the notification job runs (mails due notifications, looks for deadlines that ran out), in ms. */
  NOTIFICATION_INTERVAL_MS: z.coerce.number().int().min(200).max(86_400_000).default(60_000),
  /** Requests one client address may make to the open data API (/api/v1) per minute. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** How often the server checks whether the open data download is a day old (and makes it again), in ms. */
  OPEN_DATA_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1000)
    .max(24 * 3_600_000)
    .default(3_600_000),
  /** Set by Next's server itself; absent in unit tests and scripts, where there is no page cache. */
  NEXT_RUNTIME: z.enum(["nodejs", "edge"]).optional(),
  /** Evidence in an S3-compatible object store instead of DATA_DIR/evidence: all of S3_BUCKET and the keys, or none. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "S3_ENDPOINT must look like http://host:9000 or https://…" }).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"], { error: "S3_FORCE_PATH_STYLE must be true or false" }).optional(),
  S3_PREFIX: z.string().optional(),
  /** redis://… or rediss://…: rate limits, job leases and page expiries shared by servers on several machines (decision 0019). */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL must look like redis://user:password@host:6379/0 or rediss://…" }).optional(),
  /** http(s)://…: a CDN's purge endpoint, told of every page expiry; public sender pages then say the edge may keep them an hour (decision 0020). */
  CDN_PURGE_URL: z.url({ protocol: /^https?$/, error: "CDN_PURGE_URL must look like https://cdn.example/purge" }).optional(),
});

const S3_REQUIRED = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
const S3_ANY = [...S3_REQUIRED, "S3_ENDPOINT", "S3_REGION", "S3_FORCE_PATH_STYLE", "S3_PREFIX"] as const;

/**
 * The object store for evidence, or null for local disk. Half a configuration is refused rather
 * than ignored: a server that silently kept files on its own disk while its peers wrote to the
 * bucket would serve 404s for every file uploaded elsewhere.
 */
export function s3ConfigFrom(vars: Record<string, string | undefined>, data: z.infer<typeof envSchema>) {
  if (!S3_ANY.some((name) => vars[name] !== undefined)) return null;
  const missing = S3_REQUIRED.filter((name) => !data[name]);
  if (missing.length > 0)
    throw new Error(
      `Invalid environment: S3 storage is half configured, ${missing.join(", ")} missing (set all of ${S3_REQUIRED.join(", ")}, or no S3_* variable)`,
    );
  return {
    endpoint: data.S3_ENDPOINT,
    bucket: data.S3_BUCKET!,
    region: data.S3_REGION,
    accessKeyId: data.S3_ACCESS_KEY_ID!,
    secretAccessKey: data.S3_SECRET_ACCESS_KEY!,
    forcePathStyle: data.S3_FORCE_PATH_STYLE ? data.S3_FORCE_PATH_STYLE === "true" : data.S3_ENDPOINT !== undefined,
    prefix: data.S3_PREFIX || undefined,
  };
}

/**
 * A server on PostgreSQL tells the others of page expiries through Redis: without it they would go
 * to the page_expiries log, which the front (server/server.mjs) reads synchronously before every
 * answer, as only SQLite's embedded file can be read. Only inside Next's server (NEXT_RUNTIME):
 * unit tests and scripts serve nobody and run on PostgreSQL alone. server/server.mjs checks the
 * same before it loads Next.
 */
export function checkServedDatabase(data: z.infer<typeof envSchema>): void {
  if (data.NEXT_RUNTIME && data.DATABASE_URL && !data.REDIS_URL)
    throw new Error(
      "Invalid environment: DATABASE_URL is set without REDIS_URL: on PostgreSQL, Spamtrail's servers tell each other of page expiries through Redis (the front checks for them before every answer, synchronously, which only the SQLite file can answer). Set REDIS_URL too, or unset DATABASE_URL to run on the SQLite file.",
    );
}

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

checkServedDatabase(parsed.data);

const dataDir = path.resolve(/*turbopackIgnore: true*/ parsed.data.DATA_DIR);

export const env = {
  ...parsed.data,
  DATA_DIR: dataDir,
  DATABASE_PATH: path.resolve(/*turbopackIgnore: true*/ parsed.data.DATABASE_PATH ?? path.join(dataDir, "spamtrail.db")),
  s3: s3ConfigFrom(process.env, parsed.data),
};

/** The app's public origin, for links in mails (no trailing slash). */
export function getAppUrl(): string {
  const base = env.APP_URL ?? env.NEXTAUTH_URL ?? `http://${env.HOSTNAME}:${env.PORT}`;
  return new URL(base).origin;
}

let cachedSecret: string | undefined;

/**
 * The auth secret comes from AUTH_SECRET, or is generated once and kept in the data directory so
 * that sessions survive a restart without anyone having to configure a secret.
 */
export function getAuthSecret(): string {
  if (cachedSecret) return cachedSecret;
  if (env.AUTH_SECRET) return (cachedSecret = env.AUTH_SECRET);
  const file = path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "auth-secret");
  mkdirSync(env.DATA_DIR, { recursive: true });
  try {
    // "wx" fails if another process created it first; then we read theirs.
    writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cachedSecret = readFileSync(file, "utf8").trim();
  return cachedSecret;
}
