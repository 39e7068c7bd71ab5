import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { failedWith } from "./action-result";
import { fail, FAILURE_CODES } from "./failure";
import { failureResponse } from "./http/responses";

describe("failures, mapped in one place", () => {
  it("to HTTP statuses: another user's thing answers like a missing one", async () => {
    const statuses = Object.fromEntries(FAILURE_CODES.map((code) => [code, failureResponse(fail(code)).status]));
    expect(statuses).toEqual({ notFound: 404, notYours: 404, invalid: 422, conflict: 409, tooMany: 429 });
    const answer = failureResponse(fail("tooMany", "rateLimited"), { "Retry-After": "60" });
    expect(await answer.json()).toEqual({ error: "rateLimited" });
    expect(answer.headers.get("retry-after")).toBe("60");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("to form messages: the failure's own message, on its field when it names one, else the code's", () => {
    expect(failedWith(fail("notYours"))).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect(failedWith(fail("tooMany", "tooManyReports"))).toEqual({ ok: false, fieldErrors: {}, formError: "tooManyReports" });
    expect(failedWith(fail("invalid", "sameSender", "sameAs"))).toEqual({ ok: false, fieldErrors: { sameAs: "sameSender" } });
    // Every code's own message exists in both languages.
    for (const code of FAILURE_CODES) {
      const { formError } = failedWith(fail(code)) as { formError: string };
      expect(en.errors).toHaveProperty(formError);
      expect(id.errors).toHaveProperty(formError);
    }
  });
});
