import id from "@/messages/id.json";

/**
 * Formal Indonesian for letters to Indonesian bodies, whatever the interface language: dates as
 * "Minggu, 22 November 2026 pukul 19.45 WIB" and the vocabulary of the Indonesian messages.
 */
export function tanggalWaktu(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(instant);
}

/** "24 November 2026", for the date line of a letter. */
export function tanggal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone }).format(instant);
}

export const kata = {
  category: id.category,
  channel: id.channel,
  exchangeChannel: id.exchangeChannel,
};
