import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { countryPack } from "../countries";
import { calendarFor } from "../holidays";
import { NO_CASE_ANSWERS, type CaseAnswers } from "../domain";
import { evaluateRules, type IncidentFact } from "../rules-engine";
import { tanggal, tanggalWaktu } from "./indonesian";
import {
  OJK_VIOLATION_FIELDS,
  ojkDisputeDraft,
  ojkDisputeLetter,
  ojkDisputeMayApply,
  ojkViolationDraft,
  ojkViolationLetter,
  type ComplaintSource,
} from "./ojk";
import { letterToText } from "./letter";
import { regenerateFields } from "./regenerate";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();

type Contact = ComplaintSource["incidents"][number];
/** An SMS offering a loan at a local Jakarta time, with the user's answer on consent. */
const smsAt = (id: string, iso: string, consent: Contact["consent"] = "never", text = "Pinjaman cair  10 juta!\nKlik link."): Contact => ({
  id,
  occurredAt: wib(iso),
  timeZone: "Asia/Jakarta",
  channel: "sms",
  category: "loan",
  messageText: text,
  callAnswered: null,
  callDurationSeconds: null,
  callOffer: null,
  consent,
});
const fact = (contact: Contact): IncidentFact => ({ ...contact, companyNamed: null, sourceGiven: null, collectionTarget: null, threatened: null });

/** The Indonesian rules on these contacts, as a financial case in ID. */
function violationsFor(contacts: readonly Contact[], options: { optOutAt?: Date; answers?: Partial<CaseAnswers>; facts?: Partial<IncidentFact> } = {}) {
  const pack = countryPack("ID");
  return evaluateRules({
    pack,
    calendar: calendarFor(pack.holidays, null),
    incidents: contacts.map((contact) => ({ ...fact(contact), ...options.facts })),
    optOutAt: options.optOutAt ?? null,
    phoneRefusals: [],
    financial: true,
    answers: { ...NO_CASE_ANSWERS, ...options.answers },
  }).violations;
}

const complainant = {
  legalName: "Romel Tea",
  idNumber: "3273012345678901",
  postalAddress: "Jl. Merdeka 1, Bandung",
  phone: "0812-5555-0000",
  email: "romel@example.com",
};
/** A case of these contacts with no exchanges and no files. */
const caseOf = (
  contacts: readonly Contact[],
  options: Parameters<typeof violationsFor>[1] & { answers?: Partial<ComplaintSource["answers"]> } = {},
): ComplaintSource => ({
  sender: "DanaKilat",
  complainant,
  timeZone: "Asia/Jakarta",
  incidents: contacts,
  exchanges: [],
  violations: violationsFor(contacts, options),
  answers: { ...NO_CASE_ANSWERS, ...options.answers },
  evidence: [],
});
/** The lines of the "rules broken" section. */
const ruleLines = (source: ComplaintSource) => ojkViolationDraft(source).rulesBroken.split("\n");

describe("Indonesian dates", () => {
  it("writes weekday, day, month, year, time and the zone as a letter does", () => {
    expect(tanggalWaktu(wib("2026-11-22T19:45"), "Asia/Jakarta")).toBe("Minggu, 22 November 2026 pukul 19.45 WIB");
    expect(tanggalWaktu(wib("2026-11-22T19:45"), "Asia/Makassar")).toBe("Minggu, 22 November 2026 pukul 20.45 WITA");
    expect(tanggalWaktu(wib("2026-11-22T23:30"), "Asia/Jayapura")).toBe("Senin, 23 November 2026 pukul 01.30 WIT");
    expect(tanggal(wib("2026-08-17T10:00"), "Asia/Jakarta")).toBe("17 Agustus 2026");
  });
});

