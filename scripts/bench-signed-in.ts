// Part of `npm run bench`: the signed-in scenario (issue 17) on the production build. Seeds once
// (kept under ./data/bench-signed-in-N, N = BENCH_SIGNED_IN_USERS, default 50) N users, each with one case
// of 30 incidents, 10 exchanges with the sender's support and 3 screenshots, one case in five
// shared (scripts/bench-signed-in-seed.ts, through the app's own domain functions). Signs every
// user in by minting the session cookie the app would set (next-auth JWT, the server's secret),
// starts the app and a bare node:http floor of the same queries
// (scripts/bench-signed-in-baseline.ts), and measures the case page, My cases, the incident edit
// page, the incident save (the server action, as the browser posts it) and the evidence file:
// one request at a time, then 50 connections, each connection a different user; last a mix.
// BENCH_SECONDS (default 10); BENCH_ONLY, a pattern, runs only the operations it names
// (viewer, case, cases, edit, save, evidence, mixed); BENCH_PROFILE=1 runs the server under
// `--cpu-prof` and prints scripts/profile-summary.ts's summary of the profile at the end;
// BENCH_WORKERS=1,2 runs the app once per number of server workers and prints the app's figures
// side by side (scripts/bench-workers.ts; the floor is measured with the first); BENCH_PORT, the
// app's port (default 3321; the floor takes the next one); BENCH_SAVE_HTML, a folder that gets the
// HTML of each page whose size is measured; BENCH_DATABASE=postgres runs the app on PostgreSQL and
// Redis (Debian's, started here, durable as SQLite's default is: lib/testing/pg-server.ts) with the
// seeded file copied in by lib/postgres-copy.ts; the raw floor stays on the SQLite file.
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { DateTime } from "luxon";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { SideBySide, workerCounts, workersEnv, workersLabel } from "./bench-workers";
import { copyToPostgres } from "@/lib/postgres-copy";
import { startPostgres } from "@/lib/testing/pg-server";
import { startRedisServer } from "@/lib/testing/redis-server";

const root = path.resolve(import.meta.dirname, "..");
// Not BENCH_USERS: scripts/bench.ts, earlier in `npm run bench`, sizes its own database with it (2,000).
const USERS = Number(process.env.BENCH_SIGNED_IN_USERS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? "", "i");
const PROFILE = process.env.BENCH_PROFILE === "1";
// A folder to keep each measured page's HTML in, to see what its bytes are.
const SAVE_HTML = process.env.BENCH_SAVE_HTML;
const CONNECTIONS = 50;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3321);
const BASELINE_PORT = APP_PORT + 1;
const WORKERS = workerCounts();
const ON_POSTGRES = process.env.BENCH_DATABASE === "postgres";
if (process.env.BENCH_DATABASE && !ON_POSTGRES) throw new Error(`BENCH_DATABASE: postgres, or unset for the SQLite file (got "${process.env.BENCH_DATABASE}")`);
if (PROFILE && WORKERS.length > 1) throw new Error("BENCH_PROFILE profiles one run: give BENCH_WORKERS one count");
const dataDir = path.join(root, "data", `bench-signed-in-${USERS}`);
const database = path.join(dataDir, "spamtrail.db");
// The server's secret, given to it explicitly (lib/env.ts reads AUTH_SECRET), so that the cookies
// minted here are the ones it would have set.
const SECRET = "bench-signed-in-secret-not-for-production-0123456789";

// Seed once per size, schema and seed script: the marker names all three.
const hashOf = (files: string[]) =>
  createHash("sha256")
    .update(files.map((f) => readFileSync(f)).join("\n"))
    .digest("hex");
const migrationsDir = path.join(root, "db", "migrations");
const wanted = JSON.stringify({
  users: USERS,
  migrations: hashOf(
    readdirSync(migrationsDir)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => path.join(migrationsDir, f)),
  ),
  seed: hashOf([path.join(root, "scripts", "bench-signed-in-seed.ts")]),
});
const marker = path.join(dataDir, "seeded.json");
if (!existsSync(marker) || readFileSync(marker, "utf8") !== wanted) {
  rmSync(dataDir, { recursive: true, force: true });
  const seed = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-signed-in-seed.ts", dataDir, String(USERS)], {
    cwd: root,
    stdio: "inherit",
  });
  if (seed.status !== 0) process.exit(seed.status ?? 1);
  writeFileSync(marker, wanted);
} else {
  console.log(`reusing the seeded database in ${dataDir}`);
}

