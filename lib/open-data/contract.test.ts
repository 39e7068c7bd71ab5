import Ajv2020 from "ajv/dist/2020";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { writeTransaction } from "@/db";
import { listOpenReports } from "@/db/queries/moderation";
import { findShareForCase, listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { senderReplies, senders } from "@/db/tables";
import * as categoriesRoute from "@/app/api/v1/categories/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as rulesRoute from "@/app/api/v1/rules/route";
import * as repliesRoute from "@/app/api/v1/senders/[id]/replies/route";
import * as reportsRoute from "@/app/api/v1/senders/[id]/reports/route";
import * as senderRoute from "@/app/api/v1/senders/[id]/route";
import * as searchRoute from "@/app/api/v1/senders/route";
import { recordIncident } from "../cases/incidents";
import { CLIENT_IP_HEADER } from "../client-ip";
import { decideReport, reportContent } from "../moderation";
import { shareCase } from "../public/sharing";
import { createTestOrganisation, createTestUser, smsInput } from "../testing/factories";
import { serveBulkFile } from "./bulk-response";
import { OPEN_DATA_ENDPOINTS } from "./endpoints";
import { openApiDocument } from "./openapi";

// Read by lib/env.ts when it loads: low, so the test reaches it. Other tests each use their own address.
const LIMIT = vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "12";
  return 12;
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const HANDLERS: Record<string, Handler> = {
  "/api/v1/senders": searchRoute.GET as Handler,
  "/api/v1/senders/{id}": senderRoute.GET as Handler,
  "/api/v1/senders/{id}/reports": reportsRoute.GET as Handler,
  "/api/v1/senders/{id}/replies": repliesRoute.GET as Handler,
  "/api/v1/categories": categoriesRoute.GET as Handler,
  "/api/v1/rules": rulesRoute.GET as Handler,
};

let nextAddress = 1;
/** A GET of the address through its route handler, from a client address of its own unless given. */
async function get(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, "http://localhost");
  for (const [template, handler] of Object.entries(HANDLERS)) {
    const pattern = new RegExp(`^${template.replace("{id}", "(?<id>[^/]+)")}$`);
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const request = new Request(url, { headers: { [CLIENT_IP_HEADER]: `10.0.0.${nextAddress++}`, ...headers } });
    const response = await handler(request, { params: Promise.resolve({ ...match.groups }) });
    return { template, response, body: response.status === 304 ? null : await response.json() };
  }
  throw new Error(`No handler for ${address}`);
}

const document = openApiDocument(LIMIT);
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(document, "openapi.json");

/** The schema the document gives for this path's answer with this status (following component references). */
function documentedSchema(template: string, status: number) {
  const paths = document.paths as Record<
    string,
    { get: { responses: Record<string, { $ref?: string; content?: Record<string, { schema: { $ref: string } }> }> } }
  >;
  let response = paths[template]?.get.responses[status];
  if (response?.$ref) response = (document.components as { responses: Record<string, typeof response> }).responses[response.$ref.split("/").at(-1)!];
  const ref = response?.content?.["application/json"]?.schema.$ref;
  if (!ref) throw new Error(`The document has no ${status} answer for ${template}`);
  return ajv.getSchema(`openapi.json${ref}`)!;
}

