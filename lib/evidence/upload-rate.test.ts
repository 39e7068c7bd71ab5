import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { createTestUser } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import { pngBytes } from "@/lib/testing/evidence-files";
import { EVIDENCE_ERRORS } from "./limits";

vi.hoisted(() => {
  process.env.EVIDENCE_UPLOADS_PER_10_MINUTES = "3";
});
// Read once when lib/env.ts loads; not left behind for whatever runs next in this process.
afterAll(() => {
  delete process.env.EVIDENCE_UPLOADS_PER_10_MINUTES;
});
vi.mock("@/lib/auth", async () => {
  const { testSession } = await import("@/lib/testing/session");
  return { getCurrentUser: async () => testSession.user };
});

const { POST } = await import("@/app/api/evidence/route");

async function send(): Promise<Response> {
  return POST(
    new Request("http://localhost/api/evidence", {
      method: "POST",
      body: await pngBytes(),
      headers: { "x-file-name": "shot.png", "sec-fetch-site": "same-origin" },
    }),
  );
}

describe("the upload rate", { timeout: 60_000 }, () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it("answers 429 with a message key and when to try again once a user has sent their files for 10 minutes; others are not held back", async () => {
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ error: "rateLimited" });
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(600);

    session.user = await createTestUser();
    expect((await send()).status).toBe(201);
  });

  it("has a translated message for every refusal the uploader can be given", () => {
    for (const messages of [en, id]) {
      for (const error of EVIDENCE_ERRORS) expect(messages.errors.evidence[error], error).toMatch(/\S/);
    }
  });
});