// Who asks for what: each user's case, incidents, files, and the incident their saves edit.
type IncidentRow = {
  id: string;
  case_id: string;
  channel: string;
  sender_input: string;
  occurred_at: number;
  time_zone: string;
  message_text: string | null;
  call_answered: number | null;
  call_duration_seconds: number | null;
  call_offer: string | null;
  category: string;
  consent: string;
  stop_request: string;
  stop_requested_at: number | null;
  company_named: string | null;
  source_given: string | null;
  collection_target: string | null;
  threatened: string | null;
  source: string;
};
type BenchUser = {
  id: string;
  country: string;
  cookie: string;
  caseId: string;
  sender: string;
  incidents: string[];
  files: string[];
  saveTarget: IncidentRow;
  saveText: string;
};
const db = new Database(database, { readonly: true });
const rows = db
  .prepare(
    "select u.id, u.email, u.session_version as sv, u.country, c.id as case_id, s.display from users u join cases c on c.user_id = u.id join senders s on s.id = c.sender_id order by u.email",
  )
  .all() as {
  id: string;
  email: string;
  sv: number;
  country: string;
  case_id: string;
  display: string;
}[];
const users: BenchUser[] = [];
for (const row of rows) {
  const incidents = db.prepare("select * from incidents where case_id = ? order by occurred_at").all(row.case_id) as IncidentRow[];
  const files = (
    db
      .prepare(
        "select e.id from evidence e join incidents i on i.id = e.incident_id where i.case_id = ? union all select e.id from evidence e join exchanges x on x.id = e.exchange_id where x.case_id = ?",
      )
      .all(row.case_id, row.case_id) as { id: string }[]
  ).map((f) => f.id);
  // The save edits an SMS incident without files (the form would list them otherwise).
  const saveTarget = incidents.find((i) => i.channel === "sms" && !db.prepare("select 1 from evidence where incident_id = ?").get(i.id))!;
  const cookie = `next-auth.session-token=${await encode({ token: { sub: row.id, email: row.email, sv: row.sv }, secret: SECRET })}`;
  users.push({
    id: row.id,
    country: row.country,
    cookie,
    caseId: row.case_id,
    sender: row.display,
    incidents: incidents.map((i) => i.id),
    files,
    saveTarget,
    saveText: (saveTarget.message_text ?? "").replace(/ \(edit \d+\)$/, ""),
  });
}
const counts = db
  .prepare(
    "select (select count(*) from incidents) as incidents, (select count(*) from exchanges) as exchanges, (select count(*) from evidence) as files, (select count(*) from case_shares) as shared",
  )
  .get() as Record<string, number>;
db.close();
console.log(
  `signed-in scenario: ${users.length} users, ${counts.incidents} incidents, ${counts.exchanges} exchanges, ${counts.files} screenshots, ${counts.shared} shared cases`,
);

function start(command: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout!.on("data", (chunk: Buffer) => ready.test(chunk.toString()) && resolve(child));
    child.on("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}`)));
  });
}

// The server action behind the edit form's save (lib/actions/incident.ts updateIncidentAction),
// by the id the build gave it. Read once the app has started: start.mjs builds again when the
// sources are newer than the build, and a new build gives new ids.
let actionId = "";
function readActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "updateIncidentAction")?.[0];
  if (!id) throw new Error("updateIncidentAction not found in .next/server/server-reference-manifest.json");
  return id;
}

// The browser's router state on the edit page, as Next's client sends it with an action
// (prepareFlightRouterStateForRequest: segments and children only).
const routerState = (incidentId: string) =>
  encodeURIComponent(
    JSON.stringify([
      "",
      {
        children: [
          "(app)",
          { children: ["incidents", { children: [["incidentId", incidentId, "d", null], { children: ["edit", { children: ["__PAGE__", {}] }] }] }] },
        ],
      },
    ]),
  );

