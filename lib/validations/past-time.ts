import { isInFuture, isTooOld, localToInstant } from "../local-time";

/** The error key for a local date-time that must lie in the past, or null when it is fine. */
export function checkPastTime(local: string, zone: string, required: boolean): string | null {
  if (local.trim() === "") return required ? "dateRequired" : null;
  const instant = localToInstant(local, zone);
  if (!instant) return "dateInvalid";
  if (isInFuture(instant)) return "dateInFuture";
  if (isTooOld(instant)) return "dateTooOld";
  return null;
}