describe("ojkViolationDraft", () => {
  // A Sunday evening SMS the user never agreed to, from a firm they said is licensed.
  const sms = smsAt("a", "2026-11-22T19:45");
  const source: ComplaintSource = {
    sender: "DanaKilat",
    complainant,
    timeZone: "Asia/Jakarta",
    incidents: [sms],
    exchanges: [
      {
        occurredAt: wib("2026-11-23T09:00"),
        timeZone: "Asia/Jakarta",
        channel: "email",
        direction: "outgoing",
        handle: "cs@danakilat.id",
        body: "Mohon hentikan SMS.",
        reference: null,
        isComplaint: true,
        tags: [],
      },
      {
        occurredAt: wib("2026-11-23T10:00"),
        timeZone: "Asia/Jakarta",
        channel: "email",
        direction: "incoming",
        handle: "cs@danakilat.id",
        body: "Silakan DM kami.",
        reference: "TK-9",
        isComplaint: false,
        tags: [],
      },
    ],
    violations: violationsFor([sms], { answers: { licensed: "yes" } }),
    answers: { ...NO_CASE_ANSWERS, licensed: "yes" },
    evidence: [{ fileName: "sms.png", caption: "SMS hari Minggu", uploadedAt: wib("2026-11-22T20:00"), storedKey: "ab".repeat(32) }],
  };

  it("fills every field from the case in formal Indonesian", () => {
    const draft = ojkViolationDraft(source);
    expect(draft).toMatchObject({
      firm: "DanaKilat",
      product: "Pinjaman",
      complainantName: "Romel Tea",
      complainantId: "3273012345678901",
      email: "romel@example.com",
    });
    expect(draft.problem).toBe("Pokok pengaduan (SMS): penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya.");
    expect(draft.chronology.split("\n")).toEqual([
      "1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS dari DanaKilat: “Pinjaman cair 10 juta! Klik link.”",
      "2. Senin, 23 November 2026 pukul 09.00 WIB — Saya mengirim pengaduan melalui Email kepada cs@danakilat.id: “Mohon hentikan SMS.”",
      "3. Senin, 23 November 2026 pukul 10.00 WIB — cs@danakilat.id membalas melalui Email (tiket TK-9): “Silakan DM kami.”",
    ]);
    // Art 39(4)(a) governs offers made after consent: for a never-consented one it is said under 39(1), not as a second breach.
    expect(draft.rulesBroken.split("\n")).toEqual([
      "1. Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya. Dasar hukum: POJK 22/2023 Pasal 39 ayat (1). 1 kontak terkait: Minggu, 22 November 2026 pukul 19.45 WIB.",
      "   – Selain itu, penawaran di luar hari dan jam yang diizinkan (Pasal 39 ayat (4) huruf a), pada 1 kontak: Minggu, 22 November 2026 pukul 19.45 WIB.",
    ]);
    expect(draft.demand).toBe(
      "Saya memohon OJK menindaklanjuti pelanggaran ini dan meminta PUJK menghentikan penawaran kepada saya, menjelaskan dari mana PUJK memperoleh nomor saya, dan menghapus data pribadi saya.",
    );
    expect(draft.stepsTaken).toBe(
      "Saya telah menghubungi PUJK sebanyak 1 kali, pertama pada Senin, 23 November 2026 pukul 09.00 WIB melalui Email. PUJK membalas 1 kali; balasan terakhir pada Senin, 23 November 2026 pukul 10.00 WIB. Nomor tiket: TK-9.",
    );
    expect(draft.evidenceList).toBe(`Lampiran 1: SMS hari Minggu — diunggah Minggu, 22 November 2026 pukul 20.00 WIB — SHA-256 ${"ab".repeat(32)}`);
  });

  it("says when the firm was never contacted, and leaves missing personal details empty", () => {
    const draft = ojkViolationDraft({
      ...source,
      exchanges: [],
      complainant: { legalName: null, idNumber: null, postalAddress: null, phone: null, email: "x@example.com" },
    });
    expect(draft.stepsTaken).toContain("Saya belum menghubungi PUJK.");
    expect([draft.complainantName, draft.complainantId, draft.address]).toEqual(["", "", ""]);
  });

  it("regenerates without overwriting what the user edited, and says which edits were kept", () => {
    const first = ojkViolationDraft(source);
    const edited = { ...first, demand: "Saya minta ganti rugi.", firm: "PT Dana Kilat Indonesia" };
    const fresh = ojkViolationDraft({ ...source, sender: "DanaKilat2", exchanges: [] });
    const { fields, keptEdits } = regenerateFields(OJK_VIOLATION_FIELDS, edited, first, fresh);
    expect(fields.demand).toBe("Saya minta ganti rugi.");
    expect(fields.firm).toBe("PT Dana Kilat Indonesia");
    expect(fields.stepsTaken).toBe(fresh.stepsTaken);
    expect(keptEdits.sort()).toEqual(["demand", "firm"]);
  });
});

