import { describe, expect, it } from "vitest";
import { parseSender } from "../sender-identity";
import { parseStamp, resolveStamp } from "./date-text";
import { findAmounts, findLinks, MAX_FACTS, readNumber } from "./facts";
import { SCAN_LIMIT, suggestFromMessage, type SuggestContext } from "./suggest";

// Wednesday 2 December 2026, 11:00 in Jakarta (04:00 UTC).
const NOW = new Date("2026-12-02T04:00:00Z");
const ID: SuggestContext = { country: "ID", timeZone: "Asia/Jakarta", now: NOW };
const US: SuggestContext = { country: "US", timeZone: "America/New_York", now: NOW };
const suggest = (text: string, ctx = ID) => suggestFromMessage(text, ctx);
const timeOf = (text: string, ctx = ID) => suggest(text, ctx).time?.local ?? null;

describe("sender: labelled headers", () => {
  it.each([
    ["From: BRI-INFO\nRekening Anda diblokir", "BRI-INFO", "id:bri-info"],
    ["Dari: +62 812-3456-7890\nPinjaman cair", "+62 812-3456-7890", "+6281234567890"],
    ["Pengirim: 0812 3456 7890\nPinjaman cair", "0812 3456 7890", "+6281234567890"],
    ["Sender: 6281234567890\nLoan approved", "6281234567890", "+6281234567890"],
    ["pesan dari 08123456789\nSelamat!", "08123456789", "+628123456789"],
    ["Dari: 99899\nKetik UNREG", "99899", "sc:ID:99899"],
    ["Dari: 1500-888\nInfo tagihan", "1500-888", "+621500888"],
    ["Dari: Kredit Pintar (+62 812-3456-7890)\nTagihan", "+62 812-3456-7890", "+6281234567890"],
  ])("%j → %s", (text, value, key) => {
    const [first] = suggest(text).senders;
    expect(first).toMatchObject({ value, key, confidence: "high", reason: "labelled" });
  });

  it("suggests only what the sender field accepts (parseSender agrees on the key)", () => {
    for (const text of ["From: BRI-INFO\nx", "Dari: +62 812-3456-7890\nx", "[15/03/24 21.30] Kredit Pintar: x", "Hubungi 0812-3456-7890"]) {
      for (const sender of suggest(text).senders) {
        const parsed = parseSender(sender.value, "ID");
        expect(parsed.ok && parsed.identity.key).toBe(sender.key);
      }
    }
  });

  it("reads 'Pesan dari <number>: <text>' on one line, and keeps the text as the body", () => {
    const result = suggest("Pesan dari 08123456789: Selamat! Anda menang 5 juta.");
    expect(result.senders[0]).toMatchObject({ key: "+628123456789", reason: "labelled" });
    expect(result.body).toBe("Selamat! Anda menang 5 juta.");
    expect(result.header).toEqual(["Pesan dari 08123456789:"]);
  });

  it("takes a number alone on the first line as a header, with less confidence than a label", () => {
    const result = suggest("+62 812-3456-7890\nDana cair hari ini");
    expect(result.senders[0]).toMatchObject({ key: "+6281234567890", confidence: "medium", reason: "header" });
    expect(result.body).toBe("Dana cair hari ini");
  });

  it("does not take a lone sender ID on the first line (it may be the message's first word)", () => {
    const result = suggest("PROMO\nDiskon 50% hari ini");
    expect(result.senders).toEqual([]);
    expect(result.body).toBeNull();
  });

  it("refuses a labelled value the sender field would refuse", () => {
    expect(suggest("From: 😀😀😀\nhello").senders).toEqual([]);
  });
});

