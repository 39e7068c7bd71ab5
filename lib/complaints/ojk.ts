import { isFinancialCase } from "../cases/progress";
import type { Portal } from "../countries/types";
import { COLLECTION_CATEGORY, type Answer, type Category } from "../domain";
import type { Violation } from "../rules-engine";
import { chronology, evidenceList, products, quote, type ComplaintSource } from "./case-story";
import { daftar, kata, tanggalWaktu } from "./indonesian";
import { fillLetter, type Letter, type LetterTemplate } from "./letter";
import { lowerFirst, PHRASES } from "./phrases";
import { rulesBrokenText, violationsEnforcedBy } from "./rules-broken";

export type { ComplaintSource };

/** The fields of OJK's violation report, in the order of the APPK portal's form. */
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

/** The APPK portal's three steps (regulators.md §1b), with the report's fields in that order. */
export const OJK_PORTAL: Portal<OjkViolationField> = {
  url: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan",
  steps: [
    { name: { id: "perusahaan dan produk", en: "company and product" }, fields: ["firm", "product", "dateOfUse", "problem"] },
    {
      name: { id: "data diri dan kronologi", en: "your details and the chronology" },
      fields: ["complainantName", "complainantId", "address", "phone", "email", "chronology", "rulesBroken", "stepsTaken", "demand"],
    },
    { name: { id: "lampiran", en: "attachments" }, fields: ["evidenceList"] },
  ],
};

function stepsTaken(source: ComplaintSource): string {
  const sent = source.exchanges.filter((e) => e.direction === "outgoing");
  const replies = source.exchanges.filter((e) => e.direction === "incoming");
  if (sent.length === 0) {
    return "Saya belum menghubungi PUJK. Pengaduan berindikasi pelanggaran tidak mensyaratkan pengaduan kepada PUJK terlebih dahulu.";
  }
  const first = sent[0]!;
  const parts = [
    `Saya telah menghubungi PUJK sebanyak ${sent.length} kali, pertama pada ${tanggalWaktu(first.occurredAt, first.timeZone)} melalui ${kata.exchangeChannel[first.channel]}.`,
  ];
  const last = replies.at(-1);
  parts.push(last ? `PUJK membalas ${replies.length} kali; balasan terakhir pada ${tanggalWaktu(last.occurredAt, last.timeZone)}.` : "PUJK tidak membalas.");
  const tickets = [...new Set(source.exchanges.flatMap((e) => (e.reference ? [e.reference] : [])))];
  if (tickets.length > 0) parts.push(`Nomor tiket: ${tickets.join(", ")}.`);
  return parts.join(" ");
}

/** OJK's violation report: the only OJK route that names rules, and only the ones OJK enforces. */
export const OJK_VIOLATION_REGULATOR = "ID-OJK-VIOLATION";

const isCollection = (incident: ComplaintSource["incidents"][number]) => incident.category === COLLECTION_CATEGORY;

/** The user's relation to the firm exactly as they answered it; unanswered stays empty for them to fill in (audit finding 4). */
export function relationToFirm(answers: ComplaintSource["answers"], firm: string): string {
  switch (answers.customer) {
    case "yes": {
      const product = answers.product?.trim();
      return `Saya adalah nasabah ${firm}${product ? `, pengguna produk ${product}` : ""}.`;
    }
    case "no":
      return `Saya bukan nasabah ${firm} dan tidak menggunakan produknya.`;
    case "unsure":
      return `Saya tidak mengetahui apakah saya tercatat sebagai nasabah ${firm}.`;
    case null:
      return "";
  }
}

/** One line naming what the report is about: the OJK rules only, a possible breach said as "dugaan". */
function problem(source: ComplaintSource, violations: readonly Violation[]): string {
  const channels = daftar([...new Set(source.incidents.map((incident) => kata.channel[incident.channel]))]);
  if (violations.length > 0) {
    const titles = violations.map((v) => (v.strength === "mayHave" ? `dugaan ${lowerFirst(v.inLaw.title)}` : lowerFirst(v.inLaw.title)));
    return `Pokok pengaduan (${channels}): ${titles.join("; ")}.`;
  }
  const kind = source.incidents.length > 0 && source.incidents.every(isCollection) ? "Penagihan" : "Penawaran";
  return `${kind} yang tidak saya kehendaki melalui ${channels}.`;
}

/** What the user asks for: requests only, never a fact the user did not give. */
function demand(source: ComplaintSource, violations: readonly Violation[]): string {
  const what = violations.length === 0 ? "pengaduan ini" : violations.every((v) => v.strength === "mayHave") ? "dugaan pelanggaran ini" : "pelanggaran ini";
  const offers = source.incidents.some((incident) => !isCollection(incident));
  const collection = source.incidents.some(isCollection);
  const asks = [
    offers ? "menghentikan penawaran kepada saya" : null,
    collection ? "menghentikan penagihan yang melanggar ketentuan" : null,
    // The user said they gave the number themselves: nothing to explain.
    source.answers.numberSource === "me" ? null : "menjelaskan dari mana PUJK memperoleh nomor saya",
    // A customer's data stays with the firm while the contract runs: only its use for offers can stop.
    source.answers.customer === "yes" ? (offers ? "tidak lagi menggunakan data pribadi saya untuk penawaran" : null) : "menghapus data pribadi saya",
  ].filter((ask): ask is string => ask !== null);
  return `Saya memohon OJK menindaklanjuti ${what}${asks.length > 0 ? ` dan meminta PUJK ${daftar(asks)}` : ""}.`;
}

