import type { CountryPack } from "./types";

/** United Kingdom (PECR 2003). Facts and grades: ../shared/domain/regulators.md §3. */
export const unitedKingdom: CountryPack = {
  country: "GB",
  holidayCalendar: "GB",
  complaintDeadlines: [],
  rules: [
    {
      id: "UK-SMS-CONSENT",
      title: { id: "SMS pemasaran tanpa persetujuan", en: "Marketing texts without consent" },
      explanation: {
        id: "SMS pemasaran kepada perorangan memerlukan persetujuan (kecuali 'soft opt-in' dari pembelian sebelumnya). Anda mencatat {count} SMS yang tidak pernah Anda setujui.",
        en: "Marketing texts to individuals need consent (apart from the soft opt-in after a previous sale). You logged {count} texts you never agreed to.",
      },
      check: { kind: "consent" },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "PECR 2003 (SI 2003/2426)", article: "reg. 22", url: "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/" },
      confidence: "M",
    },
    {
      id: "UK-SMS-OPTOUT",
      title: { id: "SMS tetap dikirim setelah Anda menolak", en: "Texts kept coming after you opted out" },
      explanation: {
        id: "Setelah Anda menolak, pengirim tidak boleh lagi mengirim SMS pemasaran. {count} SMS datang sesudahnya.",
        en: "Once you opted out, the sender may not send you more marketing texts. {count} texts came after that.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "PECR 2003 (SI 2003/2426)", article: "reg. 22–23" },
      confidence: "M",
    },
  ],
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
    },
  ],
  regulators: [
    {
      id: "UK-7726",
      name: "7726",
      takes: { id: "Teruskan SMS spam ke 7726 secara gratis; untuk telepon, kirim CALL + nomornya.", en: "Forward a spam text to 7726 for free; for a call, text CALL and the number." },
      url: "https://www.ofcom.org.uk",
      channels: [{ kind: "sms", value: "7726" }],
      requiredFields: ["senderNumber", "messageText"],
      reportsViolations: false,
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
      reportsViolations: true,
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        addressee: ["Information Commissioner's Office", "Nuisance calls and messages"],
        subject: "Complaint about unsolicited marketing from {company}",
        demand: "I ask the ICO to take action so that this organisation stops contacting me, and to consider enforcement under PECR.",
        // The report asks for you, the sender, then the contacts themselves (regulators.md §3b).
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
      takes: { id: "Pengaduan telepon penjualan langsung ke nomor yang terdaftar minimal 28 hari.", en: "Complaints about live sales calls to numbers registered for at least 28 days." },
      url: "https://www.tpsonline.org.uk",
      channels: [{ kind: "web", value: "https://www.tpsonline.org.uk" }],
      requiredFields: ["firm", "senderNumber", "dateTime", "registrationProof"],
      reportsViolations: false,
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        addressee: ["Telephone Preference Service (TPS)"],
        subject: "TPS complaint: sales calls from {company}",
        demand: "I ask the TPS to pass this complaint to the company and to the ICO.",
        // A full complaint: company and number, date and time, then you (regulators.md §3b).
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
    law: { instrument: "UK GDPR", article: "Art. 12(3), 15, 17 and 21", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
    answerWithin: { months: 1 },
    escalateTo: "ICO",
    confidence: "M",
  },
};
