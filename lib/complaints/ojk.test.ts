import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { countryPack } from "../countries";
import { evaluateRules } from "../rules-engine";
import { tanggal, tanggalWaktu } from "./indonesian";
import { OJK_VIOLATION_FIELDS, ojkDisputeDraft, ojkViolationDraft, type ComplaintSource } from "./ojk";
import { ojkDisputeLetter, letterToText } from "./letter";
import { regenerateFields } from "./regenerate";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();

describe("Indonesian dates", () => {
  it("writes weekday, day, month, year, time and the zone as a letter does", () => {
    expect(tanggalWaktu(wib("2026-11-22T19:45"), "Asia/Jakarta")).toBe("Minggu, 22 November 2026 pukul 19.45 WIB");
    expect(tanggalWaktu(wib("2026-11-22T19:45"), "Asia/Makassar")).toBe("Minggu, 22 November 2026 pukul 20.45 WITA");
    expect(tanggalWaktu(wib("2026-11-22T23:30"), "Asia/Jayapura")).toBe("Senin, 23 November 2026 pukul 01.30 WIT");
    expect(tanggal(wib("2026-08-17T10:00"), "Asia/Jakarta")).toBe("17 Agustus 2026");
  });
});

describe("ojkViolationDraft", () => {
  const sms = { id: "a", occurredAt: wib("2026-11-22T19:45"), timeZone: "Asia/Jakarta", channel: "sms" as const, category: "loan" as const, messageText: "Pinjaman cair  10 juta!\nKlik link.", callAnswered: null, callDurationSeconds: null, callOffer: null };
  const violations = evaluateRules({
    pack: countryPack("ID"),
    incidents: [{ id: "a", channel: "sms", occurredAt: sms.occurredAt, timeZone: "Asia/Jakarta", consent: "never", companyNamed: null, sourceGiven: null }],
    optOutAt: null,
    financial: true,
  }).violations;
  const source: ComplaintSource = {
    sender: "DanaKilat",
    complainant: { legalName: "Romel Tea", idNumber: "3273012345678901", postalAddress: "Jl. Merdeka 1, Bandung", phone: "0812-5555-0000", email: "romel@example.com" },
    timeZone: "Asia/Jakarta",
    incidents: [sms],
    exchanges: [
      { occurredAt: wib("2026-11-23T09:00"), timeZone: "Asia/Jakarta", channel: "email", direction: "outgoing", handle: "cs@danakilat.id", body: "Mohon hentikan SMS.", reference: null, isComplaint: true, tags: [] },
      { occurredAt: wib("2026-11-23T10:00"), timeZone: "Asia/Jakarta", channel: "email", direction: "incoming", handle: "cs@danakilat.id", body: "Silakan DM kami.", reference: "TK-9", isComplaint: false, tags: [] },
    ],
    violations,
    evidence: [{ fileName: "sms.png", caption: "SMS hari Minggu", uploadedAt: wib("2026-11-22T20:00"), storedKey: "ab".repeat(32) }],
  };

  it("fills every field from the case in formal Indonesian", () => {
    const draft = ojkViolationDraft(source);
    expect(draft).toMatchObject({ firm: "DanaKilat", product: "Pinjaman", complainantName: "Romel Tea", complainantId: "3273012345678901", email: "romel@example.com" });
    expect(draft.problem).toBe("Penawaran melalui SMS: penawaran tanpa persetujuan Anda; di luar jam yang diizinkan.");
    expect(draft.chronology.split("\n")).toEqual([
      "1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS dari DanaKilat: “Pinjaman cair 10 juta! Klik link.”",
      "2. Senin, 23 November 2026 pukul 09.00 WIB — Saya mengirim pengaduan melalui Email kepada cs@danakilat.id: “Mohon hentikan SMS.”",
      "3. Senin, 23 November 2026 pukul 10.00 WIB — cs@danakilat.id membalas melalui Email (tiket TK-9): “Silakan DM kami.”",
    ]);
    expect(draft.rulesBroken).toContain("2. Di luar jam yang diizinkan.");
    expect(draft.rulesBroken).toContain("Dasar hukum: POJK 22/2023 Pasal 39 ayat (4) huruf a.");
    expect(draft.stepsTaken).toBe(
      "Saya telah menghubungi PUJK sebanyak 1 kali, pertama pada Senin, 23 November 2026 pukul 09.00 WIB melalui Email. PUJK membalas 1 kali; balasan terakhir pada Senin, 23 November 2026 pukul 10.00 WIB. Nomor tiket: TK-9.",
    );
    expect(draft.evidenceList).toBe(`Lampiran 1: SMS hari Minggu — diunggah Minggu, 22 November 2026 pukul 20.00 WIB — SHA-256 ${"ab".repeat(32)}`);
  });

  it("says when the firm was never contacted, and leaves missing personal details empty", () => {
    const draft = ojkViolationDraft({ ...source, exchanges: [], complainant: { legalName: null, idNumber: null, postalAddress: null, phone: null, email: "x@example.com" } });
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
      { occurredAt: wib("2026-11-02T09:00"), timeZone: "Asia/Jakarta", channel: "email", direction: "outgoing", handle: null, body: "Keberatan atas tagihan.", reference: "TK-1", isComplaint: true, tags: [] },
    ],
    violations: [],
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

  it("quotes the firm's last reply after the complaint", () => {
    const replied = { ...base, exchanges: [...base.exchanges, { occurredAt: wib("2026-11-05T10:00"), timeZone: "Asia/Jakarta", channel: "email" as const, direction: "incoming" as const, handle: null, body: "Tagihan sudah sesuai.", reference: null, isComplaint: false, tags: [] }] };
    expect(ojkDisputeDraft(replied, null).firmResponse).toBe("Tanggapan terakhir PUJK pada Kamis, 5 November 2026 pukul 10.00 WIB: “Tagihan sudah sesuai.”");
  });
});