describe("sender: numbers inside the message", () => {
  it("prefers the labelled sender and lists the callback number after it", () => {
    const result = suggest("From: BRI-INFO\nRekening diblokir, hubungi 0812-3456-7890 atau +62 811 222 333");
    expect(result.senders.map((s) => [s.key, s.reason, s.confidence])).toEqual([
      ["id:bri-info", "labelled", "high"],
      ["+6281234567890", "body", "low"],
      ["+62811222333", "body", "low"],
    ]);
  });

  it("lists a callback number when nothing better is there, marked as such", () => {
    expect(suggest("Dana cair 5 menit, WA 0812-3456-7890").senders).toEqual([
      expect.objectContaining({ value: "0812-3456-7890", display: "+62 812 3456 7890", kind: "phone", confidence: "low", reason: "body" }),
    ]);
  });

  it("lists one suggestion for a number written twice in two formats", () => {
    const result = suggest("Dari: 0812-3456-7890\nBalas ke +62 812 3456 7890 atau wa.me/6281234567890");
    expect(result.senders.map((s) => s.key)).toEqual(["+6281234567890"]);
  });

  it("finds short codes only where the message names them as a number to reach", () => {
    expect(suggest("Ketik REG kirim ke 99899.").senders.map((s) => s.key)).toEqual(["sc:ID:99899"]);
    expect(suggest("Diskon 50% untuk 1000 pelanggan pertama").senders).toEqual([]);
  });

  it("finds Indonesian call-centre numbers (1500-xxx)", () => {
    expect(suggest("Info hubungi 1500-888").senders[0]).toMatchObject({ value: "1500-888", reason: "body" });
  });

  it("reads numbers in the user's country's format", () => {
    expect(suggest("Call (415) 555-2671 now", US).senders[0]).toMatchObject({ key: "+14155552671" });
  });

  it("has no sender in a text without one", () => {
    expect(suggest("Halo kak, apa kabar? Kode OTP 123456 jangan dibagikan.").senders).toEqual([]);
  });
});

describe("sender and time from a WhatsApp line", () => {
  it("reads the iOS export style [date time] Name: text", () => {
    const result = suggest("[15/03/24 21.30] Kredit Pintar: Tagihan Anda IDR 2,5 jt\nBayar hari ini");
    expect(result.senders[0]).toMatchObject({ value: "Kredit Pintar", reason: "whatsapp", confidence: "high" });
    expect(result.time).toMatchObject({ local: "2024-03-15T21:30", reason: "whatsapp" });
    expect(result.body).toBe("Tagihan Anda IDR 2,5 jt\nBayar hari ini");
  });

  it("reads the Android style, drops the same author's prefixes on later lines, and takes the first time", () => {
    const result = suggest("15/03/24 21.30 - Kredit Pintar: baris satu\n15/03/24 21.31 - Kredit Pintar: baris dua");
    expect(result.time?.local).toBe("2024-03-15T21:30");
    expect(result.body).toBe("baris satu\nbaris dua");
  });

  it("reads seconds and AM/PM, month first in the USA", () => {
    const result = suggest("[3/15/24, 9:30:05 PM] Bob: hi", US);
    // The stamp is wall-clock time where the phone is: the user's zone.
    expect(result.time?.local).toBe("2024-03-15T21:30");
  });

  it("strips direction marks and no-break spaces around names and times", () => {
    const result = suggest("\u200E[15/03/24\u00A021.30] \u200FKredit\u00A0Pintar: \u200Ehalo");
    expect(result.senders[0]).toMatchObject({ value: "Kredit Pintar" });
    expect(result.time?.local).toBe("2024-03-15T21:30");
    expect(result.body).toBe("halo");
  });
});

