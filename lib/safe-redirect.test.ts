import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/cases/abc", "/cases/abc"],
    ["/cases/abc?tab=1#top", "/cases/abc?tab=1#top"],
    ["/senders/search?q=0812%203456", "/senders/search?q=0812%203456"],
    ["https://evil.example/", "/cases"],
    ["//evil.example/", "/cases"],
    ["/\\evil.example", "/cases"],
    ["\\/evil.example", "/cases"],
    // Browsers drop tabs and newlines: "/\t/evil.example" is "//evil.example" to them.
    ["/\t/evil.example", "/cases"],
    ["/\n/evil.example", "/cases"],
    ["/\r\n/evil.example", "/cases"],
    [" //evil.example", "/cases"],
    ["/\u0000/evil.example", "/cases"],
    ["/\u3000/evil.example", "/%E3%80%80/evil.example"],
    ["/senders/search?q=0812 3456", "/senders/search?q=0812%203456"],
    ["\u3000//evil.example", "/cases"],
    ["javascript:alert(1)", "/cases"],
    ["cases", "/cases"],
    ["?x=1", "/cases"],
    ["http://spamtrail.invalid@evil.example/", "/cases"],
    ["", "/cases"],
    [undefined, "/cases"],
    [["/a", "/b"], "/cases"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it("keeps an absolute URL on the app's own origin as a path, and no other origin", () => {
    expect(safeCallbackPath("http://localhost:3000/cases/1?a=b", "/cases", "http://localhost:3000")).toBe("/cases/1?a=b");
    expect(safeCallbackPath("http://localhost:3001/cases/1", "/cases", "http://localhost:3000")).toBe("/cases");
    expect(safeCallbackPath("https://localhost:3000/cases/1", "/cases", "http://localhost:3000")).toBe("/cases");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  it.each([
    ["/cases/abc", "http://localhost:3000/cases/abc"],
    ["http://localhost:3000/profile", "http://localhost:3000/profile"],
    ["https://evil.example/", "http://localhost:3000/cases"],
    ["http://localhost:3000/\t/evil.example", "http://localhost:3000/cases"],
    ["/\t/evil.example", "http://localhost:3000/cases"],
  ])("%j → %s", (input, expected) => {
    expect(safeRedirectUrl(input, "http://localhost:3000")).toBe(expected);
  });
});