/** Asserts the answer is one the document describes for its path and status. */
function expectDocumented(template: string, status: number, body: unknown) {
  const validate = documentedSchema(template, status);
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

const reason = "Ini data pribadi saya, tolong disembunyikan.";
let reporter: Awaited<ReturnType<typeof createTestUser>>;
let senderId: string;
let reportIds: string[];

beforeAll(async () => {
  reporter = await createTestUser();
  const sender = "0812-7300-4455";
  const { caseId } = await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-20T10:00", messageText: "Pinjaman cair untuk Romel" }));
  await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-21T10:00", messageText: "Kedua" }));
  await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-22T19:45", messageText: "Ketiga" }));
  await shareCase(reporter, caseId, { extraMasks: [], screenshots: [] });
  senderId = (await findShareForCase(caseId))!.senderId;
  reportIds = (await listPublicReports([senderId], 10)).map((report) => report.id);
  await writeTransaction((tx) => tx.update(senders).set({ organisation: "Kontrak Finansial" }).where(eq(senders.id, senderId)));
  const organisation = await createTestOrganisation({ name: "PT Kontrak Finansial", senderIds: [senderId] });
  const reply = (kind: "reply" | "stopped", reportId: string | null, text: string, at: string) =>
    writeTransaction((tx) => tx.insert(senderReplies).values({ organisationId: organisation.id, senderId, reportId, kind, text, createdAt: new Date(at) }));
  await reply("reply", reportIds[0]!, "Nomor ini sudah kami hapus dari daftar.", "2026-11-23T01:00:00Z");
  await reply("stopped", null, "Kampanye ini kami hentikan.", "2026-11-24T01:00:00Z");
  // A second sender found by the same name, for the search's pages.
  const other = await recordIncident(reporter.id, smsInput({ sender: "KONTRAKINFO", messageText: "Promo" }));
  await shareCase(reporter, other.caseId, { extraMasks: [], screenshots: [] });
});

describe("the open data API against its OpenAPI document", () => {
  it("documents every endpoint it serves, each with an example answer the document accepts", () => {
    expect(Object.keys(document.paths as object).sort()).toEqual(Object.keys(HANDLERS).sort());
    for (const endpoint of OPEN_DATA_ENDPOINTS) expectDocumented(endpoint.path, 200, endpoint.example);
    // The document's schemas do refuse what is not an answer.
    expect(documentedSchema("/api/v1/senders/{id}/reports", 200)({ senderId: "x", reports: [{}], next: null })).toBe(false);
    expect(document).toMatchObject({ openapi: "3.1.0" });
  });

  it("answers every documented request with the answer its document describes", async () => {
    for (const endpoint of OPEN_DATA_ENDPOINTS) {
      const address = endpoint.path.includes("{id}")
        ? `${endpoint.path.replace("{id}", senderId)}${endpoint.exampleRequest.includes("?") ? endpoint.exampleRequest.slice(endpoint.exampleRequest.indexOf("?")) : ""}`
        : endpoint.id === "searchSenders"
          ? "/api/v1/senders?q=%2B62%20812%207300%204455"
          : endpoint.exampleRequest;
      const { response, body, template } = await get(address);
      expect(response.status, address).toBe(200);
      expectDocumented(template, 200, body);
    }
  });

  it("serves the document itself, generated from the zod schemas", async () => {
    const response = await openApiRoute.GET(new Request("http://localhost/api/v1/openapi.json", { headers: { [CLIENT_IP_HEADER]: "10.1.0.1" } }), undefined);
    const served = await response.json();
    expect(served.paths["/api/v1/senders/{id}/reports"].get.parameters.map((p: { name?: string; $ref?: string }) => p.name ?? p.$ref)).toEqual([
      "id",
      "cursor",
      "limit",
      "#/components/parameters/IfNoneMatch",
    ]);
    expect(served.components.schemas.Report.properties.channel.enum).toEqual(["sms", "call", "whatsapp", "other_app"]);
    expect(Object.keys(served.paths["/api/v1/senders/{id}"].get.responses)).toEqual(["200", "304", "400", "404", "429"]);
  });

  it("finds a sender by its number in any format, by its sender ID and by its organisation's name, a page at a time", async () => {
    for (const q of ["0812-7300-4455", "+62 812 7300 4455", "6281273004455", "(0812) 73004455"]) {
      const { body } = await get(`/api/v1/senders?q=${encodeURIComponent(q)}`);
      expect(
        body.senders.map((row: { id: string }) => row.id),
        q,
      ).toEqual([senderId]);
    }
    expect((await get("/api/v1/senders?q=kontrakinfo")).body.senders).toHaveLength(1);
    const first = await get("/api/v1/senders?q=Kontrak&limit=1");
    expect(first.body.senders).toHaveLength(1);
    expect(first.body.next.href).toMatch(/^\/api\/v1\/senders\?q=Kontrak&country=ID&limit=1&cursor=/);
    const second = await get(first.body.next.href);
    expectDocumented(second.template, 200, second.body);
    expect(second.body.senders).toHaveLength(1);
    expect(second.body.senders[0].id).not.toBe(first.body.senders[0].id);
    expect(second.body.next).toBeNull();
    expect((await get("/api/v1/senders?q=0899-0000-0000")).body.senders).toEqual([]);
  });

  it("gives a sender's figures, identities and verified organisation with its statement", async () => {
    const { body } = await get(`/api/v1/senders/${senderId}`);
    expect(body.figures).toMatchObject({ publicCases: 1, publicReports: 3, reporters: 1, country: "ID", channels: { sms: 3 } });
    expect(body.organisation).toMatchObject({
      name: "PT Kontrak Finansial",
      verified: true,
      statement: { kind: "stopped", text: "Kampanye ini kami hentikan." },
    });
    expect(body.identities).toEqual([{ id: senderId, display: "+62 812 7300 4455", kind: "phone" }]);
    expect(JSON.stringify(body)).not.toContain(reporter.email);
  });

  it("pages a sender's redacted reports newest first by cursor, each once", async () => {
    const seen: string[] = [];
    let address: string | null = `/api/v1/senders/${senderId}/reports?limit=2`;
    while (address) {
      const page: Awaited<ReturnType<typeof get>> = await get(address);
      expectDocumented(page.template, 200, page.body);
      seen.push(...page.body.reports.map((report: { id: string }) => report.id));
      address = page.body.next?.href ?? null;
    }
    expect(seen).toEqual(reportIds);
    // A cursor is a place in time: what is older than it, whichever report it came from.
    const older = (await get(`/api/v1/senders/${senderId}/reports?cursor=${Date.parse("2026-11-21T00:00Z")}_${reportIds[0]}`)).body;
    expect(older.reports.map((report: { id: string; text: string }) => [report.id, report.text])).toEqual([[reportIds[2], "Pinjaman cair untuk Romel"]]);
  });

  it("refuses bad parameters with 400 naming them, and an unknown sender with 404, as documented", async () => {
    const cases: [string, number, string][] = [
      [`/api/v1/senders/${senderId}/reports?cursor=yesterday`, 400, "cursor"],
      [`/api/v1/senders/${senderId}/reports?limit=0`, 400, "limit"],
      [`/api/v1/senders/${senderId}/replies?limit=500`, 400, "limit"],
      ["/api/v1/senders?q=", 400, "q"],
      ["/api/v1/senders?q=abc&country=XX", 400, "country"],
      ["/api/v1/senders/not-an-id", 400, "id"],
    ];
    for (const [address, status, parameter] of cases) {
      const { response, body, template } = await get(address);
      expect(response.status, address).toBe(status);
      expectDocumented(template, status, body);
      expect(body.error.code).toBe("bad_request");
      expect(body.error.issues.map((issue: { path: string[] }) => issue.path[0])).toContain(parameter);
    }
    for (const template of ["/api/v1/senders/{id}", "/api/v1/senders/{id}/reports", "/api/v1/senders/{id}/replies"]) {
      const { response, body } = await get(template.replace("{id}", "00000000-0000-4000-8000-000000000000"));
      expect(response.status).toBe(404);
      expectDocumented(template, 404, body);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("answers 304 to a client that has the answer, and a new ETag once it changes", async () => {
    const address = `/api/v1/senders/${senderId}/replies`;
    const first = await get(address);
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(first.response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    for (const sent of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await get(address, { "if-none-match": sent });
      expect(again.response.status, sent).toBe(304);
      expect(await again.response.text()).toBe("");
      expect(again.response.headers.get("etag")).toBe(etag);
    }
    expect((await get(address, { "if-none-match": '"other"' })).response.status).toBe(200);
    const organisationId = (await createTestOrganisation()).id;
    await writeTransaction((tx) =>
      tx.insert(senderReplies).values({ organisationId, senderId, kind: "not_ours", text: "Bukan nomor kami.", createdAt: new Date("2026-11-25T00:00Z") }),
    );
    const changed = await get(address, { "if-none-match": etag });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("etag")).not.toBe(etag);
  });

  it("lets pages of any origin read it: CORS on answers and a preflight", async () => {
    const { response } = await get("/api/v1/categories");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("RateLimit");
    const preflight = searchRoute.OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("drops a report hidden by a moderator from the reports, the figures and the replies at once", async () => {
    const flagger = await createTestUser();
    const hidden = reportIds[0]!;
    expect(await reportContent(flagger, { targetKind: "incident", targetId: hidden, reason })).toBeUndefined();
    const flag = (await listOpenReports(100)).find((report) => report.targetId === hidden)!;
    const before = await get(`/api/v1/senders/${senderId}`);
    const admin = await createTestUser();
    await writeTransaction(() => setUserRoleByEmail(admin.email, "admin"));
    expect(await decideReport((await findUserById(admin.id))!, flag.id, { action: "hide", reason: "Data pribadi" })).toBeUndefined();

    const reports = (await get(`/api/v1/senders/${senderId}/reports`)).body.reports.map((report: { id: string }) => report.id);
    expect(reports).toEqual(reportIds.slice(1));
    const after = await get(`/api/v1/senders/${senderId}`, { "if-none-match": before.response.headers.get("etag")! });
    expect(after.response.status).toBe(200);
    expect(after.body.figures.publicReports).toBe(2);
    const replies = (await get(`/api/v1/senders/${senderId}/replies`)).body.replies;
    expect(replies.map((reply: { reportId: string | null }) => reply.reportId)).not.toContain(hidden);
  });

  it("counts categories and rules over the public data", async () => {
    const categories = (await get("/api/v1/categories")).body.categories;
    expect(categories.find((row: { id: string }) => row.id === "loan")).toEqual({ id: "loan", senders: 2, reports: 3 });
    expect(categories.find((row: { id: string }) => row.id === "gambling")).toEqual({ id: "gambling", senders: 0, reports: 0 });
    const rules = (await get("/api/v1/rules")).body.rules;
    expect(rules.find((rule: { id: string }) => rule.id === "ID-OJK-CONSENT")).toMatchObject({ country: "ID", cases: 2, confidence: expect.any(String) });
  });

  it("refuses a client past its requests a minute with 429, Retry-After and RateLimit headers", async () => {
    const from = { [CLIENT_IP_HEADER]: "10.9.9.9" };
    const first = await get("/api/v1/categories", from);
    expect(first.response.headers.get("ratelimit-policy")).toBe(`${LIMIT};w=60`);
    expect(first.response.headers.get("ratelimit")).toMatch(new RegExp(`^limit=${LIMIT}, remaining=${LIMIT - 1}, reset=\\d+$`));
    for (let i = 1; i < LIMIT; i++) expect((await get("/api/v1/categories", from)).response.status).toBe(200);
    const refused = await get(`/api/v1/senders/${senderId}`, from);
    expect(refused.response.status).toBe(429);
    expectDocumented(refused.template, 429, refused.body);
    expect(refused.body.error.code).toBe("rate_limited");
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.response.headers.get("ratelimit")).toMatch(new RegExp(`^limit=${LIMIT}, remaining=0, reset=[1-9]\\d*$`));
    expect(refused.response.headers.get("access-control-allow-origin")).toBe("*");
    // The bulk download counts against the same budget (it may make the files again: the dearest request).
    const bulk = await serveBulkFile(new Request("http://localhost/api/v1/bulk/reports.csv.gz", { headers: from }), "csv");
    expect(bulk.status).toBe(429);
    expect(Number(bulk.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another address is not held back.
    expect((await get("/api/v1/categories")).response.status).toBe(200);
  });
});
