import type { CountryPack } from "./types";

/**
 * France. No statutory deadline for a company to answer a complaint about unwanted calls or
 * messages was found (../shared/domain/regulators.md); none is invented.
 */
export const france: CountryPack = {
  country: "FR",
  holidayCalendar: "FR",
  complaintDeadlines: [],
};
