import type { CountryPack } from "./types";

const POJK_22_2023 = "https://www.ojk.go.id/id/regulasi/Pages/Pelindungan-Konsumen-dan-Masyarakat-di-Sektor-Jasa-Keuangan.aspx";

/** Indonesia. Facts: ../shared/domain/regulators.md §1c. */
export const indonesia: CountryPack = {
  country: "ID",
  holidayCalendar: "ID",
  complaintDeadlines: [
    {
      id: "ID-OJK-COMPLAINT-WRITTEN",
      trigger: "writtenComplaint",
      sectors: "financial",
      // 10 working days from complete documents, +10 if the firm notified an extension in writing.
      workingDays: 10,
      extensionWorkingDays: 10,
      escalateTo: "OJK",
      source: { instrument: "POJK 22/2023", article: "Pasal 75 ayat (1)–(6)", url: POJK_22_2023 },
      confidence: "H",
    },
    {
      id: "ID-OJK-COMPLAINT-SPOKEN",
      trigger: "spokenComplaint",
      sectors: "financial",
      // 5 working days; otherwise the firm must ask for a written complaint.
      workingDays: 5,
      extensionWorkingDays: 0,
      escalateTo: "OJK",
      source: { instrument: "POJK 22/2023", article: "Pasal 74", url: POJK_22_2023 },
      confidence: "H",
    },
  ],
};
