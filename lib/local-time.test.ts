import { describe, expect, it } from "vitest";
import { instantToLocal, isInFuture, isValidTimeZone, localToInstant } from "./local-time";

describe("localToInstant", () => {
  it.each([
    ["2026-11-22T08:30", "Asia/Jakarta", "2026-11-22T01:30:00.000Z"], // WIB, UTC+7
    ["2026-11-22T08:30", "Asia/Makassar", "2026-11-22T00:30:00.000Z"], // WITA, UTC+8
    ["2026-11-22T08:30", "Asia/Jayapura", "2026-11-21T23:30:00.000Z"], // WIT, UTC+9
    ["2026-07-01T12:00", "Europe/Paris", "2026-07-01T10:00:00.000Z"], // CEST
    ["2026-01-01T12:00", "Europe/Paris", "2026-01-01T11:00:00.000Z"], // CET
  ])("%s in %s is %s", (local, zone, iso) => {
    expect(localToInstant(local, zone)?.toISOString()).toBe(iso);
  });

  it.each(["2026-02-30T10:00", "2026-11-22", "22/11/2026 10:00", "2026-11-22T25:00", ""])("refuses %j", (local) => {
    expect(localToInstant(local, "Asia/Jakarta")).toBeNull();
  });

  it("refuses a wall-clock time that a DST jump skips", () => {
    expect(localToInstant("2026-03-29T02:30", "Europe/Paris")).toBeNull();
  });

  it("round-trips through instantToLocal", () => {
    const instant = localToInstant("2026-11-22T23:59", "Asia/Jayapura");
    expect(instant && instantToLocal(instant, "Asia/Jayapura")).toBe("2026-11-22T23:59");
    expect(instant && instantToLocal(instant, "Asia/Jakarta")).toBe("2026-11-22T21:59");
  });
});

describe("isInFuture", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  it("allows a clock a few minutes ahead, refuses more", () => {
    expect(isInFuture(new Date("2026-11-22T10:04:00Z"), now)).toBe(false);
    expect(isInFuture(new Date("2026-11-22T10:06:00Z"), now)).toBe(true);
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA zones only", () => {
    expect(isValidTimeZone("Asia/Jakarta")).toBe(true);
    expect(isValidTimeZone("WIB")).toBe(false);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
