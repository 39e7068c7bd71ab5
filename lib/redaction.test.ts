import { describe, expect, it } from "vitest";
import { maskedPieces, redact, type RedactionContext } from "./redaction";

const context: RedactionContext = { names: ["Romel Tea"], ownNumbers: ["0812-5555-0000"], keepNumbers: ["+62 812 7000 1111"], country: "ID", extra: [] };
const masked = (text: string, overrides: Partial<RedactionContext> = {}) => redact(text, { ...context, ...overrides }).text;

describe("redact", () => {
  it.each([
    ["Indonesian mobile with dashes", "Hubungi 0812-3456-7890 sekarang", "Hubungi ⟦phone⟧ sekarang"],
    ["Indonesian mobile in international format", "WA ke +62 813 9876 5432 ya", "WA ke ⟦phone⟧ ya"],
    ["Indonesian mobile without plus", "atau 6281398765432.", "atau ⟦phone⟧."],
    ["Jakarta landline with area code in brackets", "Kantor: (021) 5550-1234", "Kantor: ⟦phone⟧"],
    ["UK mobile", "Call +44 7911 123456 today", "Call ⟦phone⟧ today"],
    ["US number", "Text HELP to +1 (415) 555-2671", "Text HELP to ⟦phone⟧"],
    ["French mobile", "Rappelez le 06 12 34 56 78", "Rappelez le ⟦phone⟧"],
    ["the reporter's own number written without separators", "Nomor saya 081255550000 terdaftar", "Nomor saya ⟦phone⟧ terdaftar"],
    ["an email", "Balas ke romel.tea@gmail.com atau cs@danakilat.id", "Balas ke ⟦email⟧ atau ⟦email⟧"],
    ["a 16-digit NIK", "NIK 3273012345678901 sudah terverifikasi", "NIK ⟦nik⟧ sudah terverifikasi"],
    ["a card number with spaces", "Kartu 4111 1111 1111 1111 aktif", "Kartu ⟦card⟧ aktif"],
    ["a card number with dashes", "card 5500-0000-0000-0004 blocked", "card ⟦card⟧ blocked"],
    ["a bank account number", "Transfer ke rek BCA 1234567890 a.n. PT Dana", "Transfer ke rek BCA ⟦account⟧ a.n. PT Dana"],
    ["an OTP after its name", "Kode OTP Anda 482913. JANGAN BERIKAN", "Kode OTP Anda ⟦code⟧. JANGAN BERIKAN"],
    ["an OTP before its name", "482913 adalah kode verifikasi Anda", "⟦code⟧ adalah kode verifikasi Anda"],
    ["a code in English", "Your verification code is 7731", "Your verification code is ⟦code⟧"],
    ["the reporter's full name", "Halo Romel Tea, pinjaman Anda siap", "Halo ⟦name⟧, pinjaman Anda siap"],
    ["the reporter's first name alone, in any case", "Bapak ROMEL, selamat!", "Bapak ⟦name⟧, selamat!"],
  ])("masks %s", (_label, text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    ["an amount in rupiah", "Pinjaman cair Rp 50.000.000 tanpa jaminan"],
    ["an amount written with thousands", "Limit 10.000.000 langsung cair"],
    ["percentages and a date", "Bunga 0,5% per hari s/d 31/12/2026 pukul 19:45"],
    ["a short code", "Balas STOP ke 99899"],
    ["a link", "Klik https://bit.ly/danaKILAT-2026 sekarang"],
    ["the sender's own number", "Hubungi kami di 0812-7000-1111"],
    ["a word that merely contains the name", "Teacup dan Romelia bukan nama Anda"],
    ["plain text", "Promo bunga 0% hari ini saja!"],
  ])("leaves %s alone", (_label, text) => {
    expect(masked(text)).toBe(text);
  });

  it("masks what the reporter selected, everywhere it appears, and keeps the positions of every mask", () => {
    const result = redact("Pak Budi dari cabang Cimahi. Salam, cabang Cimahi", { ...context, extra: ["cabang Cimahi"] });
    expect(result.text).toBe("Pak Budi dari ⟦manual⟧. Salam, ⟦manual⟧");
    expect(result.masks.map((mask) => mask.kind)).toEqual(["manual", "manual"]);
    expect(result.masks[0]).toMatchObject({ start: 14, end: 27 });
  });

  it.each([
    ["a full-width mobile number", "Hubungi ０８１２-３４５６-７８９０ sekarang", "Hubungi ⟦phone⟧ sekarang"],
    ["a full-width NIK", "NIK ３２７３０１２３４５６７８９０１ ok", "NIK ⟦nik⟧ ok"],
    ["a number in Arabic-Indic digits", "WA ٠٨١٢٣٤٥٦٧٨٩٠ ya", "WA ⟦phone⟧ ya"],
    ["a number in mathematical bold digits", "WA 𝟎𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎 ya", "WA ⟦phone⟧ ya"],
    ["a number split by underscores", "hub 0812_3456_7890 kak", "hub ⟦phone⟧ kak"],
    ["a number split by bullets", "hub 0812•3456•7890 kak", "hub ⟦phone⟧ kak"],
    ["digits spaced one by one", "hub 0 8 1 2 3 4 5 6 7 8 9 0 kak", "hub ⟦phone⟧ kak"],
    ["an email with [at]", "kirim ke budi.s[at]mail.co.id segera", "kirim ke ⟦email⟧ segera"],
    ["an email with (at) and no domain ending", "kirim ke budi (at) mail ya", "kirim ke ⟦email⟧ ya"],
    ["an email with a spaced @", "kirim ke budi @ mail.co.id ya", "kirim ke ⟦email⟧ ya"],
    ["an email with at and dot as words", "kirim ke budi at mail dot co dot id ya", "kirim ke ⟦email⟧ ya"],
    ["an email with [at] and [dot]", "kirim ke budi{at}mail[dot]com ya", "kirim ke ⟦email⟧ ya"],
    ["a full-width email", "ｂｕｄｉ＠ｍａｉｌ．ｃｏｍ", "⟦email⟧"],
    ["the reporter's name in full-width letters", "Halo ＲＯＭＥＬ!", "Halo ⟦name⟧!"],
  ])("masks disguised data: %s", (_label, text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    ["a meeting place", "ketemu at home jam 7"],
    ["a handle with @", "follow @danakilat di IG"],
    ["full-width text without personal data", "ＰＲＯＭＯ　ｈａｒｉ ｉｎｉ"],
    ["an amount in full-width digits", "Pinjaman Rp ５０.０００.０００ cair"],
  ])("leaves disguised-looking text alone: %s", (_label, text) => {
    expect(masked(text)).toBe(text);
  });

  it("masks the original characters and shows the rest as written", () => {
    const result = redact("Ｈａｌｏ, WA ０８１２３４５６７８９０ ya", context);
    expect(result.text).toBe("Ｈａｌｏ, WA ⟦phone⟧ ya");
    expect(result.masks).toEqual([{ start: 9, end: 21, kind: "phone" }]);
  });

  it("cuts public text into text and masks for display", () => {
    expect(maskedPieces("Hubungi ⟦phone⟧ atau ⟦email⟧")).toEqual([{ text: "Hubungi " }, { mask: "phone" }, { text: " atau " }, { mask: "email" }]);
  });
});
