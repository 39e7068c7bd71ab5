import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { smsInput } from "@/lib/testing/factories";
import { exchangeSchema } from "./exchange";
import { incidentSchema } from "./incident";
import { contentReportSchema } from "./moderation";
import { cleanText, isBlank } from "./text";

const messages = (locale: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), "utf8")) as { errors: Record<string, unknown> };
const errors = { en: messages("en").errors, id: messages("id").errors };
/** Whether `key` is a message under errors. in both languages (keys may be nested: "evidence.notFound"). */
const translated = (key: string) =>
  Object.values(errors).every(
    (tree) =>
      key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree) !==
      undefined,
  );

describe("text fields", () => {
  it("clean control characters away and keep line breaks and tabs", () => {
    expect(cleanText("a\u0000b\u0007c\u009Fd\r\ne\tf\rg")).toBe("abcd\ne\tf\ng");
  });

  it("count NULs, blanks and invisible characters as nothing", () => {
    for (const blank of ["", " ", "\u0000", " \u0000 \n\t", "\u200B\u00A0\u3000", "\uFEFF"]) expect(isBlank(blank), JSON.stringify(blank)).toBe(true);
    expect(isBlank(" a ")).toBe(false);
    expect(isBlank(42)).toBe(true);
  });

  it("a message of a lone NUL or only blanks is no message", () => {
    for (const messageText of ["\u0000", "   ", "\u0000\u0000 \u200B"]) {
      const result = incidentSchema.safeParse({ ...smsInput(), messageText });
      expect(result.success, JSON.stringify(messageText)).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["messageText", "messageRequired"]]);
    }
    const stored = incidentSchema.parse({ ...smsInput(), messageText: "Pinjaman\u0000 cair\r\n" });
    expect(stored.messageText).toBe("Pinjaman cair\n");
  });

  it("an exchange of a lone NUL and no file has no text; a reason of NULs is too short", () => {
    const exchange = exchangeSchema.safeParse({
      timeZone: "Asia/Jakarta",
      channel: "whatsapp",
      direction: "sent",
      handle: "",
      occurredAt: "2026-11-01T10:00",
      body: "\u0000",
      reference: "",
      tags: [],
      isComplaint: false,
      isStopRequest: false,
      evidence: [],
    });
    expect(exchange.error?.issues.map((issue) => issue.message)).toContain("exchangeTextRequired");
    const report = contentReportSchema.safeParse({ targetKind: "incident", targetId: "00000000-0000-4000-8000-000000000000", reason: "\u0000".repeat(20) });
    expect(report.error?.issues.map((issue) => issue.message)).toContain("reasonTooShort");
  });
});

// Every schema exported from lib/validations.
const files = readdirSync(import.meta.dirname).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
const modules = await Promise.all(files.map(async (file) => [file, (await import(path.join(import.meta.dirname, file))) as Record<string, unknown>] as const));
const schemas = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => [`${file}:${name}`, schema] as const),
);

describe("messages for wrong types", () => {
  // Every schema exported from lib/validations, fed values of the wrong type: each issue's message
  // is a key under errors. in both languages, never zod's English.
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(15);
  });

  const wrongValues: unknown[] = [undefined, null, 42, "x", [], [1, 2], { a: 1 }, true];
  it.each(wrongValues.map((value) => [JSON.stringify(value) ?? "undefined", value]))("%s and objects whose every field is %s", (_, value) => {
    for (const [name, schema] of schemas) {
      const shapes = [value];
      if (schema instanceof z.ZodObject) shapes.push(Object.fromEntries(Object.keys(schema.shape).map((key) => [key, value])));
      for (const input of shapes) {
        const result = schema.safeParse(input);
        for (const issue of result.error?.issues ?? []) expect(translated(issue.message), `${name} ${JSON.stringify(input)} → ${issue.message}`).toBe(true);
      }
    }
  });
});
