import type { CountryPack } from "./types";

/**
 * United Kingdom. No statutory deadline for a company to answer a complaint about unwanted calls or
 * messages was found (../shared/domain/regulators.md); none is invented.
 */
export const unitedKingdom: CountryPack = {
  country: "GB",
  holidayCalendar: "GB",
  complaintDeadlines: [],
};
