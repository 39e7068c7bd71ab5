/** The licence of all public data (API answers and the bulk download): one choice, stated once. */
export const DATA_LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;
export const DATA_LICENCE_TEXT = `${DATA_LICENCE.name} (${DATA_LICENCE.url})`;
