/** Where the reports older than `report` start: the keyset cursor of the older-reports pages (time, then id). */
export const olderThan = (report: { occurredAt: Date; id: string }) => `${report.occurredAt.getTime()}_${report.id}`;

/** The cursor back from the URL, or undefined for anything else (the newest page). */
export const parseOlderThan = (value: unknown) => {
  const match = typeof value === "string" ? /^(\d{1,15})_([0-9a-f-]{36})$/.exec(value) : null;
  return match ? { at: new Date(Number(match[1])), id: match[2]! } : undefined;
};
