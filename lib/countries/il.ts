import type { CountryPack } from "./types";

const S30A = { instrument: "Communications Law (Bezeq and Broadcasts) 5742-1982", article: "s. 30A" };
const S30A_HE = "חוק התקשורת (בזק ושידורים), התשמ\"ב-1982, סעיף 30א";

/** Israel. Facts and grades: ../shared/domain/regulators.md §5. */
export const israel: CountryPack = {
  country: "IL",
  holidayCalendar: "IL",
  complaintDeadlines: [],
  rules: [
    {
      id: "IL-SPAM-CONSENT",
      title: { id: "Iklan lewat SMS tanpa persetujuan", en: "Advertising by SMS without consent" },
      explanation: {
        id: "Iklan lewat SMS memerlukan persetujuan eksplisit sebelumnya. Anda mencatat {count} pesan yang tidak pernah Anda setujui; pengadilan dapat memberi hingga NIS 1.000 per pesan.",
        en: "Advertising by SMS needs prior explicit consent. You logged {count} messages you never agreed to; a court may award up to NIS 1,000 per message.",
      },
      check: { kind: "consent" },
      channels: ["sms", "whatsapp", "other_app"],
      sectors: "any",
      source: S30A,
      confidence: "M",
      inLaw: { title: "שיגור דבר פרסומת ללא הסכמה מפורשת מראש", citation: S30A_HE },
    },
    {
      id: "IL-SPAM-WITHDRAW",
      title: { id: "Iklan setelah persetujuan ditarik", en: "Advertising after consent was withdrawn" },
      explanation: {
        id: "Persetujuan dapat ditarik kapan saja. {count} pesan datang setelah Anda menolak.",
        en: "Consent can be withdrawn at any time. {count} messages came after you refused.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms", "whatsapp", "other_app"],
      sectors: "any",
      source: S30A,
      confidence: "M",
      inLaw: { title: "שיגור דבר פרסומת לאחר שהודעתי על סירובי", citation: S30A_HE },
    },
  ],
  gaps: [
    {
      id: "IL-HOURS",
      text: { id: "Tidak ditemukan aturan jam telepon di Israel; jam tidak diperiksa.", en: "No statutory calling hours were found in Israel, so hours are not checked." },
      confidence: "U",
    },
  ],
  regulators: [
    {
      id: "IL-CONSUMER-COUNCIL",
      name: "Israel Consumer Council (המועצה הישראלית לצרכנות)",
      takes: { id: "Pengaduan konsumen secara daring; membantu menyiapkan gugatan sederhana.", en: "Consumer complaints online; helps prepare small-claims suits." },
      url: "https://www.consumers.org.il",
      channels: [{ kind: "web", value: "https://www.consumers.org.il" }],
      requiredFields: ["identity", "contact", "evidence", "chronology"],
      reportsViolations: false,
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "he",
        addressee: ["המועצה הישראלית לצרכנות"],
        subject: "תלונה על פניות פרסומיות מאת {company}",
        demand: "אבקש את סיוע המועצה כדי שהעסק יפסיק לפנות אליי וימחק את פרטיי.",
        // Online only: you, the business, the complaint, then every document (regulators.md §5b).
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
      takes: { id: "Ganti rugi hingga NIS 1.000 per pesan iklan tanpa persetujuan.", en: "Damages of up to NIS 1,000 per advertising message sent without consent." },
      url: "https://www.gov.il",
      channels: [{ kind: "letter", value: "" }],
      requiredFields: ["identity", "address", "firm", "evidence", "demand"],
      reportsViolations: true,
      companyFirst: false,
      sectors: "any",
      source: { instrument: "Communications Law (Bezeq and Broadcasts) 5742-1982", article: "s. 30A" },
      confidence: "M",
      // A demand letter to the sender before suing: up to NIS 1,000 per message without proof of damage (s. 30A).
      complaint: {
        language: "he",
        addressee: ["{company}"],
        subject: "מכתב התראה לפני הגשת תביעה לפי סעיף 30א לחוק התקשורת (בזק ושידורים)",
        demand: "אני דורש/ת לחדול מיד מכל פנייה אליי, ולשלם לי פיצוי בסך {amount} ₪ ({count} הודעות פרסומת × 1,000 ₪) לפי סעיף 30א לחוק. אם הסכום לא ישולם, אגיש תביעה לבית המשפט לתביעות קטנות ללא הודעה נוספת.",
        toSender: true,
        damages: { perMessage: 1000, currency: "ILS", rules: ["IL-SPAM-CONSENT", "IL-SPAM-WITHDRAW"] },
      },
    },
  ],
  dataRequest: null,
};
