import { describe, expect, it } from "vitest";
import { parseSender } from "./sender-identity";

describe("parseSender: phone numbers", () => {
  it.each([
    ["0812-3456-7890", "ID", "+6281234567890"],
    ["+62 812 3456 7890", "ID", "+6281234567890"],
    ["6281234567890", "ID", "+6281234567890"],
    ["+6281234567890", "FR", "+6281234567890"],
    ["(021) 5551234", "ID", "+62215551234"],
    ["021-555-1234", "ID", "+62215551234"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["07400 123456", "GB", "+447400123456"],
    ["(202) 555-0123", "US", "+12025550123"],
  ])("%s in %s is %s", (input, country, key) => {
    const result = parseSender(input, country);
    expect(result).toEqual({ ok: true, identity: expect.objectContaining({ kind: "phone", key }) });
  });

  it("gives one key for the same number in every format", () => {
    const keys = ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "0812 3456 7890"].map((s) => {
      const r = parseSender(s, "ID");
      return r.ok ? r.identity.key : r.error;
    });
    expect(new Set(keys)).toEqual(new Set(["+6281234567890"]));
  });

  it("records the number's own country, not the user's", () => {
    const result = parseSender("+44 7400 123456", "ID");
    expect(result.ok && result.identity.country).toBe("GB");
    expect(result.ok && result.identity.display).toBe("+44 7400 123456");
  });

  it.each(["0812", "0812-3456-7890-1234-5678", "+99 123", "000000000"])("refuses %s as a phone number", (input) => {
    expect(parseSender(input, "ID")).toEqual({ ok: false, error: "senderInvalidPhone" });
  });
});

describe("parseSender: short codes", () => {
  it.each([
    ["99899", "ID", "sc:ID:99899"],
    ["1500", "ID", "sc:ID:1500"],
    ["33700", "FR", "sc:FR:33700"],
  ])("%s in %s is %s", (input, country, key) => {
    expect(parseSender(input, country)).toEqual({
      ok: true,
      identity: { kind: "short_code", key, display: input, country },
    });
  });

  it("keeps the same short code apart between countries", () => {
    const a = parseSender("99899", "ID");
    const b = parseSender("99899", "FR");
    expect(a.ok && b.ok && a.identity.key !== b.identity.key).toBe(true);
  });
});

describe("parseSender: alphanumeric sender IDs", () => {
  it.each([
    ["TOKOPEDIA", "id:tokopedia", "TOKOPEDIA"],
    ["  Tokopedia ", "id:tokopedia", "Tokopedia"],
    ["BCA-Promo", "id:bca-promo", "BCA-Promo"],
    ["BCA   Promo", "id:bca promo", "BCA Promo"],
    ["Ｔｅｌｋｏｍｓｅｌ", "id:telkomsel", "Telkomsel"],
    ["בנק", "id:בנק", "בנק"],
  ])("%j is %s", (input, key, display) => {
    expect(parseSender(input, "ID")).toEqual({
      ok: true,
      identity: { kind: "alphanumeric", key, display, country: "ID" },
    });
  });

  it("case-folds so that two spellings are one sender", () => {
    const a = parseSender("tokopedia", "ID");
    const b = parseSender("TOKOPEDIA", "ID");
    expect(a.ok && b.ok && a.identity.key === b.identity.key).toBe(true);
  });
});

describe("parseSender: refused input", () => {
  it.each([
    ["", "senderRequired"],
    ["   ", "senderRequired"],
    ["<script>", "senderInvalidCharacters"],
    ["💸💸💸", "senderInvalidCharacters"],
    ["@shop_care", "senderInvalidCharacters"],
    ["A-VERY-LONG-SENDER-NAME-X", "senderTooLong"],
    ["x".repeat(10_000), "senderTooLong"],
  ])("%j gives %s", (input, error) => {
    expect(parseSender(input, "ID")).toEqual({ ok: false, error });
  });
});
