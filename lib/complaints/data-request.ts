import type { DataRequestRule } from "../countries/types";
import type { Consent } from "../domain";
import { daftar, tanggalWaktu } from "./indonesian";
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
  /** What the user said about consent to each contact of the case: the letter claims no more. */
  consents: readonly Consent[];
};

/**
 * What the letter may say about consent: "never" only when the user said so of every contact;
 * "agreed" when they agreed to any (the letter withdraws it and does not deny it); otherwise
 * "unsure" (they do not recall consenting).
 */
export type ConsentStance = "never" | "agreed" | "unsure";

export function consentStance(consents: readonly Consent[]): ConsentStance {
  if (consents.includes("agreed")) return "agreed";
  return consents.length > 0 && consents.every((consent) => consent === "never") ? "never" : "unsure";
}

/** One request of the letter; `clock`: the article that sets a 3×24-hour time to act on it. */
type Ask = { text: string; clock?: string };

type Template = {
  /** Intl locale for the dates in the letter. */
  locale: string;
  subject: string;
  opening: (name: string, phone: string, since: string, stance: ConsentStance) => string;
  since: (date: string) => string;
  /** The law as written in this language; null: the pack's own name for it. */
  law: string | null;
  asking: (law: string) => string;
  asks: Ask[];
  /** When to answer; `clocked`: the requests (numbered from 1) the law gives a time to. */
  answer: (clocked: readonly { number: number; article: string }[]) => string;
  labels: { subject: string; to: string; salutation: string; closing: string; signOff: string };
};

