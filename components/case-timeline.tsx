import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { Exchange, Incident } from "@/db/schema";
import type { EvidenceView } from "@/lib/evidence/view";
import type { Bilingual } from "@/lib/countries/types";
import { isRecordedChannel } from "@/lib/domain";
import { localized } from "@/lib/localized";
import type { TimelineEntry } from "@/lib/cases/timeline";
import { EvidenceThumbnail } from "./evidence-thumbnail";

const INCIDENT_ICONS: Record<Incident["channel"], string> = { sms: "✉", call: "☎", whatsapp: "✉", other_app: "✉" };
const EXCHANGE_ICONS: Record<Exchange["channel"], string> = {
  x: "X",
  facebook: "f",
  instagram: "◎",
  whatsapp: "✆",
  email: "@",
  phone_call: "☎",
  live_chat: "✎",
  sms: "✉",
  letter: "✉",
  in_person: "☺",
  directory: "↩",
};

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Mark = { ruleId: string; title: Bilingual };
type Props = { entries: TimelineEntry[]; filesByParent: Map<string, EvidenceView[]>; marks: Map<string, Mark[]>; ruleHref: (ruleId: string) => string };

/**
 * What the sender sent (cards) and what the user and its support said (chat bubbles: the
 * user's on the right, theirs on the left), in time order, each in the zone it was logged in.
 */
export async function CaseTimeline({ entries, filesByParent, marks, ruleHref }: Props) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const when = (date: Date, timeZone: string) =>
    format.dateTime(date, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    });

  return (
    <ol className="space-y-4" aria-label={t("case.timeline")}>
      {entries.map((entry) =>
        entry.kind === "incident" ? (
          <IncidentCard
            key={entry.incident.id}
            incident={entry.incident}
            date={when(entry.incident.occurredAt, entry.incident.timeZone)}
            when={when}
            t={t}
            files={filesByParent.get(entry.incident.id) ?? []}
            marks={(marks.get(entry.incident.id) ?? []).map((mark) => ({
              ruleId: mark.ruleId,
              href: ruleHref(mark.ruleId),
              title: localized(mark.title, locale),
            }))}
          />
        ) : (
          <ExchangeBubble
            key={entry.exchange.id}
            exchange={entry.exchange}
            date={when(entry.exchange.occurredAt, entry.exchange.timeZone)}
            t={t}
            files={filesByParent.get(entry.exchange.id) ?? []}
          />
        ),
      )}
    </ol>
  );
}

type EntryProps = { date: string; t: Translate; files: EvidenceView[] };

