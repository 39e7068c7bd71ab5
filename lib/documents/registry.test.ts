import { describe, expect, it } from "vitest";
import { findCaseForUser } from "@/db/queries/cases";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { GET as pdfRoute } from "@/app/(app)/cases/[caseId]/documents/[kind]/letter.pdf/route";
import { GET as textRoute } from "@/app/(app)/cases/[caseId]/documents/[kind]/letter.txt/route";
import { openDocument } from "../complaints/drafts";
import { letterToText } from "../complaints/letter";
import { COUNTRIES, type Country } from "../domain";
import { recordIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import { documentType, documentTypes } from "./registry";

/** A case in each country, from a loan SMS (financial: OJK's dispute request may apply in Indonesia). */
const TIME_ZONES: Record<Country, string> = {
  ID: "Asia/Jakarta",
  FR: "Europe/Paris",
  GB: "Europe/London",
  US: "America/New_York",
  IL: "Asia/Jerusalem",
  ES: "Europe/Madrid",
};
async function seededCase(country: Country) {
  const user = await createTestUser();
  const { caseId } = await recordIncident(user.id, smsInput({ country, timeZone: TIME_ZONES[country], sender: "SpamCo" }));
  return { user, userCase: (await findCaseForUser(user.id, caseId))! };
}

/** The message at a dotted path, or undefined. */
const message = (messages: object, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);

describe("the registry of document kinds", () => {
  it("has, for every kind of every country, its page's and form's messages in both languages", () => {
    for (const country of COUNTRIES) {
      for (const type of documentTypes(country)) {
        const { namespace, title, lead } = type.wording;
        const keys = [
          title,
          lead,
          "filingTitle",
          "filingLead",
          "filed",
          "filedAt",
          "filingChannel",
          "filingReference",
          "recordFiling",
          `filingChannelOption.${type.defaultChannel}`,
        ];
        if (type.portal) keys.push("portalView", "portalTitle", "portalLead", "backToDraft", "portalFilesHint");
        for (const [locale, messages] of [
          ["en", en],
          ["id", id],
        ] as const) {
          for (const key of keys) expect(typeof message(messages, `${namespace}.${key}`), `${locale} ${type.slug} ${namespace}.${key}`).toBe("string");
          for (const field of type.fields) expect(typeof message(messages, `complaint.field.${field}`), `${locale} ${type.slug} field ${field}`).toBe("string");
        }
        // A portal copies the document's own fields, each once.
        const portalFields = type.portal?.steps.flatMap((step) => step.fields) ?? [];
        expect(
          portalFields.filter((field) => !type.fields.includes(field)),
          type.slug,
        ).toEqual([]);
        expect(new Set(portalFields).size, type.slug).toBe(portalFields.length);
        expect(
          type.short.filter((field) => !type.fields.includes(field)),
          type.slug,
        ).toEqual([]);
      }
    }
  });

  it("addresses each kind by one slug, the same as its body's id where it has one", () => {
    const slugs = COUNTRIES.flatMap((country) => documentTypes(country).map((type) => type.slug));
    expect(slugs).toEqual(expect.arrayContaining(["ID-OJK-VIOLATION", "ID-OJK-DISPUTE", "data-request", "ID-SATGAS-PASTI", "UK-ICO", "IL-SMALL-CLAIMS"]));
    for (const country of COUNTRIES) {
      const kinds = documentTypes(country).map((type) => type.kind);
      expect(new Set(kinds).size, country).toBe(kinds.length);
    }
    expect(documentType("UK-ICO", "FR")).toBeNull();
    expect(documentType("NOPE", "ID")).toBeNull();
  });

  it("builds a letter from a seeded case for every kind the case has", async () => {
    const built = new Set<string>();
    for (const country of COUNTRIES) {
      const { user, userCase } = await seededCase(country);
      for (const type of documentTypes(country)) {
        const draft = await openDocument(type, user, userCase);
        if (!draft) continue;
        const text = letterToText(type.letter(draft.fields, { user, userCase, now: new Date("2026-11-24T08:00:00Z"), exhibits: 0 }));
        expect(text, type.slug).toContain("SpamCo");
        built.add(`${country} ${type.slug}`);
      }
    }
    // Every body with a template, in its own country; OJK's two and the data letter in Indonesia.
    for (const country of COUNTRIES)
      for (const type of documentTypes(country)) if (type.kind.startsWith("regulator:")) expect(built).toContain(`${country} ${type.slug}`);
    for (const slug of ["ID-OJK-VIOLATION", "ID-OJK-DISPUTE", "data-request"]) expect(built).toContain(`ID ${slug}`);
    // No data letter where the country has no rule for one.
    expect(built).not.toContain("US data-request");
  });
});

describe("the download routes", () => {
  const context = (caseId: string, kind: string) => ({ params: Promise.resolve({ caseId, kind }) }) as never;

  it("answer every kind of an Indonesian and a British case with a PDF and a text file, and only to the owner", async () => {
    for (const country of ["ID", "GB"] as const) {
      const { user, userCase } = await seededCase(country);
      session.user = user;
      const slugs: string[] = [];
      for (const type of documentTypes(country)) if (await openDocument(type, user, userCase)) slugs.push(type.slug);
      expect(slugs.length, country).toBeGreaterThan(2);
      for (const slug of slugs) {
        const pdf = await pdfRoute(new Request("http://localhost/"), context(userCase.id, slug));
        expect(pdf.status, slug).toBe(200);
        expect(pdf.headers.get("content-type")).toBe("application/pdf");
        expect(
          Buffer.from(await pdf.arrayBuffer())
            .subarray(0, 5)
            .toString("latin1"),
          slug,
        ).toBe("%PDF-");
        const text = await textRoute(new Request("http://localhost/"), context(userCase.id, slug));
        expect(text.status, slug).toBe(200);
        expect(text.headers.get("content-disposition"), slug).toMatch(/^attachment; filename="[\w.-]+-SpamCo\.txt"; filename\*=UTF-8''[\w.-]+-SpamCo\.txt$/);
        expect(await text.text(), slug).toContain("SpamCo");
      }
      session.user = await createTestUser();
      expect((await pdfRoute(new Request("http://localhost/"), context(userCase.id, slugs[0]!))).status).toBe(404);
      expect((await textRoute(new Request("http://localhost/"), context(userCase.id, slugs[0]!))).status).toBe(404);
    }
    session.user = null;
    expect((await textRoute(new Request("http://localhost/"), context("not-a-case", "data-request"))).status).toBe(404);
  });
});