/** The letter in the language of the law it rests on (documents go in the case's language). */
const TEMPLATES: Record<DataRequestRule["language"], Template> = {
  id: {
    locale: "id-ID",
    subject: "Permintaan terkait data pribadi dan penghentian penawaran",
    opening: (name, phone, since, stance) =>
      `Saya${name ? `, ${name},` : ""} pemilik nomor telepon ${phone || "yang Anda hubungi"}, menerima pesan atau telepon dari Anda${since}${
        {
          never: ", tanpa pernah memberikan persetujuan.",
          agreed: ". Dengan surat ini saya menarik setiap persetujuan yang pernah saya berikan untuk penawaran dan pemrosesan data pribadi saya.",
          unsure: ". Saya tidak ingat pernah memberikan persetujuan; jika pernah, persetujuan itu dengan ini saya tarik.",
        }[stance]
      }`,
    since: (date) => ` sejak ${date}`,
    law: null,
    asking: (law) => `Berdasarkan ${law}, saya meminta Anda:`,
    // Only access (Art 32) and stopping after withdrawal (Art 40) among these have 3×24 hours
    // (as correction, Art 30, and restriction, Art 41, would); Arts 5 and 8 set no time.
    asks: [
      { text: "menjelaskan dari mana Anda memperoleh nomor telepon dan data pribadi saya, dasar hukum dan tujuan pemrosesannya (Pasal 5);" },
      { text: "memberikan salinan data pribadi saya yang Anda simpan (Pasal 32);", clock: "Pasal 32" },
      {
        text: "menghentikan semua penawaran dan pemrosesan data pribadi saya; setiap persetujuan yang pernah diberikan saya tarik (Pasal 9 dan Pasal 40);",
        clock: "Pasal 40",
      },
      { text: "menghapus data pribadi saya (Pasal 8)." },
    ],
    answer: (clocked) =>
      clocked.length === 0
        ? "Mohon tanggapan tertulis atas permintaan di atas."
        : `Untuk permintaan nomor ${daftar(clocked.map((ask) => String(ask.number)))} (${daftar(clocked.map((ask) => ask.article))}), mohon dilaksanakan paling lambat 3 × 24 jam sejak surat ini diterima; untuk permintaan lainnya mohon tanggapan tertulis.`,
    labels: {
      subject: "Perihal",
      to: "Kepada Yth.",
      salutation: "Dengan hormat,",
      closing: "Atas perhatian Anda, saya ucapkan terima kasih.",
      signOff: "Hormat saya,",
    },
  },
  en: {
    locale: "en-GB",
    subject: "Request about my personal data, and objection to marketing",
    opening: (name, phone, since, stance) =>
      `I${name ? `, ${name},` : ""} hold the phone number ${phone || "you have been contacting"} and have received your marketing messages or calls${since}${
        {
          never: " without ever consenting.",
          agreed: ". I hereby withdraw any consent I have given to marketing and to the processing of my personal data.",
          unsure: ". I do not recall ever consenting; any consent I may have given is hereby withdrawn.",
        }[stance]
      }`,
    since: (date) => ` since ${date}`,
    law: null,
    asking: (law) => `Under ${law}, I ask you to:`,
    asks: [
      { text: "tell me where you obtained my number and personal data, and the purpose and legal basis of processing it (Art. 15);" },
      { text: "give me a copy of the personal data you hold about me (Art. 15);" },
      { text: "stop all marketing to me: I object to it and withdraw any consent (Art. 21(2)–(3), Art. 7(3));" },
      { text: "erase my personal data (Art. 17)." },
    ],
    answer: () => "Please answer within one month of receiving this letter (Art. 12(3)).",
    labels: { subject: "Subject", to: "To:", salutation: "Dear Sir or Madam,", closing: "Thank you for your prompt answer.", signOff: "Yours faithfully," },
  },
  fr: {
    locale: "fr-FR",
    subject: "Demande relative à mes données personnelles et opposition à la prospection",
    opening: (name, phone, since, stance) =>
      `Je soussigné(e)${name ? `, ${name},` : ""} titulaire du numéro ${phone || "que vous contactez"}, reçois vos messages ou appels commerciaux${since}${
        {
          never: " sans y avoir jamais consenti.",
          agreed: ". Je retire par la présente tout consentement que j'ai pu donner à la prospection et au traitement de mes données personnelles.",
          unsure: ". Je n'ai pas souvenir d'y avoir jamais consenti ; tout consentement éventuel est retiré par la présente.",
        }[stance]
      }`,
    since: (date) => ` depuis le ${date}`,
    law: "règlement (UE) 2016/679 (RGPD)",
    asking: (law) => `En application du ${law}, je vous demande :`,
    asks: [
      { text: "de m'indiquer l'origine de mon numéro et de mes données personnelles, ainsi que la finalité et la base légale de leur traitement (art. 15) ;" },
      { text: "de me communiquer une copie des données me concernant que vous détenez (art. 15) ;" },
      { text: "de cesser toute prospection à mon égard : je m'y oppose et retire tout consentement éventuel (art. 21.2 et 21.3, art. 7.3) ;" },
      { text: "d'effacer mes données personnelles (art. 17)." },
    ],
    answer: () => "Je vous remercie de me répondre dans un délai d'un mois à compter de la réception de ce courrier (art. 12.3).",
    labels: {
      subject: "Objet",
      to: "À l'attention de :",
      salutation: "Madame, Monsieur,",
      closing: "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
      signOff: "",
    },
  },
  es: {
    locale: "es-ES",
    subject: "Solicitud sobre mis datos personales y oposición a comunicaciones comerciales",
    opening: (name, phone, since, stance) =>
      `Yo${name ? `, ${name},` : ""} titular del número ${phone || "al que ustedes llaman"}, recibo sus mensajes o llamadas comerciales${since}${
        {
          never: " sin haber dado nunca mi consentimiento.",
          agreed:
            ". Por la presente retiro cualquier consentimiento que haya dado para comunicaciones comerciales y para el tratamiento de mis datos personales.",
          unsure: ". No recuerdo haber dado nunca mi consentimiento; en todo caso, retiro por la presente cualquier consentimiento que hubiera podido dar.",
        }[stance]
      }`,
    since: (date) => ` desde el ${date}`,
    law: "Reglamento (UE) 2016/679 (RGPD)",
    asking: (law) => `Conforme al ${law}, les solicito:`,
    asks: [
      { text: "que me indiquen de dónde obtuvieron mi número y mis datos personales, así como la finalidad y la base jurídica de su tratamiento (art. 15);" },
      { text: "que me faciliten una copia de los datos personales que conservan sobre mí (art. 15);" },
      { text: "que cesen toda comunicación comercial dirigida a mí: me opongo a ella y retiro cualquier consentimiento (art. 21.2 y 21.3, art. 7.3);" },
      { text: "que supriman mis datos personales (art. 17)." },
    ],
    answer: () => "Les ruego que me respondan en el plazo de un mes desde la recepción de este escrito (art. 12.3).",
    labels: { subject: "Asunto", to: "A la atención de:", salutation: "Muy señores míos:", closing: "Atentamente,", signOff: "" },
  },
};

/**
 * The personal-data letter to the sender, in the language of its law: where did you get my
 * number, stop, delete it, answer within the legal time. It says of consent only what the user
 * answered (`consentStance`). Every field stays editable.
 */
export function dataRequestDraft(source: DataLetterSource, rule: DataRequestRule): DataLetterFields {
  const template = TEMPLATES[rule.language];
  const first = source.firstContact;
  const since = first
    ? template.since(rule.language === "id" ? tanggalWaktu(first, source.timeZone) : letterDate(template.locale, first, source.timeZone))
    : "";
  return {
    recipient: source.sender,
    subject: template.subject,
    body: [
      template.opening(source.complainant.legalName ?? "", source.complainant.phone ?? "", since, consentStance(source.consents)),
      template.asking(template.law ?? rule.law.instrument),
      ...template.asks.map((ask, i) => `${i + 1}. ${ask.text}`),
      template.answer(template.asks.flatMap((ask, i) => (ask.clock ? [{ number: i + 1, article: ask.clock }] : []))),
    ].join("\n"),
  };
}

/** The data letter laid out like the other letters, for PDF and text. */
export function dataRequestLetter(
  fields: DataLetterFields,
  rule: DataRequestRule,
  options: { now: Date; timeZone: string; signatory: string; email: string },
): Letter {
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
