import type { HolidayYear } from "./types";

/**
 * Indonesia's days off per year, from the joint decree of three ministers (SKB 3 Menteri:
 * Religious Affairs, Manpower, PANRB). To add a year, copy one entry, type the new SKB's number
 * and dates, and grade it (H once the decree itself was read). A later amendment (after the
 * sidang isbat) is an edit of that year's entry.
 */
export const INDONESIAN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2026,
    source: {
      instrument: "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025",
      article: "Hari Libur Nasional dan Cuti Bersama Tahun 2026 (19 September 2025)",
    },
    // Several consistent reports of the decree's text; the decree itself was not read.
    confidence: "M",
    national: [
      ["2026-01-01", "Tahun Baru 2026 Masehi"],
      ["2026-01-16", "Isra Mi'raj Nabi Muhammad SAW"],
      ["2026-02-17", "Tahun Baru Imlek 2577 Kongzili"],
      ["2026-03-19", "Hari Suci Nyepi Tahun Baru Saka 1948"],
      ["2026-03-21", "Idul Fitri 1447 Hijriah"],
      ["2026-03-22", "Idul Fitri 1447 Hijriah"],
      ["2026-04-03", "Wafat Yesus Kristus"],
      ["2026-04-05", "Kebangkitan Yesus Kristus (Paskah)"],
      ["2026-05-01", "Hari Buruh Internasional"],
      ["2026-05-14", "Kenaikan Yesus Kristus"],
      ["2026-05-27", "Idul Adha 1447 Hijriah"],
      ["2026-05-31", "Hari Raya Waisak 2570 BE"],
      ["2026-06-01", "Hari Lahir Pancasila"],
      ["2026-06-16", "1 Muharam Tahun Baru Islam 1448 Hijriah"],
      ["2026-08-17", "Proklamasi Kemerdekaan"],
      ["2026-08-25", "Maulid Nabi Muhammad SAW"],
      ["2026-12-25", "Kelahiran Yesus Kristus"],
    ],
    collectiveLeave: [
      ["2026-02-16", "Tahun Baru Imlek"],
      ["2026-03-18", "Hari Suci Nyepi"],
      ["2026-03-20", "Idul Fitri"],
      ["2026-03-23", "Idul Fitri"],
      ["2026-03-24", "Idul Fitri"],
      ["2026-05-15", "Kenaikan Yesus Kristus"],
      ["2026-05-28", "Idul Adha"],
      ["2026-12-24", "Kelahiran Yesus Kristus"],
    ],
  },
];
