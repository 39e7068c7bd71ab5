import { getFormatter, getTranslations } from "@/i18n/server";
import type { Case } from "@/db/schema";
import { setCaseStatusAction } from "@/lib/actions/case";
import type { CaseProgress } from "@/lib/cases/overview";
import type { Deadline } from "@/lib/cases/progress";
import { CASE_STATUSES } from "@/lib/domain";
import { CaseSettingForm } from "./case-setting-form";

type Props = { userCase: Case; progress: CaseProgress; timeZone: string };

/** Where the case stands: status, the company's deadline, the runaround in numbers, opt-out. */
export async function CaseStatusPanel({ userCase, progress, timeZone }: Props) {
  const [t, format] = await Promise.all([getTranslations("caseStatus"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone });
  const { runaround } = progress;
  const firstReply = runaround.firstReplyMs === null ? null : formatDuration(runaround.firstReplyMs, t);

  return (
    <section aria-labelledby="status-heading" className="card space-y-4">
      <div>
        <h2 id="status-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-700">
          {t("title")}
        </h2>
        <p className="text-xl font-bold">{t(`state.${progress.state}`)}</p>
        {progress.waitingSince ? (
          <p className="text-stone-800">{t("waitingSince", { date: day(progress.waitingSince), days: runaround.daysWaiting ?? 0 })}</p>
        ) : null}
      </div>

      {progress.deadlines.map((deadline) => (
        <DeadlineCard key={deadline.rule.id} caseId={userCase.id} deadline={deadline} day={day} list={(items) => format.list(items)} t={t} />
      ))}

      {runaround.sent + runaround.received > 0 ? (
        <div>
          <h3 id="runaround-heading" className="font-semibold">
            {t("runaroundTitle")}
          </h3>
          <ul aria-labelledby="runaround-heading" className="mt-2 grid grid-cols-2 gap-2 text-center">
            <Figure label={t("firstReply")} value={firstReply ?? t("noReplyYet")} />
            <Figure label={t("redirected")} value={t("times", { count: runaround.redirected })} />
            <Figure label={t("askedDataAgain")} value={t("times", { count: runaround.askedDataAgain })} />
            <Figure label={t("daysWaiting")} value={runaround.daysWaiting === null ? "—" : t("days", { count: runaround.daysWaiting })} />
          </ul>
          <p className="hint">{t("runaroundNote", { sent: runaround.sent, received: runaround.received })}</p>
        </div>
      ) : null}

      {userCase.optOutAt ? (
        <p className="font-medium">{t("optOut", { date: format.dateTime(userCase.optOutAt, { dateStyle: "long", timeStyle: "short", timeZone }) })}</p>
      ) : null}

      <CaseSettingForm
        setting="status"
        value={userCase.status}
        options={CASE_STATUSES.map((value) => ({ value, label: t(`option.${value}`) }))}
        text={{ label: t("label"), hint: t("hint"), save: t("save"), saved: t("saved") }}
        save={setCaseStatusAction.bind(null, userCase.id)}
      />
    </section>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"caseStatus">>>;

/**
 * One clock: the date that counts (for the firm's deadline the later reading of "hari kerja", for
 * the user's own the earlier), the other reading where cuti bersama move it, the facts it still
 * depends on, and its legal source. A firm is called overdue only when all of that is settled.
 */
function DeadlineCard({
  caseId,
  deadline,
  day,
  list,
  t,
}: {
  caseId: string;
  deadline: Deadline;
  day: (date: Date) => string;
  list: (items: string[]) => string;
  t: Translate;
}) {
  const yours = deadline.rule.owner === "user";
  const date = day(deadline.dueEnd);
  const other = deadline.otherReading ? day(deadline.otherReading.dueEnd) : null;
  const alert = deadline.overdue || (yours && !deadline.settled && !deadline.passed);
  let headline: string;
  if (yours)
    headline = deadline.settled
      ? t("yoursDone")
      : deadline.passed
        ? t("yoursPassed", { date })
        : other
          ? t("yoursDueReadings", { date, later: other })
          : t("yoursDue", { date });
  else if (deadline.settled) headline = t("dueSettled", { date });
  else headline = other ? t("dueByReadings", { earlier: other, later: date }) : t("dueBy", { date });
  return (
    <div
      className={`rounded-lg border p-3 ${deadline.overdue ? "border-red-700 bg-red-50" : alert ? "border-amber-600 bg-amber-50" : "border-stone-300"}`}
      role={deadline.overdue ? "alert" : undefined}
    >
      {deadline.overdue ? (
        <p className="font-bold text-red-900">{deadline.rule.escalateTo ? t("overdue", { regulator: deadline.rule.escalateTo }) : t("overdueNoBody")}</p>
      ) : null}
      {!yours && deadline.passed && !deadline.settled && deadline.unconfirmed.length > 0 ? <p className="font-semibold">{t("passedIf")}</p> : null}
      <p className="font-semibold">{headline}</p>
      <p className="text-sm text-stone-800">
        {t(`deadline.${deadline.rule.id}`, {
          days: deadline.rule.workingDays + (deadline.extended ? deadline.rule.extensionWorkingDays : 0),
          complained: day(deadline.startedAt),
        })}
        {deadline.extended ? ` ${t("extended")}` : ""}
      </p>
      {deadline.unconfirmed.length > 0 ? (
        <p className="text-sm">{t("appliesIf", { conditions: list(deadline.unconfirmed.map((condition) => t(`condition.${condition}`))) })}</p>
      ) : null}
      {other ? <p className="text-sm">{t(yours ? "readingsYours" : "readingsFirm")}</p> : null}
      {!deadline.datesConfirmed ? <p className="text-sm">{t("datesUnconfirmed")}</p> : null}
      <p className="text-sm">
        {t("source")}:{" "}
        {deadline.rule.source.url ? (
          <a href={deadline.rule.source.url} className="link" rel="noreferrer">
            {deadline.rule.source.instrument} {deadline.rule.source.article}
          </a>
        ) : (
          `${deadline.rule.source.instrument} ${deadline.rule.source.article}`
        )}
      </p>
      {!deadline.settled ? (
        <a href={`/cases/${caseId}/deadline.ics`} className="btn-secondary mt-2 min-h-10 py-1 text-sm" download>
          {t("addToCalendar")}
        </a>
      ) : null}
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <li className="rounded-lg bg-stone-100 p-2">
      <span className="block text-sm text-stone-800">{label}</span>
      <strong className="block text-lg">{value}</strong>
    </li>
  );
}

function formatDuration(ms: number, t: Awaited<ReturnType<typeof getTranslations<"caseStatus">>>): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t("minutes", { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t("hoursMinutes", { hours, minutes: minutes % 60 });
  return t("days", { count: Math.floor(hours / 24) });
}
