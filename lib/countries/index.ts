import type { Country } from "../domain";
import { france } from "./fr";
import { indonesia } from "./id";
import { israel } from "./il";
import { spain } from "./es";
import { unitedKingdom } from "./gb";
import { unitedStates } from "./us";
import type { CountryPack } from "./types";

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
