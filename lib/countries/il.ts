import type { CountryPack } from "./types";

const S30A = { instrument: "Communications Law (Bezeq and Broadcasts) 5742-1982", article: "s. 30A" };

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
    },
  ],
  dataRequest: null,
};
