import type { CountryPack } from "./types";

const PECR = "https://www.legislation.gov.uk/uksi/2003/2426/contents";
/** PECR is enforced by the ICO. */
const ICO = ["UK-ICO"];

/** United Kingdom (PECR 2003). Each rule carries its source and grade (docs/decisions/0007). */
export const unitedKingdom: CountryPack = {
  country: "GB",
  holidays: { dateHolidays: "GB" },
  complaintDeadlines: [],
  rules: [
    {
      id: "UK-SMS-CONSENT",
      title: { id: "SMS pemasaran tanpa persetujuan", en: "Marketing texts without consent" },
      explanation: {
        id: "SMS pemasaran kepada perorangan memerlukan persetujuan (kecuali 'soft opt-in' dari pembelian sebelumnya).",
        en: "Marketing texts to individuals need consent (apart from the soft opt-in after a previous sale).",
      },
      check: { kind: "consent" },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: ICO,
      source: { instrument: "PECR 2003 (SI 2003/2426)", article: "reg. 22", url: PECR },
      confidence: "M",
      inLaw: { title: "Marketing texts sent without my consent" },
    },
    {
      id: "UK-SMS-OPTOUT",
      title: { id: "SMS tetap dikirim setelah Anda menolak", en: "Texts kept coming after you opted out" },
      explanation: {
        id: "Setelah Anda menolak, pengirim tidak boleh lagi mengirim SMS pemasaran.",
        en: "Once you opted out, the sender may not send you more marketing texts.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: ICO,
      source: { instrument: "PECR 2003 (SI 2003/2426)", article: "reg. 22–23", url: PECR },
      confidence: "M",
      inLaw: { title: "Marketing texts sent after I opted out" },
    },
    {
      id: "UK-CALL-OBJECTION",
      title: { id: "Telepon pemasaran setelah Anda meminta berhenti", en: "Marketing calls after you told them to stop" },
      explanation: {
        id: "Setelah Anda memberi tahu penelepon agar tidak menelepon lagi, telepon pemasaran langsung ke nomor Anda dilarang.",
        en: "Once you told the caller not to call you, live marketing calls to your line are banned.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: ICO,
      source: { instrument: "PECR 2003 (SI 2003/2426)", article: "reg. 21(1)(a)", url: PECR },
      confidence: "M",
      inLaw: { title: "Marketing calls made after I told the caller not to call" },
    },
  ],
  charters: [],
  gaps: [
    {
      id: "UK-HOURS",
      text: { id: "PECR tidak mengatur jam telepon atau SMS; jam tidak diperiksa.", en: "PECR sets no calling or texting hours, so hours are not checked." },
      confidence: "M",
    },
    {
      id: "UK-CALL-TPS",
      text: {
        id: "Telepon ke nomor yang terdaftar di TPS (minimal 28 hari) melanggar PECR reg. 21, tetapi Spamtrail belum tahu apakah nomor Anda terdaftar.",
        en: "Calls to a number registered with the TPS (for 28 days or more) break PECR reg. 21, but Spamtrail does not know yet whether yours is registered.",
      },
      confidence: "M",
      channels: ["call"],
    },
    {
      id: "UK-CALL-AUTO",
      text: {
        id: "Telepon pemasaran otomatis (rekaman) memerlukan persetujuan Anda sebelumnya (PECR reg. 19); Spamtrail tidak menanyakan apakah telepon itu rekaman, jadi ini tidak diperiksa.",
        en: "Automated (recorded) marketing calls need your prior consent (PECR reg. 19); Spamtrail does not ask whether a call was recorded, so this is not checked.",
      },
      confidence: "M",
      channels: ["call"],
    },
  ],
  regulators: [
    {
      id: "UK-7726",
      name: "7726",
      takes: {
        id: "Teruskan SMS spam ke 7726 secara gratis; untuk telepon, kirim CALL + nomornya.",
        en: "Forward a spam text to 7726 for free; for a call, text CALL and the number.",
      },
      url: "https://www.ofcom.org.uk",
      channels: [{ kind: "sms", value: "7726" }],
      requiredFields: ["senderNumber", "messageText"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
    },
    {
      id: "UK-ICO",
      name: "Information Commissioner's Office (ICO)",
      takes: { id: "Laporan telepon dan pesan pemasaran yang mengganggu.", en: "Reports of nuisance marketing calls and messages." },
      url: "https://ico.org.uk/make-a-complaint/nuisance-calls-and-messages/",
      channels: [{ kind: "web", value: "https://ico.org.uk/make-a-complaint/nuisance-calls-and-messages/" }],
      requiredFields: ["identity", "address", "contact", "firm", "dateTime", "messageText", "senderNumber"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        addressee: ["Information Commissioner's Office", "Nuisance calls and messages"],
        subject: "Complaint about unsolicited marketing from {company}",
        demand: "I ask the ICO to take action so that this organisation stops contacting me, and to consider enforcement under PECR.",
        // The report asks for you, the sender, then the contacts themselves (the body's own form).
        portal: {
          url: "https://ico.org.uk/make-a-complaint/nuisance-calls-and-messages/",
          steps: [
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "address", "phone", "email"] },
            { name: { id: "pengirimnya", en: "the sender" }, fields: ["company", "senderNumber"] },
            { name: { id: "yang terjadi", en: "what happened" }, fields: ["product", "chronology", "stepsTaken"] },
          ],
        },
      },
    },
    {
      id: "UK-TPS",
      name: "Telephone Preference Service (TPS)",
      takes: {
        id: "Pengaduan telepon penjualan langsung ke nomor yang terdaftar minimal 28 hari.",
        en: "Complaints about live sales calls to numbers registered for at least 28 days.",
      },
      url: "https://www.tpsonline.org.uk",
      channels: [{ kind: "web", value: "https://www.tpsonline.org.uk" }],
      requiredFields: ["firm", "senderNumber", "dateTime", "registrationProof"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        addressee: ["Telephone Preference Service (TPS)"],
        subject: "TPS complaint: sales calls from {company}",
        demand: "I ask the TPS to pass this complaint to the company and to the ICO.",
        // A full complaint: company and number, date and time, then you (the body's own form).
        portal: {
          url: "https://www.tpsonline.org.uk",
          steps: [
            { name: { id: "telepon itu", en: "the call" }, fields: ["company", "senderNumber", "chronology"] },
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "phone", "address"] },
          ],
        },
      },
    },
  ],
  dataRequest: {
    id: "GDPR-REQUEST",
    language: "en",
    law: { instrument: "UK GDPR", article: "Art. 12(3), 15, 17 and 21", url: "https://www.legislation.gov.uk/eur/2016/679/contents" },
    answerWithin: { months: 1 },
    escalateTo: "ICO",
    confidence: "M",
  },
};
