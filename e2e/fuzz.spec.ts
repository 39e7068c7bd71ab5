import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { seededRandom } from "../scripts/random";
import { logSms, signUp } from "./fixtures";

// Bad input gets a 4xx, never a 5xx or a stack trace: every route of app/ (its addresses read from
// the folder, so a new route is fuzzed too) and every server action of the build, signed out and
// signed in, with mutated paths, queries, methods, headers and bodies. A fixed seed: the same few
// hundred inputs on every run, so a failure can be replayed.
const SEED = 15;
const ROOT = path.resolve(import.meta.dirname, "..");

/** Every page and route handler's address pattern, e.g. /cases/[caseId]/share (route groups dropped). */
function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) found.push(`/${segments.join("/")}`);
    }
  };
  walk(path.join(ROOT, "app"), []);
  return [...new Set(found)].sort();
}

/** Server actions of the build, each with the pages it may be posted to (Next checks it belongs there). */
function buildActions(): { id: string; route: string; routes: string[] }[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const routes = Object.keys(entry.workers).map(
      (worker) =>
        `/${worker
          .replace(/^app\//, "")
          .replace(/\/?page$/, "")
          .split("/")
          .filter((s) => s && !/^\(.*\)$/.test(s))
          .join("/")}`,
    );
    return { id, route: routes[0]!, routes };
  });
}

const ODD_SEGMENTS = [
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "%00",
  "%FF%FE",
  "..",
  "%2e%2e",
  "%2F",
  "x".repeat(600),
  "🙂",
  "%F0%9F",
  "null",
  "-1",
  "0",
  "<script>",
  "'%22",
  "a%20b",
  "%%",
  "~",
];
const ODD_QUERIES = [
  "a=%",
  "callbackUrl=%2F%09%2Fevil.example",
  "callbackUrl=%0A",
  "page=-1",
  "cursor=%zz",
  "cursor=AAAA",
  "q=%00",
  "q=" + "9".repeat(3000),
  "case=%",
  "case=" + randomUUID(),
  "sort=__proto__",
  "__proto__[x]=1",
  "q[]=1&q[]=2",
  "before=9999-99-99",
  "locale=xx",
  "%=%",
  "&&&",
  "q=%F0%9F",
];
const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
const ODD_HEADERS: Record<string, string>[] = [
  { rsc: "1" },
  { rsc: "1", "next-router-state-tree": "%7B%7D%zz" },
  { rsc: "1", "next-router-state-tree": "[[[[" },
  { "next-router-prefetch": "1", rsc: "1" },
  { "next-router-segment-prefetch": "/_tree", rsc: "1" },
  { accept: "*/*;q=abc" },
  { "accept-encoding": "gzip;q=x, br, zstd" },
  { "accept-language": "xx-%%;q=9" },
  { cookie: "spamtrail-locale=xx; next-auth.session-token=garbage" },
  { cookie: "%%%=%%%" },
  { range: "bytes=99999999-" },
  { "if-none-match": "*" },
  { "content-type": "application/json" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "gopher" },
  { "next-action": "not-an-action" },
];
const ODD_BODIES = ["{{{", "[", "null", '"$@1"', '["$K1"]', "\u0000\u0001", "a=%&b", JSON.stringify({ email: 1, password: [] }), "x".repeat(5000)];

type Probe = { method: string; url: string; headers?: Record<string, string>; data?: string | Buffer };

function probes(routes: string[], ids: Record<string, string>): Probe[] {
  const random = seededRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (route: string) =>
    route
      .replace(/\[\.\.\.[^\]]+\]/g, "x")
      .replace(/\[([^\]]+)\]/g, (_, name: string) => (random() < 0.5 && ids[name] ? ids[name]! : pick([randomUUID(), "x", ids[name] ?? "y"])));
  const list: Probe[] = [];
  for (const route of routes) {
    const base = fill(route);
    const segments = base.split("/");
    for (let i = 0; i < 3; i++) {
      // A segment replaced or an odd one added, a query, a method, some headers and maybe a body.
      const mutated = [...segments];
      const at = 1 + Math.floor(random() * Math.max(1, segments.length - 1));
      if (random() < 0.5) mutated[at] = pick(ODD_SEGMENTS);
      else mutated.splice(at + 1, 0, pick(ODD_SEGMENTS));
      const url = `${random() < 0.3 ? base : mutated.join("/") || "/"}${random() < 0.6 ? `?${pick(ODD_QUERIES)}` : ""}`;
      const method = random() < 0.5 ? "GET" : pick(METHODS);
      const headers = random() < 0.6 ? { ...pick(ODD_HEADERS) } : {};
      const data = method !== "GET" && method !== "HEAD" && random() < 0.7 ? pick(ODD_BODIES) : undefined;
      list.push({ method, url, headers, data });
    }
  }
  return list;
}

