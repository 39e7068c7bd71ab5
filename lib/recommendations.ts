import type { Deadline } from "./case-progress";
import type { CountryPack, Regulator, RegulatorField } from "./countries/types";
import type { CaseState, Category } from "./domain";
import type { Violation } from "./rules-engine";

/** When a route makes sense: now, once the company's deadline has passed, or after complaining to it. */
export type RouteTiming = "now" | "afterDeadline" | "complainFirst";
export type RouteReason = "violations" | "noPriorComplaintNeeded" | "companyAnswered" | "deadlinePassed" | "waitForDeadline" | "complainToCompanyFirst" | "scamNumber";
export type ProfileField = "legalName" | "idNumber" | "postalAddress";

export type Recommendation = {
  regulator: Regulator;
  timing: RouteTiming;
  reasons: RouteReason[];
  violationCount: number;
  dueEnd: Date | null;
  /** Details the route asks for that the user's document profile does not have yet. */
  missingProfile: ProfileField[];
};

export type RouteInput = {
  pack: CountryPack;
  financial: boolean;
  categories: readonly Category[];
  violations: readonly Violation[];
  state: CaseState;
  deadlines: readonly Deadline[];
  profile: Record<ProfileField, boolean>;
};

const PROFILE_FOR: Partial<Record<RegulatorField, ProfileField>> = { identity: "legalName", idDocument: "idNumber", address: "postalAddress" };
const ANSWERED: readonly CaseState[] = ["replied", "resolved", "not_resolved", "escalated", "closed"];
const SCAM_CATEGORIES: readonly Category[] = ["scam", "gambling", "investment"];
const TIMING_ORDER: Record<RouteTiming, number> = { now: 0, afterDeadline: 1, complainFirst: 2 };

/**
 * "What can I do?": the country pack's bodies that fit this case, each with when and why. A
 * body that wants the company asked first becomes available once it answered or its deadline
 * passed; bodies for financial firms only appear for financial senders.
 */
export function recommendRoutes(input: RouteInput): Recommendation[] {
  const overdue = input.deadlines.some((d) => d.overdue);
  const open = input.deadlines.find((d) => !d.settled && !d.overdue) ?? null;
  const recommendations = input.pack.regulators
    .filter((regulator) => regulator.sectors === "any" || input.financial)
    .map((regulator): Recommendation => {
      const reasons: RouteReason[] = [];
      let timing: RouteTiming = "now";
      if (!regulator.companyFirst) reasons.push("noPriorComplaintNeeded");
      else if (ANSWERED.includes(input.state)) reasons.push("companyAnswered");
      else if (overdue) reasons.push("deadlinePassed");
      else if (open) {
        timing = "afterDeadline";
        reasons.push("waitForDeadline");
      } else {
        timing = "complainFirst";
        reasons.push("complainToCompanyFirst");
      }
      const violationCount = regulator.reportsViolations ? input.violations.length : 0;
      if (violationCount > 0) reasons.unshift("violations");
      if (regulator.id === "ID-KOMDIGI-ADUANNOMOR" && input.categories.some((c) => SCAM_CATEGORIES.includes(c))) reasons.unshift("scamNumber");
      const missingProfile = [...new Set(regulator.requiredFields.flatMap((field) => PROFILE_FOR[field] ?? []))].filter((field) => !input.profile[field]);
      return { regulator, timing, reasons, violationCount, dueEnd: timing === "afterDeadline" ? (open?.dueEnd ?? null) : null, missingProfile };
    });
  return recommendations
    .map((recommendation, index) => ({ recommendation, index }))
    .sort(
      (a, b) =>
        TIMING_ORDER[a.recommendation.timing] - TIMING_ORDER[b.recommendation.timing] ||
        b.recommendation.violationCount - a.recommendation.violationCount ||
        a.index - b.index,
    )
    .map(({ recommendation }) => recommendation);
}