/** The edit form's values for the save target, as incidentToInput shows them, with a changed text. */
function saveValues(user: BenchUser, edit: number) {
  const i = user.saveTarget;
  const local = (ms: number) => DateTime.fromMillis(ms, { zone: i.time_zone }).toFormat("yyyy-MM-dd'T'HH:mm");
  const duration = i.call_duration_seconds ?? 0;
  return {
    country: user.country,
    timeZone: i.time_zone,
    channel: i.channel,
    sender: i.sender_input,
    occurredAt: local(i.occurred_at),
    messageText: `${user.saveText} (edit ${edit})`,
    callAnswered: i.call_answered === null ? "" : i.call_answered ? "yes" : "no",
    callMinutes: duration ? String(Math.floor(duration / 60)) : "",
    callSeconds: duration ? String(duration % 60) : "",
    callOffer: i.call_offer ?? "",
    category: i.category,
    consent: i.consent,
    stopRequest: i.stop_request,
    stopRequestedAt: i.stop_requested_at ? local(i.stop_requested_at) : "",
    companyNamed: i.company_named ?? "",
    sourceGiven: i.source_given ?? "",
    collectionTarget: i.collection_target ?? "",
    threatened: i.threatened ?? "",
    evidence: [],
    source: i.source,
    // useEvidenceForm sends a submission key with every save (edits ignore it).
    submissionKey: randomBytes(16).toString("hex"),
  };
}

type Side = "app" | "baseline";
type Request = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };
type Operation = {
  name: string;
  label: string;
  request: (side: Side, user: BenchUser, i: number) => Request;
  ok: (status: number, headers: http.IncomingHttpHeaders) => boolean;
};
// Browsers ask for gzip; the client here takes the bytes as sent and does not unpack them.
const BROWSER = { "accept-encoding": "gzip, deflate, br", "accept-language": "id-ID,id;q=0.9" };
const get = (side: Side, user: BenchUser, url: string, accept = "text/html"): Request => ({
  method: "GET",
  path: url,
  headers: side === "app" ? { ...BROWSER, accept, cookie: user.cookie } : { ...BROWSER, accept, "x-bench-user": user.id },
});
let edits = 0;
/** The texts each user's answered saves sent: the database must hold one of them (the last, when one connection is the user's). */
const lastSaved = new Map<string, Set<string>>();
const operations: Operation[] = [
  // Next's floor for a signed-in request: a route that decodes the session and reads the user.
  {
    name: "viewer",
    label: "Next floor, signed in: /api/viewer",
    request: (side, user) => get(side, user, "/api/viewer", "*/*"),
    ok: (status) => status === 200,
  },
  { name: "case", label: "case page /cases/<id>", request: (side, user) => get(side, user, `/cases/${user.caseId}`), ok: (status) => status === 200 },
  { name: "cases", label: "My cases /cases", request: (side, user) => get(side, user, "/cases"), ok: (status) => status === 200 },
  {
    name: "edit",
    label: "incident edit page",
    request: (side, user, i) => get(side, user, `/incidents/${user.incidents[i % user.incidents.length]}/edit`),
    ok: (status) => status === 200,
  },
  {
    name: "save",
    label: "incident save (action)",
    request: (side, user) => {
      const edit = ++edits;
      const id = user.saveTarget.id;
      const headers: Record<string, string> =
        side === "app"
          ? {
              ...BROWSER,
              accept: "text/x-component",
              "next-action": actionId,
              "next-router-state-tree": routerState(id),
              "content-type": "text/plain;charset=UTF-8",
              origin: `http://127.0.0.1:${APP_PORT}`,
              referer: `http://127.0.0.1:${APP_PORT}/incidents/${id}/edit`,
              cookie: user.cookie,
              "x-bench-edit": String(edit),
            }
          : { ...BROWSER, "content-type": "text/plain;charset=UTF-8", "x-bench-user": user.id, "x-bench-edit": String(edit) };
      // The bound incident id first, then the form's values (React's reply encoding of plain JSON).
      return { method: "POST", path: `/incidents/${id}/edit`, headers, body: JSON.stringify([id, saveValues(user, edit)]) };
    },
    // The action redirects to the case page: Next answers 200 with the redirect in a header.
    ok: (status, headers) =>
      status === 200 && (headers["content-type"] === "application/json" || String(headers["x-action-redirect"] ?? "").startsWith("/cases/")),
  },
  {
    name: "evidence",
    label: "evidence file /api/evidence/<id>",
    request: (side, user, i) => get(side, user, `/api/evidence/${user.files[i % user.files.length]}`, "image/avif,image/webp,image/png,*/*"),
    ok: (status) => status === 200,
  },
];
const byName = new Map(operations.map((op) => [op.name, op]));
// The mix: 40 % case page, 20 % My cases, 15 % edit page, 15 % save, 10 % evidence, interleaved.
const MIX = [
  "case",
  "cases",
  "case",
  "edit",
  "save",
  "case",
  "evidence",
  "cases",
  "case",
  "edit",
  "case",
  "save",
  "cases",
  "case",
  "edit",
  "case",
  "save",
  "cases",
  "case",
  "evidence",
];

