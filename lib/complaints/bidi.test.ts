import { describe, expect, it } from "vitest";
import { visualOrder } from "./bidi";

describe("visualOrder", () => {
  it("leaves left-to-right text alone", () => {
    expect(visualOrder("Pinjaman cair (10 juta)")).toBe("Pinjaman cair (10 juta)");
  });
  it("reverses a Hebrew line and mirrors its brackets, keeping numbers left to right", () => {
    expect(visualOrder("שלום (123)")).toBe("(123) םולש");
  });
  it("puts a Hebrew word inside a Latin sentence in reading order", () => {
    expect(visualOrder("Nama: דוד כהן, Bandung")).toBe("Nama: ןהכ דוד, Bandung");
  });
});
