import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { COUNTRY_PACKS, countryPack } from "../countries";
import { LETTER_LANGUAGES, REGULATOR_COMPLAINT_FIELDS, type ComplaintTemplate, type Regulator } from "../countries/types";
import { NO_CASE_ANSWERS, type Channel, type Consent, type Country } from "../domain";
import { calendarFor } from "../holidays";
import { evaluateRules } from "../rules-engine";
import type { ComplaintSource } from "./case-story";
import { letterToText } from "./letter";
import { renderLetterPdf } from "./pdf";
import { pdfDrawnText } from "@/lib/testing/pdf-text";
import { damagesClaim, regulatorComplaintDraft, regulatorComplaintLetter } from "./regulator";

type Templated = Regulator & { complaint: ComplaintTemplate };
const body = (country: Country, id: string) => countryPack(country).regulators.find((r) => r.id === id) as Templated;

/** A contact at a local time: an SMS unless said otherwise, never consented to unless said otherwise. */
type Contact = string | { at: string; channel?: Channel; consent?: Consent };

/** A case in `country`: contacts at the given local times, and one complaint to the sender that was answered. */
function caseIn(country: Country, zone: string, times: Contact[], sender = "+33 6 12 34 56 78"): ComplaintSource {
  const at = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();
  const incidents = times.map((time, i) => {
    const contact = typeof time === "string" ? { at: time } : time;
    return {
      id: `i${i}`,
      occurredAt: at(contact.at),
      timeZone: zone,
      channel: contact.channel ?? ("sms" as const),
      category: "loan" as const,
      messageText: `Offre ${i + 1}`,
      callAnswered: null,
      callDurationSeconds: null,
      callOffer: null,
      consent: contact.consent ?? ("never" as const),
    };
  });
  const pack = countryPack(country);
  const violations = evaluateRules({
    pack,
    calendar: calendarFor(pack.holidays, null),
    incidents: incidents.map((incident) => ({ ...incident, companyNamed: null, sourceGiven: null, collectionTarget: null, threatened: null })),
    optOutAt: null,
    phoneRefusals: [],
    financial: true,
    answers: { ...NO_CASE_ANSWERS, licensed: "yes" },
  }).violations;
  return {
    sender,
    complainant: {
      legalName: "Camille Martin",
      idNumber: "3273012345678901",
      postalAddress: "1 rue de la Paix, Paris",
      phone: "+33 6 00 00 00 00",
      email: "camille@example.com",
    },
    timeZone: zone,
    incidents,
    exchanges: [
      {
        occurredAt: at("2026-11-23T09:00"),
        timeZone: zone,
        channel: "email",
        direction: "outgoing",
        handle: "service@credit.example",
        body: "STOP",
        reference: null,
        isComplaint: true,
        tags: [],
      },
      {
        occurredAt: at("2026-11-23T11:00"),
        timeZone: zone,
        channel: "email",
        direction: "incoming",
        handle: "service@credit.example",
        body: "C'est noté.",
        reference: "R-42",
        isComplaint: false,
        tags: [],
      },
    ],
    violations,
    answers: { ...NO_CASE_ANSWERS, licensed: "yes" },
    evidence: [{ fileName: "sms.png", caption: "Le SMS", uploadedAt: at("2026-11-22T20:00"), storedKey: "cd".repeat(32) }],
  };
}

describe("complaint templates in the country packs", () => {
  const templated = Object.values(COUNTRY_PACKS).flatMap((pack) => pack.regulators.filter((r): r is Templated => Boolean(r.complaint)));

  it("exist for the bodies that take written complaints, in the body's language", () => {
    expect(templated.map((r) => [r.id, r.complaint.language])).toEqual([
      ["ID-SATGAS-PASTI", "id"],
      ["ID-KOMDIGI-ADUANNOMOR", "id"],
      ["ID-YLKI", "id"],
      ["FR-BLOCTEL", "fr"],
      ["FR-CNIL", "fr"],
      ["FR-SIGNALCONSO", "fr"],
      ["UK-ICO", "en"],
      ["UK-TPS", "en"],
      ["US-FTC", "en"],
      ["US-FCC", "en"],
      ["IL-CONSUMER-COUNCIL", "he"],
      ["IL-SMALL-CLAIMS", "he"],
      ["ES-AEPD", "es"],
      ["ES-IGCC", "es"],
    ]);
  });

  it("name only fields a complaint has, each once per portal, in a language letters are written in", () => {
    for (const { complaint } of templated) {
      expect(LETTER_LANGUAGES).toContain(complaint.language);
      const fields = complaint.portal?.steps.flatMap((step) => step.fields) ?? [];
      expect(new Set(fields).size).toBe(fields.length);
      for (const field of fields) expect(REGULATOR_COMPLAINT_FIELDS).toContain(field);
    }
  });

  it("give a copy-to-portal view to the web-only bodies the issue names: aduannomor.id and the ICO", () => {
    expect(body("ID", "ID-KOMDIGI-ADUANNOMOR").complaint.portal?.steps[0]?.fields).toEqual(["senderNumber", "product"]);
    expect(body("GB", "UK-ICO").complaint.portal?.url).toBe("https://ico.org.uk/make-a-complaint/nuisance-calls-and-messages/");
  });
});