type Answer = { status: number; headers: http.IncomingHttpHeaders; bytes: number; body: Buffer; chunks: number };
function send(agent: http.Agent, port: number, request: Request, keepBody = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = request.body === undefined ? request.headers : { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) };
    const outgoing = http.request({ host: "127.0.0.1", port, method: request.method, path: request.path, headers, agent }, (response) => {
      let bytes = 0;
      let count = 0;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        count++;
        if (keepBody) chunks.push(chunk);
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes, body: Buffer.concat(chunks), chunks: count }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

type Run = { byOperation: Map<string, number[]>; perSecond: Map<string, number>; total: number; elapsed: number };
/**
 * `connections` clients (connection c signed in as user c), each asking again as soon as
 * answered, for `seconds`. `pick(c, i)` names the operation of connection c's i-th request.
 * One keep-alive socket per connection, like a browser tab's.
 */
async function load(
  side: Side,
  pick: (c: number, i: number) => Operation,
  connections: number,
  seconds: number,
  userOf: (c: number, i: number) => BenchUser,
): Promise<Run> {
  const port = side === "app" ? APP_PORT : BASELINE_PORT;
  const byOperation = new Map<string, number[]>();
  const failures: string[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; performance.now() < deadline; i++) {
        const operation = pick(c, i);
        const user = userOf(c, i);
        const request = operation.request(side, user, i);
        const at = performance.now();
        const answer = await send(agent, port, request);
        const took = performance.now() - at;
        if (!operation.ok(answer.status, answer.headers)) failures.push(`${operation.name} ${request.path}: ${answer.status}`);
        else {
          if (operation.name === "save" && side === "app") {
            const texts = lastSaved.get(user.id) ?? new Set<string>();
            lastSaved.set(user.id, texts.add(JSON.parse(request.body!)[1].messageText as string));
          }
          const list = byOperation.get(operation.name) ?? [];
          list.push(took);
          byOperation.set(operation.name, list);
        }
      }
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (failures.length) throw new Error(`${side}: ${failures.length} failed answers, first: ${failures[0]}`);
  const perSecond = new Map([...byOperation].map(([name, samples]) => [name, samples.length / elapsed]));
  return { byOperation, perSecond, total: [...byOperation.values()].reduce((n, s) => n + s.length, 0), elapsed };
}

/** The database the app runs on: the text an incident holds there, and what the app is started with. */
type AppDatabase = { env: Record<string, string>; storedText: (incidentId: string) => Promise<string | undefined>; close: () => Promise<void> };

function sqliteDatabase(): AppDatabase {
  return {
    env: {},
    storedText: async (incidentId) => {
      const file = new Database(database, { readonly: true });
      try {
        return (file.prepare("select message_text as text from incidents where id = ?").get(incidentId) as { text: string } | undefined)?.text;
      } finally {
        file.close();
      }
    },
    close: async () => {},
  };
}

/** A fresh PostgreSQL and Redis for this run, the seeded file copied in as an operator would move an install. */
async function postgresDatabase(): Promise<AppDatabase> {
  const postgres = await startPostgres({ durable: true });
  const redis = await startRedisServer();
  const source = new Database(database, { readonly: true });
  const started = performance.now();
  try {
    const copied = await copyToPostgres(source, postgres.url);
    console.log(
      `PostgreSQL: copied ${copied.reduce((sum, t) => sum + t.rows, 0)} rows into a fresh database in ${((performance.now() - started) / 1000).toFixed(1)} s; Redis on ${redis.url}; the raw floor still reads the SQLite file`,
    );
  } catch (error) {
    await redis.close();
    await postgres.close();
    throw error;
  } finally {
    source.close();
  }
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  return {
    env: { DATABASE_URL: postgres.url, REDIS_URL: redis.url },
    storedText: async (incidentId) =>
      (await client.query<{ text: string }>("select message_text as text from incidents where id = $1", [incidentId])).rows[0]?.text,
    close: async () => {
      await client.end();
      await redis.close();
      await postgres.close();
    },
  };
}

/**
 * Every save the app answered is in the database: each user's incident holds a text one of their
 * answered saves sent (each text is new; with one connection per user, the last). Checked after
 * each app run, before the floor's own writes change the same rows.
 */
async function checkSaves(): Promise<void> {
  if (!lastSaved.size) return;
  let landed = 0;
  for (const user of users) {
    const text = await appDatabase.storedText(user.saveTarget.id);
    if (text !== undefined && lastSaved.get(user.id)?.has(text)) landed++;
  }
  if (landed !== lastSaved.size) throw new Error(`saves answered but not in the database: ${lastSaved.size - landed} of ${lastSaved.size} users`);
  checkedSaves += lastSaved.size;
  lastSaved.clear();
}
let checkedSaves = 0;

const percentile = (samples: number[], q: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)}`.padStart(6);
const triple = (samples: number[]) => `${ms(percentile(samples, 0.5))} ${ms(percentile(samples, 0.95))} ${ms(percentile(samples, 0.99))}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Start the app, profiled on request: start.mjs hands its Node flags to server.mjs (it writes a
// small profile of its own too).
const profileDir = path.join(root, "data", "profiles", `signed-in-${new Date().toISOString().replace(/[:.]/g, "-")}`);
if (PROFILE) mkdirSync(profileDir, { recursive: true });
const appDatabase = ON_POSTGRES ? await postgresDatabase() : sqliteDatabase();
const appEnv: Record<string, string> = {
  ...appDatabase.env,
  PORT: String(APP_PORT),
  HOSTNAME: "127.0.0.1",
  DATA_DIR: dataDir,
  NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
  AUTH_SECRET: SECRET,
  NEXTAUTH_SECRET: SECRET,
};
// Another server on our ports would answer in our place: make sure they are free.
for (const port of [APP_PORT, BASELINE_PORT]) {
  await new Promise<void>((resolve, reject) => {
    const probe = http.createServer().once("error", () => reject(new Error(`port ${port} is already in use`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
const baseline = await start(["--import", "tsx", "scripts/bench-signed-in-baseline.ts", dataDir, String(BASELINE_PORT)], {}, /baseline ready/);
let app: ChildProcess | undefined;
let stopping = false;
let appExited = Promise.resolve();
async function startApp(workers: number | undefined): Promise<void> {
  stopping = false;
  const started = await start(
    [...(PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), "scripts/start.mjs"],
    { ...appEnv, ...workersEnv(workers) },
    /Ready on/,
  ).catch((error: unknown) => {
    baseline.kill("SIGTERM");
    throw error;
  });
  app = started;
  actionId = readActionId();
  appExited = new Promise<void>((resolve) =>
    started.once("exit", (code, signal) => {
      if (!stopping) console.error(`the app exited during the bench (code ${code}, signal ${signal})`);
      resolve();
    }),
  );
}
/** Stops the app and waits until it is gone, so the next run can take its port. */
async function stopApp(): Promise<void> {
  stopping = true;
  app?.kill("SIGTERM");
  await appExited;
}
const sideBySide = new SideBySide();

const one = new http.Agent({ keepAlive: true, maxSockets: 1 });
const window = { from: 0n, to: 0n };
/** The measured stretch of each operation on the app, for the profile's summary per operation. */
const windows: { label: string; from: bigint; to: bigint; requests: number }[] = [];
const now = () => process.hrtime.bigint() / 1000n;
try {
  for (const [round, workers] of WORKERS.entries()) {
    await startApp(workers);
    const appSide = [ON_POSTGRES ? "app on PostgreSQL" : "app", workersLabel(workers)].filter(Boolean).join(", ");
    if (workers !== undefined) {
      sideBySide.noteLoad(workers);
      console.log(`\n${workersLabel(workers)}`);
    }
    // The minted cookie is a real session: the case page, not the way to /login.
    const [first] = users;
    if (!first) throw new Error("no users seeded");
    const casePage = await send(one, APP_PORT, { method: "GET", path: `/cases/${first.caseId}`, headers: { accept: "text/html", cookie: first.cookie } }, true);
    const heading = [...casePage.body.toString("utf8").matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((m) => m[1]!).find((h) => h.includes(first.sender)) ?? "";
    if (casePage.status !== 200 || !heading.includes(first.sender))
      throw new Error(`a minted session cookie did not get the case page: ${casePage.status} ${casePage.headers.location ?? ""} <h1>${heading}</h1>`);
    const anonymous = await send(one, APP_PORT, { method: "GET", path: `/cases/${first.caseId}`, headers: {} });
    console.log(
      `session check: case page with a minted cookie ${casePage.status} "<h1>${heading}</h1>"; without a cookie ${anonymous.status} → ${anonymous.headers.location ?? "?"}`,
    );

    // The save, once, as the browser does it: its answer, and the edit in the database.
    const saveOp = byName.get("save")!;
    const saveRequest = saveOp.request("app", first, 0);
    const saved = await send(one, APP_PORT, saveRequest, true);
    const sentText = JSON.parse(saveRequest.body!)[1].messageText as string;
    const stored = await appDatabase.storedText(first.saveTarget.id);
    if (!saveOp.ok(saved.status, saved.headers) || stored !== sentText) {
      throw new Error(
        `the save did not land: ${saved.status} ${saved.headers["content-type"]} redirect=${saved.headers["x-action-redirect"]} stored="${stored}" sent="${sentText}"\n${saved.body.toString("utf8").slice(0, 500)}`,
      );
    }
    const encoding = saved.headers["content-encoding"];
    const saveBody = (encoding === "gzip" ? gunzipSync(saved.body) : encoding === "br" ? brotliDecompressSync(saved.body) : saved.body).toString("utf8");
    console.log(
      `save check: POST /incidents/<id>/edit (Next-Action ${actionId.slice(0, 8)}…) → ${saved.status} ${saved.headers["content-type"]}, x-action-redirect ${saved.headers["x-action-redirect"]}, ` +
        `${kb(saved.bytes)} as sent (${encoding ?? "identity"}, in ${saved.chunks} reads; ${kb(gzipSync(saveBody).length)} if gzipped at once), ${kb(Buffer.byteLength(saveBody))} unpacked; it carries the case page's RSC payload (Next renders the redirect's target into the answer): ${saveBody.includes(first.sender) ? "yes" : "no"}; the edit is in the database`,
    );

    // Each page's HTML: raw (as without gzip) and gzipped (as sent to a browser).
    if (round === 0) console.log("\nHTML size (target: no page over 60 KB)");
    const pages: [string, string][] = [
      ["case page", `/cases/${first.caseId}`],
      // Its details, on pages of their own: every rule in full with the case's questions, every route.
      ["case rules page", `/cases/${first.caseId}/rules`],
      ["case routes page", `/cases/${first.caseId}/routes`],
      // Every entry to add files to, and the case's files.
      ["case evidence page", `/cases/${first.caseId}/evidence`],
      ["My cases", "/cases"],
      ["incident edit page", `/incidents/${first.incidents[0]}/edit`],
      // Not timed: the page around one screenshot (the file itself is the evidence operation).
      ["evidence page", `/evidence/${first.files[0]}`],
    ];
    const sizes = new Map<string, number>();
    // The same HTML whatever the number of workers: measured with the first.
    for (const [label, url] of round === 0 ? pages : []) {
      const raw = await send(one, APP_PORT, { method: "GET", path: url, headers: { accept: "text/html", cookie: first.cookie } }, true);
      const zipped = await send(one, APP_PORT, get("app", first, url));
      const payload = [...raw.body.toString("utf8").matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce(
        (n, m) => n + Buffer.byteLength(m[1]!),
        0,
      );
      sizes.set(label, raw.bytes);
      if (SAVE_HTML) writeFileSync(path.join(SAVE_HTML, `${label.replaceAll(" ", "-")}.html`), raw.body);
      console.log(
        `  ${label.padEnd(20)} ${kb(raw.bytes).padStart(9)} raw (${kb(payload)} of it the inline RSC payload), ${kb(zipped.headers["content-encoding"] ? zipped.bytes : gzipSync(raw.body).length).padStart(8)} gzipped  ${raw.bytes <= 60 * 1024 ? "✓" : "✗"} ≤ 60 KB`,
      );
    }

    // The profile summary covers the measured runs, not the server's start.
    window.from = now();
    // The operations, one request at a time (users in turn) and at 50 connections (one user each).
    const results = new Map<string, { single: Run; loaded: Run }>();
    console.log(`\n${"".padEnd(44)} ${"1 connection: p50 p95 p99 ms".padEnd(26)}   ${CONNECTIONS} connections, ${SECONDS} s: p50 p95 p99 ms, req/s`);
    for (const operation of operations.filter((op) => ONLY.test(op.name))) {
      // The floor is one plain process: measured once.
      for (const side of round === 0 ? (["app", "baseline"] as const) : (["app"] as const)) {
        const pick = () => operation;
        const from = now();
        const quarter = Math.max(1, Math.floor(users.length / 4));
        // Warm up: 4 connections for a second.
        const warm = await load(side, pick, 4, 1, (c, i) => users[(c * quarter + (i % quarter)) % users.length]!);
        const single = await load(side, pick, 1, Math.max(2, SECONDS / 3), (_, i) => users[i % users.length]!);
        await checkSaves();
        const loaded = await load(side, pick, CONNECTIONS, SECONDS, (c) => users[c % users.length]!);
        await checkSaves();
        if (side === "app") {
          results.set(operation.name, { single, loaded });
          windows.push({ label: operation.label, from, to: now(), requests: warm.total + single.total + loaded.total });
        }
        const s = single.byOperation.get(operation.name) ?? [];
        const l = loaded.byOperation.get(operation.name) ?? [];
        console.log(
          `${`${operation.label} — ${side === "app" ? appSide : "raw floor"}`.padEnd(44)} ${triple(s)}      ${triple(l)} ${loaded.perSecond.get(operation.name)!.toFixed(0).padStart(6)}`,
        );
        if (side === "app" && workers !== undefined) sideBySide.add(operation.label, workers, l, loaded.perSecond.get(operation.name)!);
      }
    }
    let mixed: Run | undefined;
    if (ONLY.test("mixed")) {
      console.log(
        `\nmixed (40 % case page, 20 % My cases, 15 % edit page, 15 % save, 10 % evidence), ${CONNECTIONS} connections, ${SECONDS} s: p50 p95 p99 ms, req/s`,
      );
      for (const side of round === 0 ? (["app", "baseline"] as const) : (["app"] as const)) {
        const from = now();
        const run = await load(
          side,
          (c, i) => byName.get(MIX[(c * 7 + i) % MIX.length]!)!,
          CONNECTIONS,
          SECONDS,
          (c) => users[c % users.length]!,
        );
        if (side === "app") {
          mixed = run;
          windows.push({ label: "the mix", from, to: now(), requests: run.total });
        }
        await checkSaves();
        for (const operation of operations.filter((op) => MIX.includes(op.name))) {
          const samples = run.byOperation.get(operation.name) ?? [];
          console.log(
            `  ${`${operation.label} — ${side === "app" ? appSide : "raw floor"}`.padEnd(42)} ${triple(samples)} ${run.perSecond.get(operation.name)!.toFixed(0).padStart(6)}`,
          );
          if (side === "app" && workers !== undefined) sideBySide.add(`mix: ${operation.label}`, workers, samples, run.perSecond.get(operation.name)!);
        }
        console.log(
          `  ${`all — ${side === "app" ? appSide : "raw floor"}`.padEnd(42)} ${triple([...run.byOperation.values()].flat())} ${(run.total / run.elapsed).toFixed(0).padStart(6)}`,
        );
        if (side === "app" && workers !== undefined) sideBySide.add("mix: all", workers, [...run.byOperation.values()].flat(), run.total / run.elapsed);
      }
    }

    window.to = now();
    // The issue's targets beside the figures.
    const target = (label: string, figure: number | undefined, unit: string, goal: number, atMost: boolean) =>
      figure === undefined || Number.isNaN(figure)
        ? console.log(`  ${label.padEnd(52)} not measured`)
        : console.log(
            `  ${label.padEnd(52)} ${`${figure.toFixed(unit === "req/s" ? 0 : 1)} ${unit}`.padStart(12)}   target ${atMost ? "≤" : "≥"} ${goal} ${unit}   ${(atMost ? figure <= goal : figure >= goal) ? "✓" : "✗"}`,
          );
    if (checkedSaves) console.log(`\nsaves checked in the database after each run: ${checkedSaves} users' incidents carry a text their answered saves sent`);
    console.log(`\ntargets (issue 17)${workers === undefined ? "" : `, ${workersLabel(workers)}`}`);
    const caseRun = results.get("case");
    target("case page p50, single request", caseRun && percentile(caseRun.single.byOperation.get("case") ?? [], 0.5), "ms", 8, true);
    target(`case page throughput, ${CONNECTIONS} connections`, caseRun?.loaded.perSecond.get("case"), "req/s", 120, false);
    target(`case page p95, ${CONNECTIONS} connections`, caseRun && percentile(caseRun.loaded.byOperation.get("case") ?? [], 0.95), "ms", 500, true);
    const saveRun = results.get("save");
    target(`incident save p95, ${CONNECTIONS} users at once`, saveRun && percentile(saveRun.loaded.byOperation.get("save") ?? [], 0.95), "ms", 600, true);
    target(`incident save p95, in the mix`, mixed && percentile(mixed.byOperation.get("save") ?? [], 0.95), "ms", 600, true);
    for (const [label, bytes] of sizes) target(`${label} HTML`, bytes / 1024, "KB", 60, true);
    if (workers !== undefined) sideBySide.noteLoad(workers);
    await stopApp();
  }
  if (WORKERS.length > 1) sideBySide.print(`the app with 1 and more workers, ${CONNECTIONS} connections, ${SECONDS} s`, WORKERS as number[]);
} finally {
  one.destroy();
  baseline.kill("SIGTERM");
  await stopApp();
  await appDatabase.close();
}

if (PROFILE) {
  // The server writes its profile as it exits; the biggest file is the server's (start.mjs's is tiny).
  await appExited;
  const profiles = readdirSync(profileDir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(profileDir, f));
  const server = profiles.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  if (!server) throw new Error(`no .cpuprofile in ${profileDir}`);
  const summary = (from: bigint, to: bigint, more: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/profile-summary.ts", server, "--from", String(from), "--to", String(to), ...more], {
      cwd: root,
      stdio: "inherit",
    });
  console.log(
    `\nCPU profile of the server (open it in Chrome DevTools or speedscope for the flame graph): ${path.relative(root, server)}\nthe measured runs, all operations:`,
  );
  summary(window.from, window.to, []);
  for (const { label, from, to, requests } of windows) {
    console.log(`\n${label} alone (${label === "the mix" ? `its ${CONNECTIONS} connections` : `its single and ${CONNECTIONS}-connection runs`}):`);
    summary(from, to, ["--top", "12", "--files", "0", "--requests", String(requests)]);
  }
  console.log(
    `\nagain: node --import tsx scripts/profile-summary.ts ${path.relative(root, server)} [--from µs --to µs] (the measured runs: --from ${window.from} --to ${window.to})`,
  );
}
