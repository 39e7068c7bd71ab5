import type { Category, Channel, Direction, ExchangeChannel, ExchangeTag } from "../domain";
import type { Violation } from "../rules-engine";
import { kata, tanggalWaktu } from "./indonesian";

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

export type ComplaintSource = {
  sender: string;
  complainant: { legalName: string | null; idNumber: string | null; postalAddress: string | null; phone: string | null; email: string };
  timeZone: string;
  incidents: readonly {
    occurredAt: Date;
    timeZone: string;
    channel: Channel;
    category: Category;
    messageText: string | null;
    callAnswered: boolean | null;
    callDurationSeconds: number | null;
    callOffer: string | null;
  }[];
  exchanges: readonly {
    occurredAt: Date;
    timeZone: string;
    channel: ExchangeChannel;
    direction: Direction;
    handle: string | null;
    body: string | null;
    reference: string | null;
    isComplaint: boolean;
    tags: readonly ExchangeTag[];
  }[];
  violations: readonly Violation[];
  evidence: readonly { fileName: string; caption: string | null; uploadedAt: Date; storedKey: string }[];
};

const quote = (text: string) => `“${text.replace(/\s+/g, " ").trim()}”`;

function chronology(source: ComplaintSource): string {
  const lines = [
    ...source.incidents.map((incident) => {
      const what =
        incident.channel === "call"
          ? `${kata.channel.call} dari ${source.sender}${incident.callAnswered ? "" : " (tidak diangkat)"}${incident.callOffer ? `, menawarkan ${quote(incident.callOffer)}` : ""}`
          : `${kata.channel[incident.channel]} dari ${source.sender}${incident.messageText ? `: ${quote(incident.messageText)}` : ""}`;
      return { at: incident.occurredAt, text: `${tanggalWaktu(incident.occurredAt, incident.timeZone)} — ${what}` };
    }),
    ...source.exchanges.map((exchange) => {
      const via = `melalui ${kata.exchangeChannel[exchange.channel]}`;
      const who = exchange.handle ?? source.sender;
      const what =
        exchange.direction === "outgoing"
          ? `Saya ${exchange.isComplaint ? "mengirim pengaduan" : "menulis"} ${via} kepada ${who}`
          : `${who} membalas ${via}`;
      const ticket = exchange.reference ? ` (tiket ${exchange.reference})` : "";
      return { at: exchange.occurredAt, text: `${tanggalWaktu(exchange.occurredAt, exchange.timeZone)} — ${what}${ticket}${exchange.body ? `: ${quote(exchange.body)}` : ""}` };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return lines.map((line, i) => `${i + 1}. ${line.text}`).join("\n");
}

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
  const categories = [...new Set(source.incidents.map((incident) => incident.category))];
  const channels = [...new Set(source.incidents.map((incident) => kata.channel[incident.channel]))];
  return {
    firm: source.sender,
    product: categories.map((category) => kata.category[category]).join(", "),
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
    chronology: chronology(source),
    rulesBroken: source.violations
      .map((v, i) => `${i + 1}. ${v.title.id}. ${v.explanation.id} Dasar hukum: ${v.source.instrument} ${v.source.article}.${v.mayApply ? " (Sumber sekunder; perlu diperiksa.)" : ""}`)
      .join("\n"),
    stepsTaken: stepsTaken(source),
    demand:
      "Saya memohon OJK menindaklanjuti pelanggaran ini, meminta PUJK menghentikan penawaran kepada saya, menjelaskan dari mana PUJK memperoleh nomor saya, dan menghapus data pribadi saya.",
    evidenceList: source.evidence
      .map((file, i) => `Lampiran ${i + 1}: ${file.caption || file.fileName} — diunggah ${tanggalWaktu(file.uploadedAt, source.timeZone)} — SHA-256 ${file.storedKey}`)
      .join("\n"),
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
