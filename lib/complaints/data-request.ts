import type { DataRequestRule } from "../countries/types";
import { tanggal, tanggalWaktu } from "./indonesian";
import type { Letter } from "./letter";

export const DATA_LETTER_FIELDS = ["recipient", "subject", "body"] as const;
export type DataLetterField = (typeof DATA_LETTER_FIELDS)[number];
export type DataLetterFields = Record<DataLetterField, string>;

export type DataLetterSource = {
  sender: string;
  complainant: { legalName: string | null; phone: string | null; email: string };
  firstContact: Date | null;
  lastContact: Date | null;
  timeZone: string;
};

const englishDate = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone }).format(instant);

/**
 * The personal-data letter to the sender, in the language of its law: where did you get my
 * number, stop, delete it, answer within the legal time. Every field stays editable.
 */
export function dataRequestDraft(source: DataLetterSource, rule: DataRequestRule): DataLetterFields {
  const name = source.complainant.legalName ?? "";
  const phone = source.complainant.phone ?? "";
  if (rule.language === "id") {
    const since = source.firstContact ? ` sejak ${tanggalWaktu(source.firstContact, source.timeZone)}` : "";
    const last = source.lastContact ? `, terakhir ${tanggalWaktu(source.lastContact, source.timeZone)}` : "";
    return {
      recipient: source.sender,
      subject: "Permintaan terkait data pribadi dan penghentian penawaran",
      body: [
        `Saya${name ? `, ${name},` : ""} pemilik nomor telepon ${phone || "yang Anda hubungi"}, menerima pesan atau telepon dari Anda${since}${last}, tanpa pernah memberikan persetujuan.`,
        `Berdasarkan ${rule.law.instrument}, saya meminta Anda:`,
        "1. menjelaskan dari mana Anda memperoleh nomor telepon dan data pribadi saya, dasar hukum dan tujuan pemrosesannya (Pasal 5);",
        "2. memberikan salinan data pribadi saya yang Anda simpan (Pasal 32);",
        "3. menghentikan semua penawaran dan pemrosesan data pribadi saya; persetujuan, jika pernah ada, saya tarik (Pasal 9 dan Pasal 40);",
        "4. menghapus data pribadi saya (Pasal 8).",
        "Mohon tanggapan paling lambat 3 × 24 jam sejak surat ini diterima.",
      ].join("\n"),
    };
  }
  const since = source.firstContact ? ` since ${englishDate(source.firstContact, source.timeZone)}` : "";
  return {
    recipient: source.sender,
    subject: "Request about my personal data, and objection to marketing",
    body: [
      `I${name ? `, ${name},` : ""} hold the phone number ${phone || "you have been contacting"} and have received your marketing messages or calls${since} without ever consenting.`,
      `Under ${rule.law.instrument}, I ask you to:`,
      "1. tell me where you obtained my number and personal data, and the purpose and legal basis of processing it (Art. 15);",
      "2. give me a copy of the personal data you hold about me (Art. 15);",
      "3. stop all marketing to me: I object to it and withdraw any consent (Art. 21(2)–(3), Art. 7(3));",
      "4. erase my personal data (Art. 17).",
      "Please answer within one month of receiving this letter (Art. 12(3)).",
    ].join("\n"),
  };
}

/** The data letter laid out like the other letters, for PDF and text. */
export function dataRequestLetter(fields: DataLetterFields, rule: DataRequestRule, options: { now: Date; timeZone: string; signatory: string; email: string }): Letter {
  const indonesian = rule.language === "id";
  return {
    dateLine: indonesian ? tanggal(options.now, options.timeZone) : englishDate(options.now, options.timeZone),
    meta: [[indonesian ? "Perihal" : "Subject", fields.subject]],
    addressee: [indonesian ? "Kepada Yth." : "To:", fields.recipient],
    salutation: indonesian ? "Dengan hormat," : "Dear Sir or Madam,",
    intro: fields.body,
    identity: [],
    statement: "",
    sections: [],
    closing: indonesian ? "Atas perhatian Anda, saya ucapkan terima kasih." : "Thank you for your prompt answer.",
    signOff: indonesian ? "Hormat saya," : "Yours faithfully,",
    signatory: [options.signatory, options.email].filter(Boolean).join("\n"),
  };
}
