import { letterDate, letterDateTime, PHRASES } from "./phrases";

/**
 * Formal Indonesian for letters to Indonesian bodies, whatever the interface language: dates as
 * "Minggu, 22 November 2026 pukul 19.45 WIB" and the vocabulary of the Indonesian messages.
 */
export const tanggalWaktu = (instant: Date, timeZone: string): string => letterDateTime("id-ID", instant, timeZone);

/** "24 November 2026", for the date line of a letter. */
export const tanggal = (instant: Date, timeZone: string): string => letterDate("id-ID", instant, timeZone);

export const kata = { category: PHRASES.id.category, channel: PHRASES.id.channel, exchangeChannel: PHRASES.id.exchangeChannel };

/** A list in running Indonesian: "a", "a dan b", "a, b, dan c". */
export const daftar = (items: readonly string[]): string => (items.length <= 2 ? items.join(" dan ") : `${items.slice(0, -1).join(", ")}, dan ${items.at(-1)}`);
