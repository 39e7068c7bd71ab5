import type { DataRequestRule } from "../countries/types";
import { tanggalWaktu } from "./indonesian";
import { letterDate } from "./phrases";
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

type Template = {
  /** Intl locale for the dates in the letter. */
  locale: string;
  subject: string;
  opening: (name: string, phone: string, since: string) => string;
  since: (date: string) => string;
  /** The law as written in this language; null: the pack's own name for it. */
  law: string | null;
  asking: (law: string) => string;
  asks: string[];
  answer: string;
  labels: { subject: string; to: string; salutation: string; closing: string; signOff: string };
};

/** The letter in the language of the law it rests on (documents go in the case's language). */
const TEMPLATES: Record<DataRequestRule["language"], Template> = {
  id: {
    locale: "id-ID",
    subject: "Permintaan terkait data pribadi dan penghentian penawaran",
    opening: (name, phone, since) => `Saya${name ? `, ${name},` : ""} pemilik nomor telepon ${phone || "yang Anda hubungi"}, menerima pesan atau telepon dari Anda${since}, tanpa pernah memberikan persetujuan.`,
    since: (date) => ` sejak ${date}`,
    law: null,
    asking: (law) => `Berdasarkan ${law}, saya meminta Anda:`,
    asks: [
      "menjelaskan dari mana Anda memperoleh nomor telepon dan data pribadi saya, dasar hukum dan tujuan pemrosesannya (Pasal 5);",
      "memberikan salinan data pribadi saya yang Anda simpan (Pasal 32);",
      "menghentikan semua penawaran dan pemrosesan data pribadi saya; persetujuan, jika pernah ada, saya tarik (Pasal 9 dan Pasal 40);",
      "menghapus data pribadi saya (Pasal 8).",
    ],
    answer: "Mohon tanggapan paling lambat 3 × 24 jam sejak surat ini diterima.",
    labels: { subject: "Perihal", to: "Kepada Yth.", salutation: "Dengan hormat,", closing: "Atas perhatian Anda, saya ucapkan terima kasih.", signOff: "Hormat saya," },
  },
  en: {
    locale: "en-GB",
    subject: "Request about my personal data, and objection to marketing",
    opening: (name, phone, since) => `I${name ? `, ${name},` : ""} hold the phone number ${phone || "you have been contacting"} and have received your marketing messages or calls${since} without ever consenting.`,
    since: (date) => ` since ${date}`,
    law: null,
    asking: (law) => `Under ${law}, I ask you to:`,
    asks: [
      "tell me where you obtained my number and personal data, and the purpose and legal basis of processing it (Art. 15);",
      "give me a copy of the personal data you hold about me (Art. 15);",
      "stop all marketing to me: I object to it and withdraw any consent (Art. 21(2)–(3), Art. 7(3));",
      "erase my personal data (Art. 17).",
    ],
    answer: "Please answer within one month of receiving this letter (Art. 12(3)).",
    labels: { subject: "Subject", to: "To:", salutation: "Dear Sir or Madam,", closing: "Thank you for your prompt answer.", signOff: "Yours faithfully," },
  },
  fr: {
    locale: "fr-FR",
    subject: "Demande relative à mes données personnelles et opposition à la prospection",
    opening: (name, phone, since) => `Je soussigné(e)${name ? `, ${name},` : ""} titulaire du numéro ${phone || "que vous contactez"}, reçois vos messages ou appels commerciaux${since} sans y avoir jamais consenti.`,
    since: (date) => ` depuis le ${date}`,
    law: "règlement (UE) 2016/679 (RGPD)",
    asking: (law) => `En application du ${law}, je vous demande :`,
    asks: [
      "de m'indiquer l'origine de mon numéro et de mes données personnelles, ainsi que la finalité et la base légale de leur traitement (art. 15) ;",
      "de me communiquer une copie des données me concernant que vous détenez (art. 15) ;",
      "de cesser toute prospection à mon égard : je m'y oppose et retire tout consentement éventuel (art. 21.2 et 21.3, art. 7.3) ;",
      "d'effacer mes données personnelles (art. 17).",
    ],
    answer: "Je vous remercie de me répondre dans un délai d'un mois à compter de la réception de ce courrier (art. 12.3).",
    labels: { subject: "Objet", to: "À l'attention de :", salutation: "Madame, Monsieur,", closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", signOff: "" },
  },
  es: {
    locale: "es-ES",
    subject: "Solicitud sobre mis datos personales y oposición a comunicaciones comerciales",
    opening: (name, phone, since) => `Yo${name ? `, ${name},` : ""} titular del número ${phone || "al que ustedes llaman"}, recibo sus mensajes o llamadas comerciales${since} sin haber dado nunca mi consentimiento.`,
    since: (date) => ` desde el ${date}`,
    law: "Reglamento (UE) 2016/679 (RGPD)",
    asking: (law) => `Conforme al ${law}, les solicito:`,
    asks: [
      "que me indiquen de dónde obtuvieron mi número y mis datos personales, así como la finalidad y la base jurídica de su tratamiento (art. 15);",
      "que me faciliten una copia de los datos personales que conservan sobre mí (art. 15);",
      "que cesen toda comunicación comercial dirigida a mí: me opongo a ella y retiro cualquier consentimiento (art. 21.2 y 21.3, art. 7.3);",
      "que supriman mis datos personales (art. 17).",
    ],
    answer: "Les ruego que me respondan en el plazo de un mes desde la recepción de este escrito (art. 12.3).",
    labels: { subject: "Asunto", to: "A la atención de:", salutation: "Muy señores míos:", closing: "Atentamente,", signOff: "" },
  },
};


/**
 * The personal-data letter to the sender, in the language of its law: where did you get my
 * number, stop, delete it, answer within the legal time. Every field stays editable.
 */
export function dataRequestDraft(source: DataLetterSource, rule: DataRequestRule): DataLetterFields {
  const template = TEMPLATES[rule.language];
  const first = source.firstContact;
  const since = first ? template.since(rule.language === "id" ? tanggalWaktu(first, source.timeZone) : letterDate(template.locale, first, source.timeZone)) : "";
  return {
    recipient: source.sender,
    subject: template.subject,
    body: [
      template.opening(source.complainant.legalName ?? "", source.complainant.phone ?? "", since),
      template.asking(template.law ?? rule.law.instrument),
      ...template.asks.map((ask, i) => `${i + 1}. ${ask}`),
      template.answer,
    ].join("\n"),
  };
}

/** The data letter laid out like the other letters, for PDF and text. */
export function dataRequestLetter(fields: DataLetterFields, rule: DataRequestRule, options: { now: Date; timeZone: string; signatory: string; email: string }): Letter {
  const { locale, labels } = TEMPLATES[rule.language];
  return {
    dateLine: letterDate(locale, options.now, options.timeZone),
    meta: [[labels.subject, fields.subject]],
    addressee: [labels.to, fields.recipient],
    salutation: labels.salutation,
    intro: fields.body,
    identity: [],
    statement: "",
    sections: [],
    closing: labels.closing,
    signOff: labels.signOff,
    signatory: [options.signatory, options.email].filter(Boolean).join("\n"),
  };
}
