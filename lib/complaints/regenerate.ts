/**
 * Filling a document in again keeps every field the user edited: a field is replaced only if it
 * still holds what was generated last time. Returns the fields kept although the case now
 * suggests other text.
 */
export function regenerateFields<K extends string>(
  keys: readonly K[],
  current: Record<K, string>,
  lastGenerated: Record<K, string>,
  fresh: Record<K, string>,
): { fields: Record<K, string>; keptEdits: K[] } {
  const fields = { ...current };
  const keptEdits: K[] = [];
  for (const key of keys) {
    if (current[key] === lastGenerated[key]) fields[key] = fresh[key];
    else if (current[key] !== fresh[key]) keptEdits.push(key);
  }
  return { fields, keptEdits };
}
