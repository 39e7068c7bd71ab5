import type { Country } from "../domain";

/**
 * Regions with holidays of their own, by country, as date-holidays codes: where the user sets
 * theirs, its holidays count too. Spain's autonomous communities (e.g. Galicia).
 */
export const COUNTRY_REGIONS: Partial<Record<Country, readonly string[]>> = {
  ES: ["AN", "AR", "AS", "CB", "CE", "CL", "CM", "CN", "CT", "EX", "GA", "IB", "MC", "MD", "ML", "NC", "PV", "RI", "VC"],
};
