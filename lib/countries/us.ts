import type { CountryPack } from "./types";

/**
 * United States. No statutory deadline for a company to answer a complaint about unwanted calls or
 * messages was found (../shared/domain/regulators.md); none is invented.
 */
export const unitedStates: CountryPack = {
  country: "US",
  holidayCalendar: "US",
  complaintDeadlines: [],
};