describe("regulatorComplaintDraft", () => {
  it("writes a CNIL complaint in French: French dates, the rules named in French law, the steps taken", () => {
    const draft = regulatorComplaintDraft(caseIn("FR", "Europe/Paris", ["2026-11-22T19:45"]), body("FR", "FR-CNIL"));
    expect(draft.recipient).toBe("Commission nationale de l'informatique et des libertés (CNIL)\nService des plaintes");
    expect(draft.subject).toBe("Plainte : prospection non sollicitée par +33 6 12 34 56 78");
    expect(draft.product).toBe("crédit");
    expect(draft.chronology.split("\n")).toEqual([
      "1. dimanche 22 novembre 2026 à 19:45 UTC+1 — SMS de +33 6 12 34 56 78 : « Offre 1 »",
      "2. lundi 23 novembre 2026 à 09:00 UTC+1 — J'ai adressé une réclamation à service@credit.example par courriel : « STOP »",
      "3. lundi 23 novembre 2026 à 11:00 UTC+1 — service@credit.example a répondu par courriel (référence R-42) : « C'est noté. »",
    ]);
    expect(draft.rulesBroken).toContain(
      "1. Prospection par SMS sans consentement préalable. Fondement : Code des postes et des communications électroniques, art. L34-5. 1 contact concerné : dimanche 22 novembre 2026 à 19:45 UTC+1.",
    );
    expect(draft.stepsTaken).toBe(
      "J'ai contacté l'expéditeur une fois, la première fois le lundi 23 novembre 2026 à 09:00 UTC+1 par courriel. Il a répondu une fois ; dernière réponse le lundi 23 novembre 2026 à 11:00 UTC+1. Références : R-42.",
    );
    expect(draft.evidenceList).toBe(`Pièce 1 : Le SMS — déposée le dimanche 22 novembre 2026 à 20:00 UTC+1 — SHA-256 ${"cd".repeat(32)}`);
    // The CNIL does not ask for an ID number, so none is printed.
    expect(draft.complainantId).toBe("");
  });

  it("writes an aduannomor.id report in Indonesian with the NIK the portal asks for", () => {
    const draft = regulatorComplaintDraft(caseIn("ID", "Asia/Jakarta", ["2026-11-22T19:45"], "0812-3456-7890"), body("ID", "ID-KOMDIGI-ADUANNOMOR"));
    expect(draft.subject).toBe("Laporan nomor 0812-3456-7890");
    expect(draft.complainantId).toBe("3273012345678901");
    expect(draft.chronology).toContain("1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS dari 0812-3456-7890: “Offre 1”");
  });

  it("writes an ICO complaint in English with US-style dates only for US bodies", () => {
    const uk = regulatorComplaintDraft(caseIn("GB", "Europe/London", ["2026-11-22T19:45"]), body("GB", "UK-ICO"));
    expect(uk.chronology).toContain("1. Sunday, 22 November 2026 at 19:45 GMT — SMS from +33 6 12 34 56 78: “Offre 1”");
    // PECR reg 22 is graded M (secondary sources): a possible breach, never asserted.
    expect(uk.rulesBroken).toBe(
      "1. Marketing texts sent without my consent. This may have breached PECR 2003 (SI 2003/2426), reg. 22. 1 contact concerned: Sunday, 22 November 2026 at 19:45 GMT.",
    );
    const us = regulatorComplaintDraft(caseIn("US", "America/New_York", ["2026-11-22T22:15"]), body("US", "US-FCC"));
    expect(us.chronology).toContain("1. Sunday, November 22, 2026 at 10:15 PM EST — SMS from");
  });

  it("claims NIS 1,000 for each message sent without consent in the Israeli demand letter, written in Hebrew", () => {
    const source = caseIn("IL", "Asia/Jerusalem", ["2026-11-22T19:45", "2026-11-23T08:00", "2026-11-24T12:30"], "054-123-4567");
    const smallClaims = body("IL", "IL-SMALL-CLAIMS");
    expect(damagesClaim(source, smallClaims.complaint)).toEqual({ count: 3, amount: 3000 });
    const draft = regulatorComplaintDraft(source, smallClaims);
    expect(draft.recipient).toBe("054-123-4567");
    expect(draft.demand).toContain("פיצוי בסך 3,000 ₪ (1,000 ₪ לכל הודעת פרסומת; מספר ההודעות: 3)");
    expect(draft.rulesBroken).toContain('שיגור דבר פרסומת ללא הסכמה מפורשת מראש. ייתכן שהדבר מהווה הפרה של חוק התקשורת (בזק ושידורים), התשמ"ב-1982, סעיף 30א.');
    expect(draft.rulesBroken).toContain("הפניות הרלוונטיות (3): ");
    // The number is isolated left to right, so that it also reads whole in the browser's text box.
    expect(draft.chronology).toContain("הודעת SMS מאת \u2066054-123-4567\u2069");
  });
});