describe("ojkDisputeDraft", () => {
  const base: ComplaintSource = {
    sender: "DanaKilat",
    complainant: { legalName: "Romel Tea", idNumber: "3273012345678901", postalAddress: null, phone: null, email: "romel@example.com" },
    timeZone: "Asia/Jakarta",
    incidents: [],
    exchanges: [
      {
        occurredAt: wib("2026-11-02T09:00"),
        timeZone: "Asia/Jakarta",
        channel: "email",
        direction: "outgoing",
        handle: null,
        body: "Keberatan atas tagihan.",
        reference: "TK-1",
        isComplaint: true,
        tags: [],
      },
    ],
    violations: [],
    answers: NO_CASE_ANSWERS,
    evidence: [],
  };

  it("names the complaint to the firm and, without a reply, the deadline it let pass", () => {
    const draft = ojkDisputeDraft(base, { dueEnd: wib("2026-11-16T23:59:59") });
    expect(draft.complaintToFirm).toBe("Pengaduan kepada PUJK pada Senin, 2 November 2026 pukul 09.00 WIB melalui Email (tiket TK-1).");
    expect(draft.firmResponse).toBe("PUJK tidak memberikan tanggapan sampai batas waktu Senin, 16 November 2026 pukul 23.59 WIB.");
    expect(draft.lossAmount).toBe("");
    expect(draft.declarations.split("\n")).toHaveLength(3);
  });

  it("lays the dispute out as a request for facilitation, with the statements for the meterai", () => {
    const draft = { ...ojkDisputeDraft(base, null), lossAmount: "Rp1.500.000", address: "Jl. Merdeka 1, Bandung" };
    const text = letterToText(ojkDisputeLetter(draft, { now: wib("2026-11-24T10:00"), timeZone: "Asia/Jakarta", exhibits: 0 }));
    expect(text).toContain("Bandung, 24 November 2026");
    expect(text).toContain("Perihal  : Permohonan Fasilitasi Penyelesaian Sengketa dengan DanaKilat");
    expect(text).toContain("NILAI KERUGIAN\nRp1.500.000");
    expect(text).toContain("Sengketa ini belum pernah difasilitasi oleh OJK.");
    expect(text).toContain("NIK      : 3273012345678901");
  });

  it("states the loss the user gave, and leaves it empty when they did not say", () => {
    expect(ojkDisputeDraft({ ...base, answers: { ...NO_CASE_ANSWERS, lossRupiah: 1_500_000 } }, null).lossAmount).toBe("Rp1.500.000");
    expect(ojkDisputeDraft(base, null).lossAmount).toBe("");
  });

  it("is offered only for a financial case in Indonesia unless the user said not a customer, not licensed, or no loss", () => {
    const open = { country: "ID", customer: null, licensed: null, lossRupiah: null };
    expect(ojkDisputeMayApply(open, ["loan"])).toBe(true);
    expect(ojkDisputeMayApply({ ...open, customer: "yes", licensed: "yes", lossRupiah: 2_000_000 }, ["loan"])).toBe(true);
    expect(ojkDisputeMayApply({ ...open, customer: "unsure" }, ["loan"])).toBe(true);
    expect(ojkDisputeMayApply({ ...open, customer: "no" }, ["loan"])).toBe(false);
    expect(ojkDisputeMayApply({ ...open, licensed: "no" }, ["loan"])).toBe(false);
    expect(ojkDisputeMayApply({ ...open, lossRupiah: 0 }, ["loan"])).toBe(false);
    expect(ojkDisputeMayApply(open, ["shop_promo"])).toBe(false);
    expect(ojkDisputeMayApply({ ...open, country: "FR" }, ["loan"])).toBe(false);
  });

  it("quotes the firm's last reply after the complaint", () => {
    const replied = {
      ...base,
      exchanges: [
        ...base.exchanges,
        {
          occurredAt: wib("2026-11-05T10:00"),
          timeZone: "Asia/Jakarta",
          channel: "email" as const,
          direction: "incoming" as const,
          handle: null,
          body: "Tagihan sudah sesuai.",
          reference: null,
          isComplaint: false,
          tags: [],
        },
      ],
    };
    expect(ojkDisputeDraft(replied, null).firmResponse).toBe("Tanggapan terakhir PUJK pada Kamis, 5 November 2026 pukul 10.00 WIB: “Tagihan sudah sesuai.”");
  });
});

