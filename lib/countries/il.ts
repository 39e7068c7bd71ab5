import type { CountryPack } from "./types";

/**
 * Israel. No statutory deadline for a company to answer a complaint about unwanted calls or
 * messages was found (../shared/domain/regulators.md); none is invented.
 */
export const israel: CountryPack = {
  country: "IL",
  holidayCalendar: "IL",
  complaintDeadlines: [],
};
