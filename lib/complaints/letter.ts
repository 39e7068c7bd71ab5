import type { Direction } from "./bidi";
import type { ComplaintFields, OjkDisputeField } from "./ojk";
import { tanggal } from "./indonesian";

/** A formal letter, laid out once and rendered as PDF or plain text. */
export type Letter = {
  /** "rtl" for a Hebrew letter: aligned right, read right to left. */
  direction?: Direction;
  dateLine: string;
  meta: [label: string, value: string][];
  addressee: string[];
  salutation: string;
  intro: string;
  identity: [label: string, value: string][];
  statement: string;
  sections: { title: string; body: string }[];
  closing: string;
  signOff: string;
  signatory: string;
};

/** Where the letter is written: the town at the end of the user's address, if it has one. */
function place(address: string): string {
  const lastLine = address.trim().split("\n").at(-1) ?? "";
  return lastLine.split(",").at(-1)?.trim().replace(/\s+\d{5}$/, "") ?? "";
}

/** Written complaints to OJK go to this office (POJK 22/2023 Art 93(2)). */
export const OJK_ADDRESSEE = [
  "Kepada Yth.",
  "Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi, dan Pelindungan Konsumen",
  "Otoritas Jasa Keuangan",
  "di Jakarta",
];

/** The OJK violation report as a letter (addressee per POJK 22/2023 Art 93(2)). */
export function ojkViolationLetter(fields: ComplaintFields, options: { now: Date; timeZone: string; exhibits: number }): Letter {
  const town = place(fields.address);
  const dash = (value: string) => value.trim() || "—";
  return {
    dateLine: `${town ? `${town}, ` : ""}${tanggal(options.now, options.timeZone)}`,
    meta: [
      ["Nomor", "—"],
      ["Lampiran", options.exhibits > 0 ? `${options.exhibits} berkas` : "—"],
      ["Perihal", `Pengaduan Berindikasi Pelanggaran oleh ${dash(fields.firm)}`],
    ],
    addressee: OJK_ADDRESSEE,
    salutation: "Dengan hormat,",
    intro: "Saya yang bertanda tangan di bawah ini:",
    identity: [
      ["Nama", dash(fields.complainantName)],
      ["NIK", dash(fields.complainantId)],
      ["Alamat", dash(fields.address)],
      ["Telepon", dash(fields.phone)],
      ["Email", dash(fields.email)],
    ],
    statement: `dengan ini menyampaikan pengaduan berindikasi pelanggaran terhadap ${dash(fields.firm)} terkait produk ${dash(fields.product)}. ${fields.problem.trim()}`.trim(),
    sections: [
      { title: "Hubungan dengan pelaku usaha", body: dash(fields.dateOfUse) },
      { title: "Kronologi", body: dash(fields.chronology) },
      { title: "Ketentuan yang dilanggar", body: dash(fields.rulesBroken) },
      { title: "Upaya yang telah dilakukan", body: dash(fields.stepsTaken) },
      { title: "Permohonan", body: dash(fields.demand) },
      { title: "Daftar lampiran", body: dash(fields.evidenceList) },
    ],
    closing: "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih.",
    signOff: "Hormat saya,",
    signatory: dash(fields.complainantName),
  };
}

/** The dispute facilitation request to OJK (POJK 31/2020 Art 10), to be signed over meterai. */
export function ojkDisputeLetter(fields: Record<OjkDisputeField, string>, options: { now: Date; timeZone: string; exhibits: number }): Letter {
  const violation = ojkViolationLetter({ ...emptyViolation, ...pickShared(fields) }, options);
  const dash = (value: string) => value.trim() || "—";
  return {
    ...violation,
    meta: [
      ["Nomor", "—"],
      ["Lampiran", options.exhibits > 0 ? `${options.exhibits} berkas` : "—"],
      ["Perihal", `Permohonan Fasilitasi Penyelesaian Sengketa dengan ${dash(fields.firm)}`],
    ],
    statement: `dengan ini mengajukan permohonan fasilitasi penyelesaian sengketa dengan ${dash(fields.firm)} terkait produk ${dash(fields.product)}.`,
    sections: [
      { title: "Pengaduan kepada PUJK", body: dash(fields.complaintToFirm) },
      { title: "Tanggapan PUJK", body: dash(fields.firmResponse) },
      { title: "Nilai kerugian", body: dash(fields.lossAmount) },
      { title: "Kronologi", body: dash(fields.chronology) },
      { title: "Permohonan", body: dash(fields.demand) },
      { title: "Pernyataan", body: dash(fields.declarations) },
      { title: "Daftar lampiran", body: dash(fields.evidenceList) },
    ],
    closing: "Demikian permohonan ini saya sampaikan dengan sebenar-benarnya. Surat pernyataan bermeterai saya lampirkan.",
  };
}

const emptyViolation: ComplaintFields = {
  firm: "",
  product: "",
  dateOfUse: "",
  problem: "",
  complainantName: "",
  complainantId: "",
  address: "",
  phone: "",
  email: "",
  chronology: "",
  rulesBroken: "",
  stepsTaken: "",
  demand: "",
  evidenceList: "",
};

function pickShared(fields: Record<OjkDisputeField, string>): Partial<ComplaintFields> {
  const { firm, product, complainantName, complainantId, address, phone, email } = fields;
  return { firm, product, complainantName, complainantId, address, phone, email };
}

export function letterToText(letter: Letter): string {
  const pairs = (rows: [string, string][]) => rows.map(([label, value]) => `${label.padEnd(9)}: ${value.replace(/\n/g, "\n           ")}`).join("\n");
  return [
    letter.dateLine,
    "",
    pairs(letter.meta),
    "",
    letter.addressee.join("\n"),
    "",
    letter.salutation,
    letter.intro,
    pairs(letter.identity),
    letter.statement,
    ...letter.sections.flatMap((section) => ["", section.title.toUpperCase(), section.body]),
    "",
    letter.closing,
    "",
    letter.signOff,
    "",
    "",
    letter.signatory,
    "",
  ].join("\n");
}
