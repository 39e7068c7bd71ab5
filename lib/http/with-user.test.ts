import { beforeEach, describe, expect, it } from "vitest";
import { setUserRoleByEmail, findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { createTestUser } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import { withAdmin, withAdvocate, withUser } from "./with-user";

type Context = { params: Promise<{ id: string }> };
const context: Context = { params: Promise.resolve({ id: "x" }) };
const request = (headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/thing", { method: "POST", headers: { host: "localhost", ...headers } });

/** A handler that answers who reached it and with which params. */
const echo = async (_request: Request, { params }: Context, user: User) => Response.json({ user: user.id, id: (await params).id });

async function withRole(role: "reporter" | "advocate" | "admin"): Promise<User> {
  const user = await createTestUser();
  await setUserRoleByEmail(user.email, role);
  return (await findUserById(user.id))!;
}

describe("route wrappers", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("withUser: a signed-out call gets the 404 (or the route's own answer); a signed-in one reaches the handler with the user", async () => {
    const route = withUser(echo);
    const signedOut = await route(request(), context);
    expect(signedOut.status).toBe(404);
    expect(signedOut.headers.get("cache-control")).toBe("no-store");
    expect((await withUser(echo, { signedOut: () => Response.json({ error: "signedOut" }, { status: 401 }) })(request(), context)).status).toBe(401);

    session.user = await withRole("reporter");
    const answer = await route(request(), context);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ user: session.user.id, id: "x" });
  });

  it("withAdvocate: a reporter gets 404; an advocate and an admin get through", async () => {
    const route = withAdvocate(echo);
    session.user = await withRole("reporter");
    expect((await route(request(), context)).status).toBe(404);
    session.user = await withRole("advocate");
    expect((await route(request(), context)).status).toBe(200);
    session.user = await withRole("admin");
    expect((await route(request(), context)).status).toBe(200);
  });

  it("withAdmin: an advocate gets 404 (or the route's refusal); an admin gets through", async () => {
    session.user = await withRole("advocate");
    expect((await withAdmin(echo)(request(), context)).status).toBe(404);
    expect(
      (await withAdmin(echo, { refused: () => Response.json({ error: "notFound" }, { status: 404 }) })(request(), context)).headers.get("content-type"),
    ).toContain("json");
    session.user = await withRole("admin");
    expect((await withAdmin(echo)(request(), context)).status).toBe(200);
  });

  it("sameOrigin: a cross-site request is refused before the user is even read", async () => {
    const route = withUser(echo, { sameOrigin: true, signedOut: () => new Response(null, { status: 401 }) });
    expect((await route(request({ origin: "https://evil.example" }), context)).status).toBe(404);
    session.user = await withRole("reporter");
    expect((await route(request({ origin: "https://evil.example" }), context)).status).toBe(404);
    expect((await route(request({ origin: "http://localhost" }), context)).status).toBe(200);
  });
});
