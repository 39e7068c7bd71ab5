import type { CountryPack } from "./types";

/**
 * Spain. The 2025 customer-service law's 15-day reply duty has adaptation periods of unknown
 * length, and the 1-month wait is regional practice (../shared/domain/regulators.md §6a, §6c:
 * M/U), so no deadline is encoded until confirmed.
 */
export const spain: CountryPack = {
  country: "ES",
  holidayCalendar: "ES",
  complaintDeadlines: [],
};
