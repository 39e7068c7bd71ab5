import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, sessionCookieValue } from "./session-token";

const SECRET = "a-test-secret-of-reasonable-length-0123456789";
const store = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});

describe("session tokens read without next-auth's session round trip", () => {
  it("decodes what next-auth encodes, with the same claims", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 3, email: "a@example.test" }, secret: SECRET });
    expect(await decodeSessionToken(token, SECRET)).toMatchObject({ sub: "user-1", sv: 3, email: "a@example.test" });
  });

  it("refuses another secret, a changed token and an expired one", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: SECRET });
    expect(await decodeSessionToken(token, `${SECRET}-other`)).toBeNull();
    expect(await decodeSessionToken(`${token.slice(0, -4)}AAAA`, SECRET)).toBeNull();
    expect(await decodeSessionToken("not-a-token", SECRET)).toBeNull();
    const expired = await encode({ token: { sub: "user-1" }, secret: SECRET, maxAge: -60 });
    expect(await decodeSessionToken(expired, SECRET)).toBeNull();
  });

  it("finds the cookie under either name, and joins next-auth's numbered chunks in order", () => {
    expect(sessionCookieValue(store({ "next-auth.session-token": "plain" }))).toBe("plain");
    expect(sessionCookieValue(store({ "__Secure-next-auth.session-token": "secure" }))).toBe("secure");
    expect(sessionCookieValue(store({ "next-auth.session-token.1": "b", "next-auth.session-token.10": "c", "next-auth.session-token.0": "a" }))).toBe("abc");
    expect(sessionCookieValue(store({ other: "x" }))).toBeUndefined();
  });
});
