import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { solidImage } from "@/lib/testing/evidence-files";
import { ojkViolationLetter } from "./ojk";
import { OJK_VIOLATION_FIELDS, type ComplaintFields } from "./ojk";
import { renderLetterPdf } from "./pdf";
import { pdfDrawnGlyphs, pdfDrawnText, pdfText } from "@/lib/testing/pdf-text";

describe("renderLetterPdf", () => {
  const fields = Object.fromEntries(OJK_VIOLATION_FIELDS.map((f) => [f, ""])) as ComplaintFields;
  Object.assign(fields, {
    firm: "DanaKilat",
    complainantName: "Romel Tea",
    address: "Jl. Merdeka 1, Bandung 40111",
    chronology: "1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS dari DanaKilat: “Pinjaman cair!”",
    demand: "Привет, Ελλάδα, Nguyễn — ditulis pengguna",
  });

  it("prints user text beyond Latin-1 with the embedded font, and appends each exhibit", async () => {
    const letter = ojkViolationLetter(fields, {
      now: DateTime.fromISO("2026-11-24T10:00", { zone: "Asia/Jakarta" }).toJSDate(),
      timeZone: "Asia/Jakarta",
      exhibits: 2,
    });
    const jpeg = await solidImage(300, 600, "#123456").jpeg().toBuffer();
    const webp = await solidImage(300, 600, "#654321").webp().toBuffer();
    const pdf = await renderLetterPdf(letter, [
      { heading: "Lampiran 1: SMS hari Minggu", lines: ["SHA-256: abc"], contentType: "image/jpeg", bytes: jpeg },
      { heading: "Lampiran 2: Balasan CS", lines: ["SHA-256: def"], contentType: "image/webp", bytes: webp },
    ]);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(3);
    expect(text).toContain("Bandung, 24 November 2026");
    expect(text).toContain("Romel Tea");
    expect(text).toContain("Minggu, 22 November 2026 pukul 19.45 WIB");
    expect(text).toContain("Привет, Ελλάδα, Nguyễn — ditulis pengguna");
    expect(text).toContain("Lampiran 1: SMS hari Minggu");
    expect(text).toContain("Lampiran 2: Balasan CS");
    expect(text).toContain("Kepada Yth.");
  });

  it("draws Hebrew right to left with mirrored brackets, Arabic letters joined, and emoji from an emoji font", async () => {
    const demand = "שלום עולם (דוד)\nمرحبا بكم\nTerima kasih 🙏👍🏽 ❤️";
    const letter = ojkViolationLetter({ ...fields, demand }, { now: new Date(), timeZone: "Asia/Jakarta", exhibits: 0 });
    const drawn = await pdfDrawnText(await renderLetterPdf(letter, []));
    // Left to right on the page: the line reads "שלום עולם (דוד)" from the right.
    expect(drawn).toContain("(דוד) םלוע םולש");
    const arabic = drawn.find((text) => text.includes("مكب"));
    expect(arabic).toBe("مكب ابحرم");
    // The skin tone joins the thumb into one glyph, read back as the thumb.
    expect(drawn).toContain("🙏👍");
    const glyphs = await pdfDrawnGlyphs(await renderLetterPdf(letter, []));
    // No character fell back to the empty box (glyph 0).
    expect(glyphs.flat().filter((glyph) => glyph.code === 0)).toEqual([]);
    const run = glyphs.find((g) => g.map((glyph) => glyph.unicode).join("") === "مكب ابحرم")!;
    // Joined: the meem at the end of بكم is its final form, not the glyph of a meem standing alone.
    expect(run[0]!.code).not.toBe(run.at(-1)!.code);
  });

  it("draws Chinese from Noto Sans SC, next to emoji and Latin text", async () => {
    const demand = "SMS: 恭喜您获得贷款资格，点击链接领取 🎰 — Rp 5.000.000";
    const letter = ojkViolationLetter({ ...fields, demand }, { now: new Date(), timeZone: "Asia/Jakarta", exhibits: 0 });
    const pdf = await renderLetterPdf(letter, []);
    // Each slice is a font of its own, so the sentence is drawn in several runs, in order.
    expect((await pdfDrawnText(pdf)).join("")).toContain("SMS: 恭喜您获得贷款资格，点击链接领取 🎰 — Rp 5.000.000");
    const glyphs = (await pdfDrawnGlyphs(pdf)).flat();
    expect(glyphs.filter((glyph) => glyph.code === 0)).toEqual([]);
    expect(glyphs.some((glyph) => glyph.unicode === "🎰")).toBe(true);
  });

  it("copies every page of a PDF exhibit", async () => {
    const letter = ojkViolationLetter(fields, { now: new Date(), timeZone: "Asia/Jakarta", exhibits: 1 });
    const one = await renderLetterPdf(letter, []);
    const withPdf = await renderLetterPdf(letter, [{ heading: "Lampiran 1: Email", lines: [], contentType: "application/pdf", bytes: one }]);
    expect((await pdfText(withPdf)).pages).toBe(2 * (await pdfText(one)).pages + 1);
  });
});