describe("time stamps", () => {
  it.each([
    ["15 Mar 2024 21.30", "2024-03-15T21:30"],
    ["Date: 15 Mar 2024 21.30", "2024-03-15T21:30"],
    ["Tanggal: 15/03/2024 21:30", "2024-03-15T21:30"],
    ["2024-03-15 21:30", "2024-03-15T21:30"],
    ["2024-03-15T21:30", "2024-03-15T21:30"],
    ["15.03.2024 21.30", "2024-03-15T21:30"],
    ["Minggu, 3 Maret 2024 pukul 08.05", "2024-03-03T08:05"],
    ["3 Mar 2024, 20:05", "2024-03-03T20:05"],
    ["March 3, 2024 at 8:05 AM", "2024-03-03T08:05"],
    ["Sunday, March 3, 2024 at 8:05 PM", "2024-03-03T20:05"],
    ["3 Agu 2025 07.15", "2025-08-03T07:15"],
    ["3 Agt 2025 07.15", "2025-08-03T07:15"],
    ["17 Agustus 2025 10.00", "2025-08-17T10:00"],
    ["1 Januari 2025 00.01", "2025-01-01T00:01"],
    ["5 Okt 2025 9.05", "2025-10-05T09:05"],
    ["24 Des 2025 12:00 AM", "2025-12-24T00:00"],
    ["24 Des 2025 12:00 PM", "2025-12-24T12:00"],
    ["10 Mei 2025 8.30 malam", "2025-05-10T20:30"],
    ["Kemarin 21.30", "2026-12-01T21:30"],
    ["Kemarin pukul 21.30", "2026-12-01T21:30"],
    ["Yesterday 9:30 PM", "2026-12-01T21:30"],
    ["Yesterday at 9:30 pm", "2026-12-01T21:30"],
    ["Hari ini 08.05", "2026-12-02T08:05"],
    ["Today, 8:05 AM", "2026-12-02T08:05"],
    ["Sen 21.30", "2026-11-30T21:30"],
    ["Rabu 10.00", "2026-12-02T10:00"],
    ["08.05", "2026-12-02T08:05"],
  ])("%s → %s", (stamp, local) => {
    expect(timeOf(`${stamp}\nIsi pesan`)).toBe(local);
  });

  it("takes the latest past year for a date without one", () => {
    expect(timeOf("15 Mar 21:30\nx")).toBe("2026-03-15T21:30");
    expect(timeOf("24 Des 10.00\nx")).toBe("2025-12-24T10:00");
  });

  it("takes the year whose weekday matches (Sen, 15 Mar: a Monday in 2021)", () => {
    expect(timeOf("Sen, 15 Mar 21:30\nx")).toBe("2021-03-15T21:30");
  });

  it("takes the day before when a time alone would be in the future", () => {
    expect(timeOf("21.30\nx")).toBe("2026-12-01T21:30");
    expect(timeOf("Rabu 21.30\nx")).toBe("2026-11-25T21:30");
  });

  it("never offers a time in the future", () => {
    expect(timeOf("Today 23:59\nx")).toBeNull();
    expect(timeOf("Hari ini 11.01\nx")).toBeNull();
    expect(timeOf("Hari ini 11.00\nx")).toBe("2026-12-02T11:00");
    expect(timeOf("15 Mar 2027 10.00\nx")).toBeNull();
    expect(timeOf("[15/03/30 10.00] Kredit Pintar: x")).toBeNull();
  });

  it("refuses dates that do not exist, and times before 2000", () => {
    expect(timeOf("31 Feb 2024 10.00\nx")).toBeNull();
    expect(timeOf("30/02/2024 10:00\nx")).toBeNull();
    expect(timeOf("29 Feb 2024 10.00\nx")).toBe("2024-02-29T10:00");
    expect(timeOf("29 Feb 10.00\nx")).toBe("2024-02-29T10:00");
    expect(timeOf("25:10\nx")).toBeNull();
    expect(timeOf("10:75\nx")).toBeNull();
    expect(timeOf("13:00 PM\nx")).toBeNull();
    expect(timeOf("15/03/1999 10:00\nx")).toBeNull();
  });

  it("settles day/month by the country only when both could be the month", () => {
    expect(timeOf("03/04/2024 10:00\nx")).toBe("2024-04-03T10:00");
    expect(timeOf("03/04/2024 10:00\nx", US)).toBe("2024-03-04T10:00");
    expect(timeOf("03/15/2024 10:00\nx")).toBe("2024-03-15T10:00");
    expect(timeOf("15/03/2024 10:00\nx", US)).toBe("2024-03-15T10:00");
    expect(timeOf("15/13/2024 10:00\nx")).toBeNull();
  });

  it("converts a stamp in another Indonesian zone to the user's", () => {
    expect(timeOf("15 Mar 2024 21.30 WITA\nx")).toBe("2024-03-15T20:30");
    expect(timeOf("15 Mar 2024 21.30 WIB\nx", { ...ID, timeZone: "Asia/Jayapura" })).toBe("2024-03-15T23:30");
  });

  it("counts days in the user's zone (in New York it is still 1 December)", () => {
    expect(timeOf("Yesterday 9:30 PM\nhi", US)).toBe("2026-11-30T21:30");
    expect(timeOf("Today 9:30 PM\nhi", US)).toBe("2026-12-01T21:30");
  });

  it("refuses a time skipped by a daylight-saving jump", () => {
    const paris: SuggestContext = { country: "FR", timeZone: "Europe/Paris", now: NOW };
    expect(timeOf("31/03/2024 02:30\nx", paris)).toBeNull();
    expect(timeOf("31/03/2024 03:30\nx", paris)).toBe("2024-03-31T03:30");
  });

  it("combines a date divider line with a time line below it", () => {
    const result = suggest("Minggu, 3 Maret 2024\n08.05\nPromo spesial");
    expect(result.time?.local).toBe("2024-03-03T08:05");
    expect(result.body).toBe("Promo spesial");
  });

  it("reads a stamp on the last line (copied from under the bubble)", () => {
    const result = suggest("Dana tunai cair\nKemarin 21.30");
    expect(result.time?.local).toBe("2026-12-01T21:30");
    expect(result.body).toBe("Dana tunai cair");
  });

  it("ignores dates inside the message (a due date is not when it arrived)", () => {
    const result = suggest("Tagihan jatuh tempo 15 Mar 2024 21.30, segera bayar");
    expect(result.time).toBeNull();
    expect(result.body).toBeNull();
  });

  it("needs a time: a date alone is not offered", () => {
    expect(timeOf("Minggu, 3 Maret 2024\nPromo")).toBeNull();
  });
});

