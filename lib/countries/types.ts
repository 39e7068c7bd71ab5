import type { Country } from "../domain";

/** H: primary text read · M: several consistent secondary sources · L: one source · U: unconfirmed. */
export type Confidence = "H" | "M" | "L" | "U";

export type LegalSource = { instrument: string; article: string; url?: string };

/**
 * How long a company has to answer the user's complaint, counted in working days of the
 * recipient's country (weekends and its public holidays skipped).
 */
export type ComplaintDeadline = {
  id: string;
  /** A written complaint (email, message, letter…) or a spoken one (phone, in person). */
  trigger: "writtenComplaint" | "spokenComplaint";
  /** "financial": only firms that offer financial services (the case has a financial category). */
  sectors: "financial" | "any";
  workingDays: number;
  /** Added when the company notified an extension (a reply tagged notified_extension). */
  extensionWorkingDays: number;
  /** Who the user can turn to once it has passed, shown as "you can escalate to …". */
  escalateTo: string;
  source: LegalSource;
  confidence: Confidence;
};

/** Everything about one country that is data: adding a country means adding one of these. */
export type CountryPack = {
  country: Country;
  /** Country code for date-holidays. */
  holidayCalendar: string;
  complaintDeadlines: ComplaintDeadline[];
};
