import { getFormatter, getTranslations } from "@/i18n/server";
import { findCaseForUser, listCaseCategories } from "@/db/queries/cases";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { getCurrentUser } from "@/lib/auth";
import { progressForCase } from "@/lib/case-overview";
import { deadlineCalendar } from "@/lib/deadline-calendar";
import { isUuid } from "@/lib/validations/id";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** The case's open reply deadlines as a calendar file, for the case's owner only. */
export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/deadline.ics">) {
  const { caseId } = await params;
  const user = await getCurrentUser();
  const userCase = user && isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  if (!user || !userCase) return notFound();
  const [t, format] = await Promise.all([getTranslations("caseStatus"), getFormatter()]);
  const progress = progressForCase(userCase, listCaseCategories(userCase.id), listExchangesForCase(userCase.id), user);
  const yours = (deadline: (typeof progress.deadlines)[number]) => deadline.rule.owner === "user";
  const calendar = deadlineCalendar(userCase.id, progress.deadlines, (deadline) => ({
    title: t(yours(deadline) ? "calendarTitleYours" : "calendarTitle", { sender: userCase.sender.display }),
    description: t(yours(deadline) ? "calendarDescriptionYours" : deadline.rule.escalateTo ? "calendarDescription" : "calendarDescriptionNoBody", {
      complained: format.dateTime(deadline.startedAt, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone }),
      source: `${deadline.rule.source.instrument} ${deadline.rule.source.article}`,
      regulator: deadline.rule.escalateTo ?? "",
    }),
  }));
  if (!calendar) return notFound();
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="spamtrail-deadline-${userCase.id.slice(0, 8)}.ics"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
