import { createEvents, type EventAttributes } from "ics";
import type { Deadline } from "./progress";

export type CalendarText = { title: string; description: string };

/**
 * The open deadlines of a case as an iCalendar file: one all-day event on each due date (the
 * firm's later reading, the user's earlier one), which
 * any calendar app imports. The uid is stable per case and rule, so importing again updates.
 */
export function deadlineCalendar(caseId: string, deadlines: readonly Deadline[], text: (deadline: Deadline) => CalendarText): string | null {
  const events: EventAttributes[] = deadlines
    .filter((deadline) => !deadline.settled)
    .map((deadline) => {
      const [year = 0, month = 0, day = 0] = deadline.dueDate.split("-").map(Number);
      const end = new Date(Date.UTC(year, month - 1, day + 1));
      const { title, description } = text(deadline);
      return {
        uid: `${caseId}-${deadline.rule.id}@spamtrail`,
        productId: "spamtrail",
        start: [year, month, day],
        end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
        title,
        description,
      };
    });
  if (events.length === 0) return null;
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("Unable to build the calendar");
  return value;
}