describe("parseStamp", () => {
  it("accepts only lines that are nothing but a stamp", () => {
    expect(parseStamp("Sen, 15 Mar 21:30", "ID")).toEqual({ weekday: 1, date: { day: 15, month: 3 }, time: { hour: 21, minute: 30 } });
    expect(parseStamp("Senin pagi saya telepon 21:30", "ID")).toBeNull();
    expect(parseStamp("2024", "ID")).toBeNull();
    expect(parseStamp("10", "ID")).toBeNull();
    expect(parseStamp("8 PM", "ID")).toEqual({ time: { hour: 20, minute: 0 } });
    expect(parseStamp("x".repeat(200), "ID")).toBeNull();
  });

  it("resolveStamp needs a time", () => {
    expect(resolveStamp({ date: { year: 2024, month: 3, day: 3 } }, "Asia/Jakarta", NOW)).toBeNull();
  });
});

describe("the message body without its header", () => {
  it("removes sender and date lines and keeps the message, blank lines inside it included", () => {
    const result = suggest("From: BRI-INFO\nDate: 15 Mar 2024 21.30\n\nNasabah Yth,\n\nrekening Anda diblokir.");
    expect(result.header).toEqual(["From: BRI-INFO", "Date: 15 Mar 2024 21.30"]);
    expect(result.body).toBe("Nasabah Yth,\n\nrekening Anda diblokir.");
  });

  it("handles Windows line ends", () => {
    expect(suggest("Dari: BCA\r\nPromo\r\nhari ini").body).toBe("Promo\nhari ini");
  });

  it("offers no body when there was no header, or when nothing but the header is there", () => {
    expect(suggest("Halo kak, pinjaman cair").body).toBeNull();
    expect(suggest("From: BRI-INFO").body).toBeNull();
    expect(suggest("From: BRI-INFO").senders[0]).toMatchObject({ key: "id:bri-info" });
  });

  it("keeps a text longer than the form allows whole, and still finds its header", () => {
    const long = `Dari: BRI-INFO\n${"Pesan panjang sekali. ".repeat(400)}`;
    const result = suggest(long);
    expect(result.senders[0]).toMatchObject({ key: "id:bri-info" });
    expect(result.body?.length).toBe(long.length - "Dari: BRI-INFO\n".length - 1);
  });

  it("searches only the first SCAN_LIMIT characters of a huge paste for links and numbers", () => {
    const filler = "a ".repeat(SCAN_LIMIT);
    const result = suggest(`bit.ly/awal ${filler} bit.ly/akhir 0812-3456-7890`);
    expect(result.links.map((l) => l.text)).toEqual(["bit.ly/awal"]);
    expect(result.senders).toEqual([]);
  });
});