function actionProbes(actions: { id: string; route: string }[], ids: Record<string, string>): Probe[] {
  const random = seededRandom(SEED + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const boundary = "----fuzz";
  const multipart = (field: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n--${boundary}--\r\n`;
  const list: Probe[] = [];
  for (const { id, route } of actions) {
    const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => ids[name] ?? randomUUID());
    const json = { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" };
    const form = { "next-action": id, "content-type": `multipart/form-data; boundary=${boundary}`, accept: "text/x-component" };
    list.push(
      { method: "POST", url, headers: json, data: pick(["{{{", "[", '{"a":', "\u0000"]) },
      { method: "POST", url, headers: json, data: pick(['["$K1"]', "[1,2,3]", "null", '[{"__proto__":{"x":1}}]', '["","","",""]', "[[],[]]"]) },
      {
        method: "POST",
        url,
        headers: form,
        data: pick([`--${boundary}\r\ngarbage`, multipart("0", "{{{"), multipart("1_x", "y") + "trailing", "no boundary at all"]),
      },
      { method: "POST", url, headers: form, data: multipart("0", pick(['["$K1"]', "[null]", '[{"caseId":"x"}]'])) },
      {
        method: "POST",
        url: route === "/" ? "/" : url,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        data: multipart(`$ACTION_ID_${id}`, "") + pick(["", "--x"]),
      },
    );
  }
  // Over the 1 MB action limit: 413, declared up front and sent in full.
  const big = Buffer.alloc(2 * 1024 * 1024, 0x61);
  list.push({
    method: "POST",
    url: actions[0]!.route.includes("[") ? "/" : actions[0]!.route,
    headers: { "next-action": actions[0]!.id, "content-type": "text/plain;charset=UTF-8" },
    data: big,
  });
  return list;
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+|node_modules\/|webpack-internal|\.next\/server/;

async function fire(request: APIRequestContext, probe: Probe) {
  const response = await request.fetch(probe.url, { method: probe.method, headers: probe.headers, data: probe.data, maxRedirects: 0, failOnStatusCode: false });
  const body = probe.method === "HEAD" ? "" : await response.text();
  return { status: response.status(), body };
}

async function fuzz(request: APIRequestContext, list: Probe[]) {
  const failures: string[] = [];
  for (const probe of list) {
    const { status, body } = await fire(request, probe);
    if (status >= 500 || STACK_TRACE.test(body))
      failures.push(
        `${probe.method} ${probe.url} ${JSON.stringify(probe.headers)} ${typeof probe.data === "string" ? JSON.stringify(probe.data.slice(0, 40)) : probe.data ? `${probe.data.length} bytes` : ""} → ${status}${STACK_TRACE.test(body) ? " (stack trace)" : ""}`,
      );
  }
  return failures;
}

test("fuzzed paths, queries, methods, headers and bodies on every route get no 5xx and no stack trace", async ({ page, playwright, baseURL }) => {
  const routes = appRoutes();
  expect(routes.length, "routes read from app/").toBeGreaterThan(30);
  // A signed-in user with one case, so the routes reach their real owners' data too.
  await signUp(page);
  await logSms(page, { sender: "FuzzKredit", when: "2026-11-20T10:15", text: "Pinjaman cepat, klik link", category: "Pinjaman" });
  const caseId = new URL(page.url()).pathname.split("/").pop()!;
  const ids = {
    caseId,
    kind: "ID-OJK-VIOLATION",
    senderId: randomUUID(),
    locale: "id",
    evidenceId: randomUUID(),
    id: randomUUID(),
    incidentId: randomUUID(),
    exchangeId: randomUUID(),
    nextauth: "session",
  };

  const anonymous = await playwright.request.newContext({ baseURL });
  const list = probes(routes, ids);
  const actions = actionProbes(buildActions(), ids);
  const half = Math.ceil(list.length / 2);
  const failures = [
    ...(await fuzz(anonymous, list.slice(0, half))),
    ...(await fuzz(anonymous, actions)),
    // page.request shares the signed-in page's cookies.
    ...(await fuzz(page.request, list.slice(half))),
    ...(await fuzz(page.request, actions)),
  ];
  await anonymous.dispose();
  expect(list.length + 2 * actions.length).toBeGreaterThan(300);
  expect(failures).toEqual([]);
});

test("the bad input the fuzzer once found: clean 400, 404 and 413 answers", async ({ request }) => {
  const sender = randomUUID();
  for (const url of ["/cases/%zz", "/api/evidence/%", "/%E0%A4%A"]) expect((await request.get(url)).status(), url).toBe(400);
  for (const locale of ["xx", "de", "%C3%A9"]) expect((await request.get(`/${locale}/senders/${sender}`)).status(), locale).toBe(404);
  const action = buildActions().find((one) => one.routes.includes("/signup"))!;
  const post = (data: string | Buffer, type = "text/plain;charset=UTF-8") =>
    request.post("/signup", { headers: { "next-action": action.id, "content-type": type }, data });
  expect((await post("{{{")).status()).toBe(400);
  expect((await post("null")).status()).toBe(400);
  expect((await post("--x\r\ngarbage", "multipart/form-data; boundary=x")).status()).toBe(400);
  expect((await post(Buffer.alloc(2 * 1024 * 1024, 0x61))).status()).toBe(413);
  // A well-formed call still reaches the action, which answers with its own validation.
  expect((await post('[{"email":"x","password":""}]')).status()).toBe(200);
});
