import { describe, expect, it } from "vitest";
import { readScreenshot, toLocalDateTime, type OcrLine, type OcrPage } from "./screenshot-text";

// A 390 × 844 phone screen captured at 2×, as tesseract.js gives it back: lines with their boxes,
// icons read as stray characters. The texts below are what it read from e2e/ocr/mockups.ts.
const W = 780;
const H = 1688;
const ZONE = "Asia/Jakarta";
// Friday 20 March 2026, 23:00 in Jakarta.
const NOW = new Date("2026-03-20T16:00:00Z");

function line(text: string, x0: number, y0: number, x1 = x0 + text.length * 15, y1 = y0 + 32): OcrLine {
  return { text, bbox: { x0, y0, x1, y1 }, confidence: 90 };
}
function page(lines: OcrLine[]): OcrPage {
  return { width: W, height: H, lines };
}

describe("reading a chat screenshot's layout", () => {
  it("iOS Messages: the name under the avatar, the separator's day and clock, the grey bubble", () => {
    const reading = readScreenshot(
      page([
        line("23.00 —ml 187%", 30, 18, 750, 44),
        line("C4", 360, 90, 420, 130),
        line("BCA-Info »", 330, 180, 450, 204),
        line("Pesan Teks", 330, 1010, 450, 1034),
        line("Hari ini 11.52", 310, 1040, 470, 1064),
        line("JANGAN BERIKAN kode ini", 52, 1100, 520),
        line("kepada siapa pun termasuk", 52, 1142, 540),
        line("petugas. Kode OTP Anda", 52, 1184, 510),
        line("482913 untuk transaksi Rp", 52, 1226, 530),
        line("2.500.000.", 52, 1268, 230),
        line("+ ( Pesan Teks", 30, 1590, 400),
      ]),
      ZONE,
      NOW,
    );
    expect(reading.sender).toBe("BCA-Info");
    expect(reading.message).toBe("JANGAN BERIKAN kode ini kepada siapa pun termasuk petugas. Kode OTP Anda 482913 untuk transaksi Rp 2.500.000.");
    expect(reading.time).toEqual({ date: "2026-03-20", clock: "11:52", label: "Hari ini 11.52" });
    expect(reading.text.split("\n")).toHaveLength(11);
  });

  it("WhatsApp: a number as the title with 'online' under it, the time inside the bubble, the user's reply left out", () => {
    const reading = readScreenshot(
      page([
        line("23.00 =m 1 87%", 30, 18, 750, 44),
        line("_ +62 878-2222-3333 .", 60, 76, 500),
        line("online :", 160, 116, 260, 140),
        line("Pesan dan panggilan terenkripsi secara end-to-end.", 80, 900, 700, 924),
        line("Kemarin", 340, 960, 440, 984),
        line("JANGAN BERIKAN kode ini kepada", 40, 1030, 600),
        line("siapa pun termasuk petugas. Kode", 40, 1072, 610),
        line("OTP Anda 482913 untuk transaksi Rp", 40, 1114, 640),
        line("2.500.000. 20.12", 40, 1156, 640),
        line("Ini siapa ya? 20.12 vv", 420, 1240, 760),
        line("© Ketik pesan (0)", 30, 1570, 640),
      ]),
      ZONE,
      NOW,
    );
    expect(reading.sender).toBe("+62 878-2222-3333");
    expect(reading.message).toBe("JANGAN BERIKAN kode ini kepada siapa pun termasuk petugas. Kode OTP Anda 482913 untuk transaksi Rp 2.500.000.");
    expect(reading.time).toMatchObject({ date: "2026-03-19", clock: "20:12" });
  });

  it("Google Messages: the avatar's initial beside the last line and the reply chips are not the message", () => {
    const last = line("0 YA atau klik danakilat.id/daftar", 28, 1250, 640);
    last.words = [
      { text: "0", bbox: { x0: 28, y0: 1250, x1: 60, y1: 1282 } },
      ...["YA", "atau", "klik", "danakilat.id/daftar"].map((text, i) => ({ text, bbox: { x0: 130 + i * 90, y0: 1250, x1: 200 + i * 90, y1: 1282 } })),
    ];
    const reading = readScreenshot(
      page([
        line("23.00 —mll 1 87%", 30, 18, 750, 44),
        line("~ (©) 0813-9876-5432 :", 20, 84, 700),
        line("Pesan teks - Kemarin - 17.25", 220, 1080, 560, 1104),
        line("Butuh dana cepat? Pinjaman", 130, 1124, 560),
        line("tanpa jaminan s/d Rp 20 juta, cair", 130, 1166, 620),
        line("10 menit tanpa BI checking. Balas", 130, 1208, 630),
        last,
        line("OK", 480, 1440, 520),
        line("Thanks", 580, 1440, 690),
        line("@ Pesan teks", 30, 1570, 400),
      ]),
      ZONE,
      NOW,
    );
    expect(reading.sender).toBe("0813-9876-5432");
    expect(reading.message).toBe(
      "Butuh dana cepat? Pinjaman tanpa jaminan s/d Rp 20 juta, cair 10 menit tanpa BI checking. Balas YA atau klik danakilat.id/daftar",
    );
    expect(reading.time).toMatchObject({ date: "2026-03-19", clock: "17:25" });
  });

  it("Android Messages: a sender ID, a separator with a weekday and date, the clock under the bubble", () => {
    const reading = readScreenshot(
      page([
        line("23.00 all 87%", 30, 18, 750, 44),
        line("← DanaKilat :", 30, 92, 740),
        line("Kamis, 19 Mar", 320, 860, 460, 884),
        line("Butuh dana cepat? Pinjaman tanpa", 56, 920, 580),
        line("jaminan s/d Rp 20 juta, cair 10", 56, 962, 560),
        line("menit tanpa BI checking.", 56, 1004, 440),
        line("08.15", 40, 1060, 100, 1084),
        line("@ Ketik pesan", 30, 1580, 400),
      ]),
      ZONE,
      NOW,
    );
    expect(reading.sender).toBe("DanaKilat");
    expect(reading.message).toBe("Butuh dana cepat? Pinjaman tanpa jaminan s/d Rp 20 juta, cair 10 menit tanpa BI checking.");
    expect(reading.time).toMatchObject({ date: "2026-03-19", clock: "08:15" });
  });

  it("an English layout with a 12-hour clock and a month-first date", () => {
    const reading = readScreenshot(
      page([
        line("11:00 4G 87%", 30, 18, 750, 44),
        line("< TOKOPEDIA >", 20, 180, 500, 204),
        line("Text Message", 330, 1010, 450, 1034),
        line("Mar 14, 2026 12:45 PM", 290, 1040, 490, 1064),
        line("Congratulations! Your number has won", 52, 1100, 600),
        line("+ Text Message", 30, 1590, 400),
      ]),
      ZONE,
      NOW,
    );
    expect(reading.sender).toBe("TOKOPEDIA");
    expect(reading.time).toMatchObject({ date: "2026-03-14", clock: "12:45" });
  });

  it("finds nothing in a picture without a chat", () => {
    expect(readScreenshot(page([]), ZONE, NOW)).toEqual({ text: "", sender: null, time: null, message: null });
    const photo = readScreenshot(page([line("© ~ |", 300, 800, 360)]), ZONE, NOW);
    expect(photo.message).toBeNull();
    expect(photo.time).toBeNull();
  });
});