/** The violation report pre-filled from the case, in formal Indonesian; every field stays editable. */
export function ojkViolationDraft(source: ComplaintSource): ComplaintFields {
  const violations = violationsEnforcedBy(source.violations, OJK_VIOLATION_REGULATOR);
  return {
    firm: source.sender,
    product: products(source, PHRASES.id),
    dateOfUse: relationToFirm(source.answers, source.sender),
    problem: problem(source, violations),
    complainantName: source.complainant.legalName ?? "",
    complainantId: source.complainant.idNumber ?? "",
    address: source.complainant.postalAddress ?? "",
    phone: source.complainant.phone ?? "",
    email: source.complainant.email,
    chronology: chronology(source, PHRASES.id),
    rulesBroken: rulesBrokenText(violations, source.incidents, PHRASES.id, source.answers),
    stepsTaken: stepsTaken(source),
    demand: demand(source, violations),
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
 * Whether the dispute request can be offered, from what the user answered: the route belongs to
 * customers of a licensed firm who lost money (POJK 31/2020 Art 10; audit finding 4). Only an
 * answer of "no" (or no loss) closes it; unanswered leaves it for the user to judge.
 */
export function ojkDisputeMayApply(
  answers: { country: string; customer: Answer | null; licensed: Answer | null; lossRupiah: number | null },
  categories: readonly Category[],
): boolean {
  return answers.country === "ID" && isFinancialCase(categories) && answers.customer !== "no" && answers.licensed !== "no" && answers.lossRupiah !== 0;
}

/** The loss the user stated, as "Rp1.500.000"; empty when they did not say. */
const lossAmount = (rupiah: number | null) => (rupiah === null ? "" : `Rp${new Intl.NumberFormat("id-ID").format(rupiah)}`);

/**
 * The dispute request pre-filled from the case. The loss amount is the one the user gave, the
 * demand is theirs to state; the firm's response is its last reply, or the deadline it let pass without one.
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
    lossAmount: lossAmount(source.answers.lossRupiah),
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

/** Written complaints to OJK go to this office (POJK 22/2023 Art 93(2)). */
export const OJK_ADDRESSEE = [
  "Kepada Yth.",
  "Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi, dan Pelindungan Konsumen",
  "Otoritas Jasa Keuangan",
  "di Jakarta",
];

/** The OJK violation report as a letter, in formal Indonesian; every heading stays, "—" where a field is empty. */
export const OJK_VIOLATION_LETTER: LetterTemplate = {
  date: { locale: "id-ID", placeFrom: "address" },
  meta: [
    ["Nomor", "—"],
    ["Lampiran", "{attachments}"],
    ["Perihal", "Pengaduan Berindikasi Pelanggaran oleh {firm}"],
  ],
  addressee: OJK_ADDRESSEE,
  salutation: "Dengan hormat,",
  intro: "Saya yang bertanda tangan di bawah ini:",
  identity: [
    ["Nama", "complainantName"],
    ["NIK", "complainantId"],
    ["Alamat", "address"],
    ["Telepon", "phone"],
    ["Email", "email"],
  ],
  statement: "dengan ini menyampaikan pengaduan berindikasi pelanggaran terhadap {firm} terkait produk {product}. {problem?}",
  sections: [
    ["Hubungan dengan pelaku usaha", "dateOfUse"],
    ["Kronologi", "chronology"],
    ["Ketentuan yang dilanggar", "rulesBroken"],
    ["Upaya yang telah dilakukan", "stepsTaken"],
    ["Permohonan", "demand"],
    ["Daftar lampiran", "evidenceList"],
  ],
  closing: "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih.",
  signOff: "Hormat saya,",
  signatory: "complainantName",
  empty: "dash",
  attachments: "{count} berkas",
};

/** The dispute facilitation request to OJK (POJK 31/2020 Art 10), to be signed over meterai: the report's frame, its own subject and sections. */
export const OJK_DISPUTE_LETTER: LetterTemplate = {
  ...OJK_VIOLATION_LETTER,
  meta: [
    ["Nomor", "—"],
    ["Lampiran", "{attachments}"],
    ["Perihal", "Permohonan Fasilitasi Penyelesaian Sengketa dengan {firm}"],
  ],
  statement: "dengan ini mengajukan permohonan fasilitasi penyelesaian sengketa dengan {firm} terkait produk {product}.",
  sections: [
    ["Pengaduan kepada PUJK", "complaintToFirm"],
    ["Tanggapan PUJK", "firmResponse"],
    ["Nilai kerugian", "lossAmount"],
    ["Kronologi", "chronology"],
    ["Permohonan", "demand"],
    ["Pernyataan", "declarations"],
    ["Daftar lampiran", "evidenceList"],
  ],
  closing: "Demikian permohonan ini saya sampaikan dengan sebenar-benarnya. Surat pernyataan bermeterai saya lampirkan.",
};

type LetterOptions = { now: Date; timeZone: string; exhibits: number };

/** The OJK violation report as a letter (addressee per POJK 22/2023 Art 93(2)). */
export const ojkViolationLetter = (fields: ComplaintFields, options: LetterOptions): Letter => fillLetter(OJK_VIOLATION_LETTER, fields, options);

export const ojkDisputeLetter = (fields: Record<OjkDisputeField, string>, options: LetterOptions): Letter => fillLetter(OJK_DISPUTE_LETTER, fields, options);
