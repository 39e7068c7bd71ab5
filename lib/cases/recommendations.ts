import type { Deadline, DeadlineAnswers } from "./progress";
import type { CountryPack, Regulator, RegulatorField } from "../countries/types";
import type { CaseState, Category } from "../domain";
import type { Violation } from "../rules-engine";

/** When a route makes sense: now, once the company's deadline has passed, after complaining to it, or no longer. */
export type RouteTiming = "now" | "afterDeadline" | "complainFirst" | "closed";
export type RouteReason =
  | "violations"
  | "possibleViolations"
  | "noPriorComplaintNeeded"
  | "companyAnswered"
  | "deadlinePassed"
  | "waitForDeadline"
  | "complainToCompanyFirst"
  | "companyAskedNoDeadline"
  | "scamNumber"
  | "filingWindow"
  | "filingWindowPassed";
/** A fact the route depends on that the user has not confirmed: the route "may apply" if it holds. */
export type RouteCondition = "licensed" | "unlicensed" | "customer" | "loss" | "generalInsurance";
export type ProfileField = "legalName" | "idNumber" | "postalAddress";

export type Recommendation = {
  regulator: Regulator;
  timing: RouteTiming;
  reasons: RouteReason[];
  /** Rules this body enforces that the case shows broken (or may have). */
  violationCount: number;
  /** The date that goes with the timing: the company's deadline, or the end of the user's filing window. */
  dueEnd: Date | null;
  /** Empty: the route fits. Otherwise it may apply, if each of these holds. */
  conditions: RouteCondition[];
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
  answers: DeadlineAnswers;
  profile: Record<ProfileField, boolean>;
};

const PROFILE_FOR: Partial<Record<RegulatorField, ProfileField>> = { identity: "legalName", idDocument: "idNumber", address: "postalAddress" };
const ANSWERED: readonly CaseState[] = ["replied", "resolved", "not_resolved", "escalated", "closed"];
const SCAM_CATEGORIES: readonly Category[] = ["scam", "gambling", "investment"];
const TIMING_ORDER: Record<RouteTiming, number> = { now: 0, afterDeadline: 1, complainFirst: 2, closed: 3 };

/** Whether a body fits the case from what the user answered: no (null), yes (no conditions), or only if the conditions hold. */
function fit(regulator: Regulator, input: RouteInput): RouteCondition[] | null {
  const when = regulator.fitsWhen;
  if (!when) return [];
  const conditions: RouteCondition[] = [];
  if (when.categories && !input.categories.some((category) => when.categories!.includes(category))) return null;
  if (when.licence) {
    // Only financial senders are asked; any other sender is no OJK-licensed firm.
    const licensed = input.financial ? input.answers.licensed : "no";
    const wanted = when.licence === "licensed" ? "yes" : "no";
    if (licensed === (wanted === "yes" ? "no" : "yes")) return null;
    if (licensed !== wanted) conditions.push(when.licence);
  }
  if (when.customersOnly) {
    if (input.answers.customer === "no") return null;
    if (input.answers.customer !== "yes") conditions.push("customer");
  }
  if (when.loss) {
    const loss = input.answers.lossRupiah;
    const ceiling = when.loss.ceilingRupiah ?? Infinity;
    const insuranceCeiling = when.loss.ceilingGeneralInsuranceRupiah ?? ceiling;
    if (loss === 0 || (loss !== null && loss > insuranceCeiling) || (loss === null && when.loss.onlyOnceAnswered)) return null;
    if (loss === null) conditions.push("loss");
    else if (loss > ceiling) conditions.push("generalInsurance");
  }
  return conditions;
}

/**
 * "What can I do?": the country pack's bodies that fit this case, each with when and why, and
 * the facts it still depends on. A body that wants the company asked first becomes available
 * once it answered or its deadline passed; each body counts only the rules it enforces.
 */
export function recommendRoutes(input: RouteInput): Recommendation[] {
  const firm = input.deadlines.filter((d) => d.rule.owner === "firm");
  // The firm's time ran out: a body that wants it asked first is open, even where whether the duty
  // bound the firm is still unconfirmed (that is the route's own condition; `overdue` stays false).
  const waitedOut = firm.some((d) => d.passed && !d.settled);
  const open = firm.find((d) => !d.settled && !d.passed) ?? null;
  const filing = input.deadlines.find((d) => d.rule.trigger === "firmResponse" && !d.settled) ?? null;
  const recommendations = input.pack.regulators
    .filter((regulator) => regulator.sectors === "any" || input.financial)
    .flatMap((regulator): Recommendation[] => {
      const conditions = fit(regulator, input);
      if (!conditions) return [];
      const reasons: RouteReason[] = [];
      let timing: RouteTiming = "now";
      let dueEnd: Date | null = null;
      if (!regulator.companyFirst) reasons.push("noPriorComplaintNeeded");
      else if (ANSWERED.includes(input.state)) reasons.push("companyAnswered");
      else if (waitedOut) reasons.push("deadlinePassed");
      else if (open) {
        timing = "afterDeadline";
        dueEnd = open.dueEnd;
        reasons.push("waitForDeadline");
      } else if (firm.length === 0 && (input.state === "waiting" || input.state === "complained")) {
        // The user already asked the company and no law gives it a time to answer: nothing to wait for.
        reasons.push("companyAskedNoDeadline");
      } else {
        timing = "complainFirst";
        reasons.push("complainToCompanyFirst");
      }
      // OJK's dispute facilitation: within 60 working days of the firm's answer (POJK 31/2020 Art 10(4)(f)).
      if (regulator.id === "ID-OJK-DISPUTE" && filing) {
        if (filing.passed) {
          timing = "closed";
          reasons.push("filingWindowPassed");
        } else reasons.push("filingWindow");
        dueEnd = filing.dueEnd;
      }
      const enforced = input.violations.filter((violation) => violation.enforcedBy.includes(regulator.id));
      if (enforced.length > 0) reasons.unshift(enforced.some((v) => v.strength === "broke") ? "violations" : "possibleViolations");
      if (regulator.id === "ID-KOMDIGI-ADUANNOMOR" && input.categories.some((c) => SCAM_CATEGORIES.includes(c))) reasons.unshift("scamNumber");
      const missingProfile = [...new Set(regulator.requiredFields.flatMap((field) => PROFILE_FOR[field] ?? []))].filter((field) => !input.profile[field]);
      return [{ regulator, timing, reasons, violationCount: enforced.length, dueEnd, conditions, missingProfile }];
    });
  return recommendations
    .map((recommendation, index) => ({ recommendation, index }))
    .sort(
      (a, b) =>
        TIMING_ORDER[a.recommendation.timing] - TIMING_ORDER[b.recommendation.timing] ||
        b.recommendation.violationCount - a.recommendation.violationCount ||
        a.recommendation.conditions.length - b.recommendation.conditions.length ||
        a.index - b.index,
    )
    .map(({ recommendation }) => recommendation);
}
