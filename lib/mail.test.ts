import { describe, expect, it, vi } from "vitest";
import { requestPasswordReset, resetPassword } from "./users";
import { createTestUser } from "@/lib/testing/factories";
import { tokenOf } from "@/lib/testing/smtp";

describe("mail without SMTP_URL", () => {
  it("prints the mail with its one-time link in the server log, and the link works", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const user = await createTestUser();
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    await requestPasswordReset(user.email);
    const printed = log.mock.calls.map((call) => call.join(" ")).join("\n");
    log.mockRestore();
    expect(printed).toContain(`To: ${user.email}`);
    const link = /http:\/\/localhost:3000\/reset\/new\?token=[A-Za-z0-9_-]+/.exec(printed)?.[0];
    expect(link).toBeDefined();
    expect(await resetPassword(tokenOf(link!), "a fresh passphrase")).toEqual({ ok: true, email: user.email });
  });
});