describe("regulatorComplaintLetter", () => {
  const now = DateTime.fromISO("2026-11-25T10:00", { zone: "Europe/Paris" }).toJSDate();

  it("lays out the letter in the template's language, leaving out empty details and sections", () => {
    const fields = regulatorComplaintDraft(caseIn("FR", "Europe/Paris", ["2026-11-22T19:45"]), body("FR", "FR-CNIL"));
    const letter = regulatorComplaintLetter({ ...fields, company: "CréditRapide", stepsTaken: "" }, body("FR", "FR-CNIL").complaint, {
      now,
      timeZone: "Europe/Paris",
    });
    expect(letter.dateLine).toBe("25 novembre 2026");
    expect(letter.meta).toEqual([["Objet", "Plainte : prospection non sollicitée par +33 6 12 34 56 78"]]);
    expect(letter.identity.map(([label]) => label)).toEqual(["Nom", "Adresse", "Téléphone", "Courriel"]);
    expect(letter.statement).toBe("vous saisis de messages et d'appels de prospection non sollicités reçus de CréditRapide (+33 6 12 34 56 78).");
    expect(letter.sections.map((section) => section.title)).toEqual([
      "Objet de la prospection",
      "Déroulé des faits",
      "Règles méconnues",
      "Demande",
      "Pièces jointes",
    ]);
    expect(letterToText(letter)).toContain("DÉROULÉ DES FAITS");
  });

  it("prints a Hebrew letter right to left", async () => {
    const smallClaims = body("IL", "IL-SMALL-CLAIMS");
    const fields = regulatorComplaintDraft(caseIn("IL", "Asia/Jerusalem", ["2026-11-22T19:45"], "054-123-4567"), smallClaims);
    const letter = regulatorComplaintLetter(fields, smallClaims.complaint, { now, timeZone: "Asia/Jerusalem" });
    expect(letter.direction).toBe("rtl");
    const drawn = await pdfDrawnText(await renderLetterPdf(letter, []));
    // "בכבוד רב," drawn left to right: the comma on the left, each word's letters from the right.
    expect(drawn).toContain(",בר דובכב");
  });
});

