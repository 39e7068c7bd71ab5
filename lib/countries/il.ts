import type { CountryPack } from "./types";

const S30A = { instrument: "Communications Law (Bezeq and Broadcasts) 5742-1982", article: "s. 30A" };
const S30A_HE = 'חוק התקשורת (בזק ושידורים), התשמ"ב-1982, סעיף 30א';
/** Section 30A is enforced by the recipient's own claim in the small claims court. */
const SMALL_CLAIMS = ["IL-SMALL-CLAIMS"];

/** Israel. Each rule carries its source and grade (docs/decisions/0007). */
export const israel: CountryPack = {
  country: "IL",
  holidays: { dateHolidays: "IL" },
  complaintDeadlines: [],
  rules: [
    {
      id: "IL-SPAM-CONSENT",
      title: { id: "Iklan lewat SMS tanpa persetujuan", en: "Advertising by SMS without consent" },
      explanation: {
        id: "Iklan lewat SMS memerlukan persetujuan eksplisit sebelumnya; pengadilan dapat memberi hingga NIS 1.000 per pesan.",
        en: "Advertising by SMS needs prior explicit consent; a court may award up to NIS 1,000 per message.",
      },
      check: { kind: "consent" },
      channels: ["sms", "whatsapp", "other_app"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: SMALL_CLAIMS,
      source: S30A,
      confidence: "M",
      inLaw: { title: "שיגור דבר פרסומת ללא הסכמה מפורשת מראש", citation: S30A_HE },
    },
    {
      id: "IL-SPAM-WITHDRAW",
      title: { id: "Iklan setelah persetujuan ditarik", en: "Advertising after consent was withdrawn" },
      explanation: {
        id: "Persetujuan dapat ditarik kapan saja; sesudahnya iklan tidak boleh dikirim lagi.",
        en: "Consent can be withdrawn at any time; after that, no more advertising may be sent.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms", "whatsapp", "other_app"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: SMALL_CLAIMS,
      source: S30A,
      confidence: "M",
      inLaw: { title: "שיגור דבר פרסומת לאחר שהודעתי על סירובי", citation: S30A_HE },
    },
  ],
  charters: [],
  gaps: [
    {
      id: "IL-HOURS",
      text: {
        id: "Tidak ditemukan aturan jam telepon di Israel; jam tidak diperiksa.",
        en: "No statutory calling hours were found in Israel, so hours are not checked.",
      },
      confidence: "U",
    },
    {
      id: "IL-30A-EXCEPTION",
      text: {
        id: "Pasal 30A(c) membolehkan iklan kepada orang yang memberi datanya saat membeli atau bernegosiasi, diberi tahu tentang iklan, diberi kesempatan menolak, dan hanya untuk produk serupa. Spamtrail tidak memeriksa pengecualian ini: jika cocok dengan keadaan Anda, aturan persetujuan mungkin tidak berlaku.",
        en: "Section 30A(c) allows ads to someone who gave their details while buying or negotiating, was told about ads, could refuse, and gets offers for similar products. Spamtrail does not check this exception: if it fits you, the consent rule may not apply.",
      },
      confidence: "M",
    },
    {
      id: "IL-AUTO",
      text: {
        id: "Iklan melalui panggilan otomatis juga memerlukan persetujuan sebelumnya (pasal 30A); Spamtrail tidak menanyakan apakah telepon itu otomatis, jadi ini tidak diperiksa.",
        en: "Advertising by automatic dialling also needs prior consent (s. 30A); Spamtrail does not ask whether a call was automated, so this is not checked.",
      },
      confidence: "M",
      channels: ["call"],
    },
    {
      id: "IL-DNC",
      text: {
        id: 'Telepon pemasaran ke nomor yang terdaftar di daftar "Do Not Call Me" dilarang (UU Perlindungan Konsumen, amandemen 61), tetapi Spamtrail tidak tahu apakah nomor Anda terdaftar; ini tidak diperiksa.',
        en: 'Telemarketing calls to a number on the "Do Not Call Me" registry are banned (Consumer Protection Law, Amendment 61), but Spamtrail does not know whether yours is registered, so this is not checked.',
      },
      confidence: "M",
      channels: ["call"],
    },
    {
      id: "IL-SMALL-CLAIMS-CEILING",
      text: {
        id: "Pengadilan gugatan sederhana punya batas nilai gugatan; Spamtrail tidak memeriksanya. Pastikan jumlah dalam surat somasi tidak melampauinya sebelum menggugat.",
        en: "The small claims court has a ceiling on the amount claimed; Spamtrail does not check it. Make sure the demand letter's total fits under it before you sue.",
      },
      confidence: "U",
    },
  ],
  regulators: [
    {
      id: "IL-CONSUMER-COUNCIL",
      name: "Israel Consumer Council (המועצה הישראלית לצרכנות)",
      takes: {
        id: "Pengaduan konsumen secara daring; membantu menyiapkan gugatan sederhana.",
        en: "Consumer complaints online; helps prepare small-claims suits.",
      },
      url: "https://www.consumers.org.il",
      channels: [{ kind: "web", value: "https://www.consumers.org.il" }],
      requiredFields: ["identity", "contact", "evidence", "chronology"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "he",
        addressee: ["המועצה הישראלית לצרכנות"],
        subject: "תלונה על פניות פרסומיות מאת {company}",
        demand: "אבקש את סיוע המועצה כדי שהעסק יפסיק לפנות אליי וימחק את פרטיי.",
        // Online only: you, the business, the complaint, then every document (the body's own form).
        portal: {
          url: "https://www.consumers.org.il",
          steps: [
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "phone", "email"] },
            { name: { id: "usahanya", en: "the business" }, fields: ["company", "senderNumber"] },
            { name: { id: "keluhan Anda", en: "your complaint" }, fields: ["chronology", "stepsTaken", "demand"] },
            { name: { id: "dokumen", en: "documents" }, fields: ["evidenceList"] },
          ],
        },
      },
    },
    {
      id: "IL-SMALL-CLAIMS",
      name: "Small claims court (בית משפט לתביעות קטנות)",
      takes: {
        id: "Ganti rugi hingga NIS 1.000 per pesan iklan tanpa persetujuan.",
        en: "Damages of up to NIS 1,000 per advertising message sent without consent.",
      },
      url: "https://www.gov.il",
      channels: [{ kind: "letter", value: "" }],
      requiredFields: ["identity", "address", "firm", "evidence", "demand"],
      companyFirst: false,
      sectors: "any",
      source: { instrument: "Communications Law (Bezeq and Broadcasts) 5742-1982", article: "s. 30A" },
      confidence: "M",
      // A demand letter to the sender before suing: up to NIS 1,000 per message without proof of damage (s. 30A).
      complaint: {
        language: "he",
        addressee: ["{company}"],
        subject: "מכתב התראה לפני הגשת תביעה לפי סעיף 30א לחוק התקשורת (בזק ושידורים)",
        demand:
          "אני דורש/ת לחדול מיד מכל פנייה אליי, ולשלם לי פיצוי בסך {amount} ₪ (1,000 ₪ לכל הודעת פרסומת; מספר ההודעות: {count}) לפי סעיף 30א לחוק. אם הסכום לא ישולם, אגיש תביעה לבית המשפט לתביעות קטנות ללא הודעה נוספת.",
        toSender: true,
        damages: { perMessage: 1000, currency: "ILS", rules: ["IL-SPAM-CONSENT", "IL-SPAM-WITHDRAW"] },
      },
    },
  ],
  dataRequest: null,
};