describe("links", () => {
  it("finds links with and without a scheme, in order, trimmed of punctuation", () => {
    expect(
      findLinks("Klik bit.ly/xyz, atau s.id/abc. Info: https://example.com/a?b=1). Chat wa.me/6281234567890! www.promo-kilat.net").map((l) => l.text),
    ).toEqual(["bit.ly/xyz", "s.id/abc", "https://example.com/a?b=1", "wa.me/6281234567890", "www.promo-kilat.net"]);
  });

  it("gives each link's host and lists a link once", () => {
    expect(findLinks("bit.ly/XYZ dan bit.ly/XYZ dan http://Pinjol.co.id/daftar")).toEqual([
      { text: "bit.ly/XYZ", host: "bit.ly" },
      { text: "http://Pinjol.co.id/daftar", host: "pinjol.co.id" },
    ]);
  });

  it("does not read amounts, times, abbreviations or email addresses as links", () => {
    expect(findLinks("Rp5.000.000 pukul 21.30, Sen.15, dll. a.m. cs@bank.co.id file.txt")).toEqual([]);
  });

  it("lists at most MAX_FACTS", () => {
    expect(findLinks(Array.from({ length: 30 }, (_, i) => `s.id/x${i}`).join(" "))).toHaveLength(MAX_FACTS);
  });
});

describe("amounts", () => {
  it.each([
    ["Rp 5.000.000", "IDR", 5_000_000],
    ["Rp5.000.000,00", "IDR", 5_000_000],
    ["Rp5jt", "IDR", 5_000_000],
    ["Rp 500rb", "IDR", 500_000],
    ["Rp. 750.000", "IDR", 750_000],
    ["5 juta", "IDR", 5_000_000],
    ["500 ribu", "IDR", 500_000],
    ["IDR 2,5 jt", "IDR", 2_500_000],
    ["IDR 2.500.000", "IDR", 2_500_000],
    ["1,5 miliar rupiah", "IDR", 1_500_000_000],
    ["$500", "USD", 500],
    ["US$1,200.50", "USD", 1200.5],
    ["USD 99", "USD", 99],
    ["€20", "EUR", 20],
    ["20 €", "EUR", 20],
    ["€1.200,50", "EUR", 1200.5],
    ["£10", "GBP", 10],
    ["£5k", "GBP", 5000],
  ])("%s", (text, currency, value) => {
    expect(findAmounts(`Dapatkan ${text} sekarang`)).toEqual([{ text, currency, value }]);
  });

  it("finds several amounts in order, each once", () => {
    expect(findAmounts("Pinjaman Rp5jt, cicilan Rp 500.000, bonus Rp5jt").map((a) => a.value)).toEqual([5_000_000, 500_000]);
  });

  it("does not read bare numbers, percentages or times as amounts", () => {
    expect(findAmounts("Diskon 50% untuk 1000 orang pukul 21.30, kode 123456")).toEqual([]);
  });

  it("reads decimal marks and thousands separators", () => {
    expect([readNumber("5.000.000"), readNumber("5,000,000"), readNumber("2,5"), readNumber("1.200,50"), readNumber("1,200.50"), readNumber("42")]).toEqual([
      5_000_000, 5_000_000, 2.5, 1200.5, 1200.5, 42,
    ]);
  });
});