describe("dates and times read from the screen", () => {
  const at = (label: string) =>
    readScreenshot(page([line("Sender Name", 40, 90), line(label, 300, 900, 500, 924), line("Pinjaman cair cepat hari ini", 52, 960, 500)]), ZONE, NOW).time;

  it("reads Indonesian and English separators, resolving the relative ones against today", () => {
    expect(at("15 Maret 2024")).toMatchObject({ date: "2024-03-15", clock: null });
    expect(at("Sen, 16 Mar")).toMatchObject({ date: "2026-03-16" });
    expect(at("Kamis")).toMatchObject({ date: "2026-03-19" });
    expect(at("Jumat")).toMatchObject({ date: "2026-03-20" });
    expect(at("Yesterday 9:41 PM")).toMatchObject({ date: "2026-03-19", clock: "21:41" });
    expect(at("Today 12:05 AM")).toMatchObject({ date: "2026-03-20", clock: "00:05" });
    expect(at("21.30")).toMatchObject({ date: null, clock: "21:30" });
    expect(at("16/03/2026")).toMatchObject({ date: "2026-03-16" });
    // A day later in the year than today, without a year, was last year's.
    expect(at("24 Des")).toMatchObject({ date: "2025-12-24" });
  });

  it("makes a form value in the user's zone that is never in the future", () => {
    expect(toLocalDateTime({ date: "2026-03-15", clock: "07:58", label: "" }, ZONE, "", NOW)).toBe("2026-03-15T07:58");
    // Only a clock: today's, or yesterday's when today's has not come yet.
    expect(toLocalDateTime({ date: null, clock: "21:30", label: "" }, ZONE, "", NOW)).toBe("2026-03-20T21:30");
    expect(toLocalDateTime({ date: null, clock: "23:30", label: "" }, ZONE, "", NOW)).toBe("2026-03-19T23:30");
    // Only a date: the form's clock is kept.
    expect(toLocalDateTime({ date: "2026-03-16", clock: null, label: "" }, ZONE, "2026-03-20T09:10", NOW)).toBe("2026-03-16T09:10");
    // A date and clock still to come (a wrong reading) become now.
    expect(toLocalDateTime({ date: "2026-03-20", clock: "23:45", label: "" }, ZONE, "", NOW)).toBe("2026-03-20T23:00");
    // The same instant in another zone is another wall-clock time.
    expect(toLocalDateTime({ date: null, clock: "00:30", label: "" }, ZONE, "", NOW)).toBe("2026-03-20T00:30");
    expect(toLocalDateTime({ date: null, clock: "00:30", label: "" }, "Asia/Jayapura", "", NOW)).toBe("2026-03-21T00:30");
    expect(toLocalDateTime({ date: null, clock: null, label: "" }, ZONE, "", NOW)).toBeNull();
  });
});
