import { describe, expect, it } from "vitest";
import { contentDisposition, downloadHeaders, notFoundResponse, safeFileName } from "./responses";

describe("download helpers", () => {
  it("name a file in ASCII for old clients and exactly (RFC 5987) for the others", () => {
    expect(contentDisposition("attachment", "chat-2.png")).toBe(`attachment; filename="chat-2.png"; filename*=UTF-8''chat-2.png`);
    expect(contentDisposition("inline", `bukti "ü" (1)'s.pdf`)).toBe(
      `inline; filename="bukti ___ (1)'s.pdf"; filename*=UTF-8''bukti%20%22%C3%BC%22%20%281%29%27s.pdf`,
    );
  });

  it("keep downloads private and typed as sent", () => {
    expect(downloadHeaders("text/calendar; charset=utf-8", "a.ics")).toEqual({
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="a.ics"; filename*=UTF-8''a.ics`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("clean a sender's display into a file name", () => {
    expect(safeFileName("+62 812-3456 (PT Ü)")).toBe("-62-812-3456-PT-");
    expect(safeFileName("x".repeat(100), 40)).toHaveLength(40);
  });

  it("answer 404 the same way everywhere", async () => {
    const answer = notFoundResponse();
    expect(answer.status).toBe(404);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.text()).toBe("Not found");
  });
});
