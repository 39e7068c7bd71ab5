import { describe, expect, it } from "vitest";
import { workerCount } from "./cluster.mjs";

describe("WEB_CONCURRENCY", () => {
  it("runs one worker per core unless set", () => {
    expect(workerCount(undefined, 8)).toBe(8);
    expect(workerCount("", 8)).toBe(8);
  });

  it("takes a positive whole number of workers", () => {
    expect(workerCount("1", 8)).toBe(1);
    expect(workerCount("3", 8)).toBe(3);
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["0", "-2", "1.5", "two", "2x"]) expect(() => workerCount(value, 8), value).toThrow(/WEB_CONCURRENCY must be a positive integer/);
  });
});