describe("the OJK violation report states only what the user said", () => {
  it("finding 8: an OJK letter lists financial-sector rules only", () => {
    // Two offers, a stop in between, the second more than 3×24 h after it: Art 39(1) and UU PDP Art 40 are both broken.
    const contacts = [smsAt("a", "2026-11-10T10:00"), smsAt("b", "2026-11-16T10:00")];
    const source = caseOf(contacts, { optOutAt: wib("2026-11-10T12:00"), answers: { licensed: "yes" } });
    expect(source.violations.map((v) => v.ruleId)).toEqual(expect.arrayContaining(["ID-OJK-CONSENT", "ID-PDP-WITHDRAW"]));
    const draft = ojkViolationDraft(source);
    expect(draft.rulesBroken).toContain("Dasar hukum: POJK 22/2023 Pasal 39 ayat (1).");
    for (const field of [draft.rulesBroken, draft.problem]) {
      expect(field).not.toContain("UU 27/2022");
      expect(field).not.toContain("Data pribadi saya tetap diproses");
      expect(field).not.toMatch(/Pasal 9 dan Pasal 40/);
    }
    // Offers after "stop" the user never consented to are said under 39(1), not numbered as a breach of their own.
    expect(draft.rulesBroken.split("\n").filter((line) => /^\d+\./.test(line))).toHaveLength(1);
    expect(draft.rulesBroken).toContain(
      "   – Selain itu, penawaran tetap dilakukan setelah saya meminta berhenti atau menarik persetujuan (Pasal 39 ayat (3)), pada 1 kontak: Senin, 16 November 2026 pukul 10.00 WIB.",
    );
  });

  it("finding 11: letters speak in the user's voice", () => {
    const one = caseOf([smsAt("a", "2026-11-10T10:00")], { answers: { licensed: "yes" } });
    const three = caseOf([smsAt("a", "2026-11-10T10:00"), smsAt("b", "2026-11-11T10:00"), smsAt("c", "2026-11-12T10:00")], { answers: { licensed: "yes" } });
    for (const source of [one, three]) {
      const draft = ojkViolationDraft(source);
      expect(draft.rulesBroken).not.toMatch(/\bAnda\b/);
      expect(draft.problem).not.toMatch(/\bAnda\b/);
      // The interface's second-person explanation never goes into a letter.
      for (const violation of source.violations) expect(draft.rulesBroken).not.toContain(violation.explanation.id);
    }
    expect(ruleLines(one)[0]).toContain("1 kontak terkait: Selasa, 10 November 2026 pukul 10.00 WIB.");
    expect(ruleLines(three)[0]).toContain(
      "3 kontak terkait: Selasa, 10 November 2026 pukul 10.00 WIB; Rabu, 11 November 2026 pukul 10.00 WIB; Kamis, 12 November 2026 pukul 10.00 WIB.",
    );
  });

  it("words a may-have violation as such and marks the contact the user was unsure of", () => {
    // The user is not sure they ever agreed: Art 39(1) may have been broken, never "was broken".
    const unsure = caseOf([smsAt("a", "2026-11-10T10:00", "unsure")], { answers: { licensed: "yes" } });
    expect(unsure.violations[0]).toMatchObject({ ruleId: "ID-OJK-CONSENT", strength: "mayHave", uncertainIds: ["a"] });
    const draft = ojkViolationDraft(unsure);
    expect(draft.rulesBroken).toBe(
      "1. Dugaan penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya. Hal ini kemungkinan melanggar ketentuan POJK 22/2023 Pasal 39 ayat (1). 1 kontak terkait: Selasa, 10 November 2026 pukul 10.00 WIB (saya tidak yakin apakah pernah menyetujui).",
    );
    expect(draft.rulesBroken).not.toContain("Dasar hukum");
    expect(draft.problem).toBe("Pokok pengaduan (SMS): dugaan penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya.");
    expect(draft.demand).toMatch(/^Saya memohon OJK menindaklanjuti dugaan pelanggaran ini/);

    // One contact the user never agreed to and one they are unsure of: broken, with only the second marked.
    const mixed = ojkViolationDraft(caseOf([smsAt("a", "2026-11-10T10:00"), smsAt("b", "2026-11-11T10:00", "unsure")], { answers: { licensed: "yes" } }));
    expect(mixed.rulesBroken).toBe(
      "1. Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya. Dasar hukum: POJK 22/2023 Pasal 39 ayat (1). 2 kontak terkait: Selasa, 10 November 2026 pukul 10.00 WIB; Rabu, 11 November 2026 pukul 10.00 WIB (saya tidak yakin apakah pernah menyetujui).",
    );

    // Whether the firm is licensed is not known: every OJK rule may have been broken.
    expect(ojkViolationDraft(caseOf([smsAt("a", "2026-11-10T10:00")])).rulesBroken).toMatch(/^1\. Dugaan penawaran .* kemungkinan melanggar/);
  });

  it("marks an aggravating fact that rests on a third party only the user can confirm", () => {
    // Never consented, and the firm did not say where it got the number: Art 39(4)(c) applies only if a third party gave it.
    const contacts = [smsAt("a", "2026-11-10T10:00")];
    const unknown = ojkViolationDraft(caseOf(contacts, { answers: { licensed: "yes" }, facts: { sourceGiven: "no" } }));
    expect(unknown.rulesBroken).toContain(
      "(Pasal 39 ayat (4) huruf c), pada 1 kontak: Selasa, 10 November 2026 pukul 10.00 WIB (saya tidak mengetahui dari mana nomor saya diperoleh).",
    );
    const thirdParty = ojkViolationDraft(caseOf(contacts, { answers: { licensed: "yes", numberSource: "third_party" }, facts: { sourceGiven: "no" } }));
    expect(thirdParty.rulesBroken).toContain("(Pasal 39 ayat (4) huruf c), pada 1 kontak: Selasa, 10 November 2026 pukul 10.00 WIB.");
  });

  it("marks a contact on a holiday whose official list is not certain", () => {
    // An offer the user agreed to, at 10:00 on Idul Fitri 2026: outside the allowed days only if the SKB list (graded M) is right.
    const draft = ojkViolationDraft(caseOf([smsAt("a", "2026-03-21T10:00", "agreed")], { answers: { licensed: "yes" } }));
    expect(draft.rulesBroken).toBe(
      "1. Dugaan penawaran di luar hari dan jam yang diizinkan. Hal ini kemungkinan melanggar ketentuan POJK 22/2023 Pasal 39 ayat (4) huruf a. 1 kontak terkait: Sabtu, 21 Maret 2026 pukul 10.00 WIB (tanggal hari libur nasional ini belum dapat dipastikan).",
    );
  });

  it("finding 4: the OJK draft states the user's customer answer, never pre-fills 'Saya bukan nasabah'", () => {
    const contacts = [smsAt("a", "2026-11-10T10:00")];
    const relation = (answers: Partial<ComplaintSource["answers"]>) => ojkViolationDraft(caseOf(contacts, { answers })).dateOfUse;
    expect(relation({})).toBe("");
    expect(relation({ customer: "yes", product: "Kartu Kredit Platinum" })).toBe("Saya adalah nasabah DanaKilat, pengguna produk Kartu Kredit Platinum.");
    expect(relation({ customer: "yes" })).toBe("Saya adalah nasabah DanaKilat.");
    expect(relation({ customer: "unsure" })).toBe("Saya tidak mengetahui apakah saya tercatat sebagai nasabah DanaKilat.");
    expect(relation({ customer: "no" })).toBe("Saya bukan nasabah DanaKilat dan tidak menggunakan produknya.");
    for (const answers of [{}, { customer: "yes" as const }, { customer: "unsure" as const }]) {
      const text = letterToText(
        ojkViolationLetter(ojkViolationDraft(caseOf(contacts, { answers })), { now: wib("2026-11-24T10:00"), timeZone: "Asia/Jakarta", exhibits: 0 }),
      );
      expect(text).not.toContain("bukan nasabah");
    }
    // A customer's data stays with the firm: the demand asks it to stop using it for offers, not to delete it;
    // a number the user gave themselves needs no explaining.
    const customer = ojkViolationDraft(caseOf(contacts, { answers: { customer: "yes", numberSource: "me" } }));
    expect(customer.demand).toBe(
      "Saya memohon OJK menindaklanjuti dugaan pelanggaran ini dan meminta PUJK menghentikan penawaran kepada saya dan tidak lagi menggunakan data pribadi saya untuk penawaran.",
    );
  });
});
