import { chronology, evidenceList, products, quote, type ComplaintSource } from "./case-story";
import { kata, tanggalWaktu } from "./indonesian";
import { PHRASES } from "./phrases";

export type { ComplaintSource };

/** The fields of OJK's violation report, in the order of the APPK portal (regulators.md §1b). */
export const OJK_VIOLATION_FIELDS = [
  "firm",
  "product",
  "dateOfUse",
  "problem",
  "complainantName",
  "complainantId",
  "address",
  "phone",
  "email",
  "chronology",
  "rulesBroken",
  "stepsTaken",
  "demand",
  "evidenceList",
] as const;
export type OjkViolationField = (typeof OJK_VIOLATION_FIELDS)[number];
export type ComplaintFields = Record<OjkViolationField, string>;

function stepsTaken(source: ComplaintSource): string {
  const sent = source.exchanges.filter((e) => e.direction === "outgoing");
  const replies = source.exchanges.filter((e) => e.direction === "incoming");
  if (sent.length === 0) {
    return "Saya belum menghubungi PUJK. Pengaduan berindikasi pelanggaran tidak mensyaratkan pengaduan kepada PUJK terlebih dahulu.";
  }
  const first = sent[0]!;
  const parts = [`Saya telah menghubungi PUJK sebanyak ${sent.length} kali, pertama pada ${tanggalWaktu(first.occurredAt, first.timeZone)} melalui ${kata.exchangeChannel[first.channel]}.`];
  const last = replies.at(-1);
  parts.push(last ? `PUJK membalas ${replies.length} kali; balasan terakhir pada ${tanggalWaktu(last.occurredAt, last.timeZone)}.` : "PUJK tidak membalas.");
  const tickets = [...new Set(source.exchanges.flatMap((e) => (e.reference ? [e.reference] : [])))];
  if (tickets.length > 0) parts.push(`Nomor tiket: ${tickets.join(", ")}.`);
  return parts.join(" ");
}

/** The violation report pre-filled from the case, in formal Indonesian; every field stays editable. */
export function ojkViolationDraft(source: ComplaintSource): ComplaintFields {
  const channels = [...new Set(source.incidents.map((incident) => kata.channel[incident.channel]))];
  return {
    firm: source.sender,
    product: products(source, PHRASES.id),
    dateOfUse: "Saya bukan nasabah dan tidak pernah menggunakan produk ini.",
    problem:
      source.violations.length > 0
        ? `Penawaran melalui ${channels.join(" dan ")}: ${source.violations.map((v) => v.title.id.charAt(0).toLowerCase() + v.title.id.slice(1)).join("; ")}.`
        : `Penawaran yang tidak saya kehendaki melalui ${channels.join(" dan ")}.`,
    complainantName: source.complainant.legalName ?? "",
    complainantId: source.complainant.idNumber ?? "",
    address: source.complainant.postalAddress ?? "",
    phone: source.complainant.phone ?? "",
    email: source.complainant.email,
    chronology: chronology(source, PHRASES.id),
    rulesBroken: source.violations
      .map((v, i) => `${i + 1}. ${v.title.id}. ${v.explanation.id} Dasar hukum: ${v.source.instrument} ${v.source.article}.${v.mayApply ? " (Sumber sekunder; perlu diperiksa.)" : ""}`)
      .join("\n"),
    stepsTaken: stepsTaken(source),
    demand:
      "Saya memohon OJK menindaklanjuti pelanggaran ini, meminta PUJK menghentikan penawaran kepada saya, menjelaskan dari mana PUJK memperoleh nomor saya, dan menghapus data pribadi saya.",
    evidenceList: evidenceList(source, PHRASES.id),
  };
}

/** The dispute request (POJK 31/2020 Art 10(4), (7)): only after the firm answered or its deadline passed. */
export const OJK_DISPUTE_FIELDS = [
  "firm",
  "product",
  "complainantName",
  "complainantId",
  "address",
  "phone",
  "email",
  "complaintToFirm",
  "firmResponse",
  "lossAmount",
  "chronology",
  "demand",
  "declarations",
  "evidenceList",
] as const;
export type OjkDisputeField = (typeof OJK_DISPUTE_FIELDS)[number];

/**
 * The dispute request pre-filled from the case. The loss amount and the demand are the user's
 * to state; the firm's response is its last reply, or the deadline it let pass without one.
 */
export function ojkDisputeDraft(source: ComplaintSource, deadline: { dueEnd: Date } | null): Record<OjkDisputeField, string> {
  const violation = ojkViolationDraft(source);
  const complaint = source.exchanges.find((e) => e.direction === "outgoing" && e.isComplaint) ?? source.exchanges.find((e) => e.direction === "outgoing");
  const reply = complaint ? source.exchanges.filter((e) => e.direction === "incoming" && e.occurredAt >= complaint.occurredAt).at(-1) : undefined;
  return {
    firm: violation.firm,
    product: violation.product,
    complainantName: violation.complainantName,
    complainantId: violation.complainantId,
    address: violation.address,
    phone: violation.phone,
    email: violation.email,
    complaintToFirm: complaint
      ? `Pengaduan kepada PUJK pada ${tanggalWaktu(complaint.occurredAt, complaint.timeZone)} melalui ${kata.exchangeChannel[complaint.channel]}${complaint.reference ? ` (tiket ${complaint.reference})` : ""}.`
      : "",
    firmResponse: reply
      ? `Tanggapan terakhir PUJK pada ${tanggalWaktu(reply.occurredAt, reply.timeZone)}${reply.body ? `: ${quote(reply.body)}` : "."}`
      : deadline
        ? `PUJK tidak memberikan tanggapan sampai batas waktu ${tanggalWaktu(deadline.dueEnd, source.timeZone)}.`
        : "PUJK tidak memberikan tanggapan.",
    lossAmount: "",
    chronology: violation.chronology,
    demand: "",
    declarations: [
      "Sengketa ini tidak sedang diperiksa di pengadilan, arbitrase, atau lembaga alternatif penyelesaian sengketa.",
      "Sengketa ini bersifat keperdataan.",
      "Sengketa ini belum pernah difasilitasi oleh OJK.",
    ].join("\n"),
    evidenceList: violation.evidenceList,
  };
}
