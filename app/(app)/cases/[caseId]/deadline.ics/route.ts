// GET /cases/:caseId/deadline.ics – the case's open reply deadlines as a calendar file, for its owner
import { getFormatter, getTranslations } from "@/i18n/server";
import { deadlineCalendar } from "@/lib/cases/deadline-calendar";
import { downloadHeaders, notFoundResponse } from "@/lib/http/responses";
import { withUser } from "@/lib/http/with-user";
import { loadCaseProgress } from "@/lib/cases/view";

export const GET = withUser(async (_request, { params }: RouteContext<"/cases/[caseId]/deadline.ics">, user) => {
  const { caseId } = await params;
  const loaded = await loadCaseProgress(user, caseId);
  if (!loaded) return notFoundResponse();
  const { userCase, progress } = loaded;
  const [t, format] = await Promise.all([getTranslations("caseStatus"), getFormatter()]);
  const yours = (deadline: (typeof progress.deadlines)[number]) => deadline.rule.owner === "user";
  const calendar = deadlineCalendar(userCase.id, progress.deadlines, (deadline) => ({
    title: t(yours(deadline) ? "calendarTitleYours" : "calendarTitle", { sender: userCase.sender.display }),
    description: t(yours(deadline) ? "calendarDescriptionYours" : deadline.rule.escalateTo ? "calendarDescription" : "calendarDescriptionNoBody", {
      complained: format.dateTime(deadline.startedAt, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone }),
      source: `${deadline.rule.source.instrument} ${deadline.rule.source.article}`,
      regulator: deadline.rule.escalateTo ?? "",
    }),
  }));
  if (!calendar) return notFoundResponse();
  return new Response(calendar, { headers: downloadHeaders("text/calendar; charset=utf-8", `spamtrail-deadline-${userCase.id.slice(0, 8)}.ics`) });
});