describe("each body's letter names the rules it enforces, in the user's voice", () => {
  const rulesFor = (source: ComplaintSource, country: Country, id: string) => regulatorComplaintDraft(source, body(country, id)).rulesBroken;

  it("finding 8: CNIL gets L34-5, SignalConso D223-9, AEPD LSSI and LGTel, IGCC art 96.2; Satgas PASTI and YLKI no rules", () => {
    // A Sunday call and an SMS, neither consented to.
    const fr = caseIn("FR", "Europe/Paris", [{ at: "2026-11-22T11:00", channel: "call" }, "2026-11-23T19:45"]);
    expect(fr.violations.map((v) => v.ruleId).sort()).toEqual(["FR-CALL-HOURS", "FR-SMS-CONSENT"]);
    expect(rulesFor(fr, "FR", "FR-CNIL")).toContain("art. L34-5");
    expect(rulesFor(fr, "FR", "FR-CNIL")).not.toContain("D223-9");
    expect(rulesFor(fr, "FR", "FR-SIGNALCONSO")).toContain("D223-9");
    expect(rulesFor(fr, "FR", "FR-SIGNALCONSO")).not.toContain("L34-5");

    // A Saturday call and an SMS in Spain.
    const es = caseIn("ES", "Europe/Madrid", [{ at: "2026-11-21T11:00", channel: "call" }, "2026-11-23T19:45"]);
    expect(es.violations.map((v) => v.ruleId).sort()).toEqual(["ES-CALL-CONSENT", "ES-CALL-HOURS", "ES-SMS-CONSENT"]);
    const aepd = rulesFor(es, "ES", "ES-AEPD");
    expect(aepd).toContain("Ley 34/2002 (LSSI), art. 21");
    expect(aepd).toContain("Ley 11/2022 General de Telecomunicaciones, art. 66.1.b");
    expect(aepd).not.toContain("96.2");
    const igcc = rulesFor(es, "ES", "ES-IGCC");
    expect(igcc).toContain("art. 96.2");
    expect(igcc).not.toContain("LSSI");
    expect(igcc.split("\n")).toHaveLength(1);

    const id = caseIn("ID", "Asia/Jakarta", ["2026-11-22T19:45"], "0812-3456-7890");
    expect(id.violations.map((v) => v.ruleId)).toContain("ID-OJK-CONSENT");
    for (const bodyId of ["ID-SATGAS-PASTI", "ID-KOMDIGI-ADUANNOMOR", "ID-YLKI"]) expect(rulesFor(id, "ID", bodyId)).toBe("");
    const letter = regulatorComplaintLetter(regulatorComplaintDraft(id, body("ID", "ID-SATGAS-PASTI")), body("ID", "ID-SATGAS-PASTI").complaint, {
      now: new Date(),
      timeZone: "Asia/Jakarta",
    });
    expect(letter.sections.map((section) => section.title)).not.toContain("Ketentuan yang dilanggar");

    const il = caseIn("IL", "Asia/Jerusalem", ["2026-11-22T19:45"], "054-123-4567");
    expect(rulesFor(il, "IL", "IL-CONSUMER-COUNCIL")).toBe("");
    expect(rulesFor(il, "IL", "IL-SMALL-CLAIMS")).toContain("סעיף 30א");
  });

  it("finding 11: counts contacts with the right plural in each language, and never pastes the interface's explanation", () => {
    const two = ["2026-11-22T19:45", "2026-11-23T19:45"];
    expect(rulesFor(caseIn("FR", "Europe/Paris", two), "FR", "FR-CNIL")).toContain(
      ". 2 contacts concernés : dimanche 22 novembre 2026 à 19:45 UTC+1 ; lundi 23 novembre 2026 à 19:45 UTC+1.",
    );
    expect(rulesFor(caseIn("GB", "Europe/London", two), "GB", "UK-ICO")).toContain(
      ". 2 contacts concerned: Sunday, 22 November 2026 at 19:45 GMT; Monday, 23 November 2026 at 19:45 GMT.",
    );
    expect(rulesFor(caseIn("ES", "Europe/Madrid", ["2026-11-22T19:45"]), "ES", "ES-AEPD")).toContain(". 1 contacto afectado: ");
    expect(rulesFor(caseIn("ES", "Europe/Madrid", two), "ES", "ES-AEPD")).toContain(". 2 contactos afectados: ");
    for (const [country, zone, id] of [
      ["GB", "Europe/London", "UK-ICO"],
      ["FR", "Europe/Paris", "FR-CNIL"],
      ["ES", "Europe/Madrid", "ES-AEPD"],
    ] as const) {
      const source = caseIn(country, zone, two);
      const text = rulesFor(source, country, id);
      for (const violation of source.violations) {
        expect(text).not.toContain(violation.explanation.en);
        expect(text).toContain(violation.inLaw.title);
      }
      expect(text).not.toMatch(/\b(your|you)\b/i);
    }
  });

  it("claims damages only for messages the user is sure they never agreed to, and marks the one they were unsure of", () => {
    const source = caseIn("IL", "Asia/Jerusalem", ["2026-11-22T19:45", { at: "2026-11-23T08:00", consent: "unsure" }, "2026-11-24T12:30"], "054-123-4567");
    expect(damagesClaim(source, body("IL", "IL-SMALL-CLAIMS").complaint)).toEqual({ count: 2, amount: 2000 });
    expect(rulesFor(source, "IL", "IL-SMALL-CLAIMS")).toContain("(איני בטוח/ה אם הסכמתי אי פעם)");
    const uk = rulesFor(caseIn("GB", "Europe/London", [{ at: "2026-11-22T19:45", consent: "unsure" }]), "GB", "UK-ICO");
    expect(uk).toBe(
      "1. Marketing texts sent without my consent. This may have breached PECR 2003 (SI 2003/2426), reg. 22. 1 contact concerned: Sunday, 22 November 2026 at 19:45 GMT (I am not sure whether I ever agreed).",
    );
  });
});
