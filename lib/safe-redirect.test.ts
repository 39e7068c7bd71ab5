import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/cases/abc", "/cases/abc"],
    ["https://evil.example/", "/cases"],
    ["//evil.example/", "/cases"],
    ["/\\evil.example", "/cases"],
    [undefined, "/cases"],
    [["/a", "/b"], "/cases"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
