import { describe, expect, it } from "vitest";
import { toCsv } from "./export";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, writes dates as ISO and lists joined", () => {
    const csv = toCsv(
      [{ id: "a", text: 'Cair, "cepat"\nklik', at: new Date("2026-11-22T12:45:00Z"), rules: ["R1", "R2"], n: null }],
      ["id", "text", "at", "rules", "n"],
    );
    expect(csv).toBe('id,text,at,rules,n\r\na,"Cair, ""cepat""\nklik",2026-11-22T12:45:00.000Z,R1 R2,\r\n');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(toCsv([{ text: '=HYPERLINK("x")' }, { text: "-5" }, { text: "+62 812" }], ["text"])).toBe('text\r\n"\'=HYPERLINK(""x"")"\r\n\'-5\r\n\'+62 812\r\n');
  });
});