function IncidentCard({
  incident,
  date,
  when,
  t,
  files,
  marks,
}: EntryProps & { incident: Incident; when: (date: Date, zone: string) => string; marks: { ruleId: string; href: string; title: string }[] }) {
  const duration = incident.callDurationSeconds;
  return (
    <li className="entry-card" id={`incident-${incident.id}`}>
      <article>
        <h3 className="entry-title">
          <span aria-hidden="true">{INCIDENT_ICONS[incident.channel]}</span>
          <span>{t("case.incidentFrom", { channel: t(`channel.${incident.channel}`) })}</span>
          <time dateTime={incident.occurredAt.toISOString()} className="font-normal text-stone-800">
            {date}
          </time>
        </h3>
        <p className="entry-meta">
          {t(`category.${incident.category}`)} · {t(`consent.${incident.consent}`)}
        </p>
        {incident.source === "sms_backup" || incident.source === "whatsapp" ? <p className="entry-meta">{t(`import.source.${incident.source}`)}</p> : null}
        {incident.messageText ? (
          <p dir="auto" className="message-text">
            {incident.messageText}
          </p>
        ) : null}
        {incident.channel === "call" ? (
          <p className="mt-2">
            {incident.callAnswered ? t("case.callAnswered") : t("case.callMissed")}
            {duration ? ` · ${t("case.callDuration", { minutes: Math.floor(duration / 60), seconds: duration % 60 })}` : null}
          </p>
        ) : null}
        {incident.callOffer ? (
          <p dir="auto" className="mt-1 whitespace-pre-wrap break-words">
            {t("case.callOffer", { offer: incident.callOffer })}
          </p>
        ) : null}
        {incident.stopRequest !== "none" ? (
          <p className="mt-1 text-sm font-medium">
            {incident.stopRequestedAt
              ? t("case.stopAskedAt", { how: t(`stopRequest.${incident.stopRequest}`), date: when(incident.stopRequestedAt, incident.timeZone) })
              : t("case.stopAsked", { how: t(`stopRequest.${incident.stopRequest}`) })}
          </p>
        ) : null}
        {marks.length > 0 ? (
          <ul className="chips" aria-label={t("rules.marksLabel")}>
            {marks.map((mark) => (
              <li key={mark.ruleId}>
                <a href={mark.href} className="chip-red underline">
                  <span aria-hidden="true">⚠ </span>
                  {mark.title}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <EntryFiles files={files} label={(name) => t("evidence.openFile", { name })} />
        <Link href={`/incidents/${incident.id}/edit`} className="entry-action mt-2" aria-label={t("case.editIncident", { date })}>
          {t("case.edit")}
        </Link>
      </article>
    </li>
  );
}

function ExchangeBubble({ exchange, date, t, files }: EntryProps & { exchange: Exchange }) {
  const mine = exchange.direction === "outgoing";
  const who = mine ? t("direction.outgoing") : t("direction.incoming");
  return (
    <li id={`exchange-${exchange.id}`} className={`flex ${mine ? "justify-end" : "justify-start"}`}>
      <article className={mine ? "bubble-mine" : "bubble-theirs"}>
        <h3 className="entry-title text-sm">
          <span aria-hidden="true" className="inline-flex size-6 items-center justify-center rounded-full bg-stone-800 text-xs text-white">
            {EXCHANGE_ICONS[exchange.channel]}
          </span>
          <span>
            {mine ? "→ " : "← "}
            {who} · {t(`exchangeChannel.${exchange.channel}`)}
          </span>
          {exchange.handle ? <span className="break-all font-normal">{exchange.handle}</span> : null}
        </h3>
        <time dateTime={exchange.occurredAt.toISOString()} className="block text-sm text-stone-700">
          {date}
        </time>
        {exchange.body ? (
          <p dir="auto" className="mt-2 whitespace-pre-wrap break-words">
            {exchange.body}
          </p>
        ) : null}
        <ul className="chips">
          {exchange.isComplaint ? <li className="chip-red">{t("exchange.badgeComplaint")}</li> : null}
          {exchange.isStopRequest ? <li className="chip-red">{t("exchange.badgeStop")}</li> : null}
          {exchange.reference ? <li className="chip bg-stone-200">{t("exchange.badgeReference", { reference: exchange.reference })}</li> : null}
          {exchange.tags.map((tag) => (
            <li key={tag} className="chip bg-amber-100 text-amber-950">
              {t(`exchangeTag.${tag}`)}
            </li>
          ))}
        </ul>
        <EntryFiles files={files} label={(name) => t("evidence.openFile", { name })} />
        <div className="mt-1 flex flex-wrap gap-x-4">
          {isRecordedChannel(exchange.channel) ? (
            <Link href={`/exchanges/${exchange.id}/edit`} className="entry-action text-sm" aria-label={t("exchange.editLabel", { date })}>
              {t("case.edit")}
            </Link>
          ) : (
            <p className="text-sm text-stone-700">{t("replies.readOnly")}</p>
          )}
          <Link
            href={`/cases/${exchange.caseId}/exchanges/new?after=${exchange.id}`}
            className="entry-action text-sm"
            aria-label={t("exchange.addNextLabel", { date })}
          >
            {t("exchange.addNext")}
          </Link>
        </div>
      </article>
    </li>
  );
}

function EntryFiles({ files, label }: { files: EvidenceView[]; label: (name: string) => string }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <Link
            href={`/evidence/${file.id}`}
            aria-label={label(file.caption || file.fileName)}
            className="block h-16 w-16 overflow-hidden rounded-lg border border-stone-300"
          >
            <EvidenceThumbnail evidence={file} alt="" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