describe("whole messages", () => {
  it("an Indonesian SMS with a header", () => {
    const result = suggest(
      "Dari: BRI-INFO\nSen, 16 Nov 2026 21.30\nNasabah Yth, rekening Anda diblokir. Aktifkan di bit.ly/bri-aktif atau hubungi 0812-3456-7890. Hadiah Rp 5.000.000!",
    );
    expect(result).toEqual({
      senders: [expect.objectContaining({ value: "BRI-INFO", reason: "labelled" }), expect.objectContaining({ value: "0812-3456-7890", reason: "body" })],
      time: { local: "2026-11-16T21:30", text: "Sen, 16 Nov 2026 21.30", confidence: "medium", reason: "header" },
      links: [{ text: "bit.ly/bri-aktif", host: "bit.ly" }],
      amounts: [{ text: "Rp 5.000.000", currency: "IDR", value: 5_000_000 }],
      body: "Nasabah Yth, rekening Anda diblokir. Aktifkan di bit.ly/bri-aktif atau hubungi 0812-3456-7890. Hadiah Rp 5.000.000!",
      header: ["Dari: BRI-INFO", "Sen, 16 Nov 2026 21.30"],
    });
  });

  it("an English SMS with a header", () => {
    const result = suggest("From: +44 7400 123456\nYesterday 9:30 PM\nYour parcel is held. Pay £1.99 at royalmail-fee.top/pay", {
      country: "GB",
      timeZone: "Europe/London",
      now: NOW,
    });
    expect(result.senders[0]).toMatchObject({ key: "+447400123456", reason: "labelled" });
    expect(result.time?.local).toBe("2026-12-01T21:30");
    expect(result.links).toEqual([{ text: "royalmail-fee.top/pay", host: "royalmail-fee.top" }]);
    expect(result.amounts).toEqual([{ text: "£1.99", currency: "GBP", value: 1.99 }]);
    expect(result.body).toBe("Your parcel is held. Pay £1.99 at royalmail-fee.top/pay");
  });

  it("nothing recognisable: nothing suggested", () => {
    expect(suggest("Halo kak, apa kabar? Besok jadi ketemu?")).toEqual({ senders: [], time: null, links: [], amounts: [], body: null, header: [] });
    expect(suggest("")).toEqual({ senders: [], time: null, links: [], amounts: [], body: null, header: [] });
  });
});

describe("numbers in brackets", () => {
  it("keeps an area code's brackets and drops a bracket around the whole number", () => {
    expect(suggest("Hubungi kami (0812-3456-7890) sekarang").senders[0]).toMatchObject({ value: "0812-3456-7890" });
    expect(suggest("Kantor (021) 5098 7654").senders[0]).toMatchObject({ value: "(021) 5098 7654", key: "+622150987654" });
  });
});

describe("odd input", () => {
  it("reads iOS's narrow no-break space before PM and a no-break space in a number", () => {
    expect(timeOf("Yesterday 9:30\u202FPM\nhi")).toBe("2026-12-01T21:30");
    expect(suggest("Dari: 0812\u00A03456\u00A07890\nhalo").senders[0]).toMatchObject({ value: "0812 3456 7890", key: "+6281234567890" });
  });

  it("gets through long runs of spaces, digits and dots (no runaway pattern)", () => {
    const hostile = `From: ${" ".repeat(50_000)}x\nDate: ${"1.".repeat(50_000)}\n${"9".repeat(50_000)} ${"a.".repeat(50_000)} Rp${"1.000".repeat(10_000)}`;
    const result = suggest(hostile);
    expect(result.time).toBeNull();
    expect(result.senders.every((s) => parseSender(s.value, "ID").ok)).toBe(true);
  });
});
