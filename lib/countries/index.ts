import type { Country } from "../domain";
import { france } from "./fr";
import { indonesia } from "./id";
import { israel } from "./il";
import { spain } from "./es";
import { unitedKingdom } from "./gb";
import { unitedStates } from "./us";
import type { CountryPack, Rule } from "./types";

export const COUNTRY_PACKS: Record<Country, CountryPack> = {
  ID: indonesia,
  FR: france,
  GB: unitedKingdom,
  US: unitedStates,
  IL: israel,
  ES: spain,
};

export function countryPack(country: string): CountryPack {
  return COUNTRY_PACKS[country as Country] ?? indonesia;
}

/** A rule by its id, from whichever pack has it. */
export function findRule(ruleId: string): Rule | undefined {
  for (const pack of Object.values(COUNTRY_PACKS)) {
    const rule = pack.rules.find((r) => r.id === ruleId);
    if (rule) return rule;
  }
  return undefined;
}

/** The country's rule on marketing calling and sending hours, if it has one. */
export function hoursRule(country: string): (Rule & { check: Extract<Rule["check"], { kind: "hours" }> }) | undefined {
  return COUNTRY_PACKS[country as Country]?.rules.find(
    (r): r is Rule & { check: Extract<Rule["check"], { kind: "hours" }> } => r.check.kind === "hours" && r.purpose === "marketing",
  );
}
