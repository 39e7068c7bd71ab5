import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Incident } from "@/db/schema";
import type { EvidenceView } from "@/lib/evidence/view";
import { EvidenceThumbnail } from "./evidence-thumbnail";

const CHANNEL_ICONS: Record<Incident["channel"], string> = { sms: "✉️", call: "📞", whatsapp: "💬", other_app: "💬" };

/** The case's incidents in time order, each shown in the time zone it was logged in. */
export async function IncidentTimeline({ incidents, filesByIncident }: { incidents: Incident[]; filesByIncident: Map<string, EvidenceView[]> }) {
  const [t, tch, tcat, tcon, tstop, te, format] = await Promise.all([
    getTranslations("case"),
    getTranslations("channel"),
    getTranslations("category"),
    getTranslations("consent"),
    getTranslations("stopRequest"),
    getTranslations("evidence"),
    getFormatter(),
  ]);
  const when = (date: Date, timeZone: string) =>
    format.dateTime(date, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });

  return (
    <ol className="relative space-y-4 border-l-2 border-stone-300 pl-4">
      {incidents.map((incident) => {
        const date = when(incident.occurredAt, incident.timeZone);
        const duration = incident.callDurationSeconds;
        return (
          <li key={incident.id} className="card relative">
            <article aria-labelledby={`incident-${incident.id}`}>
              <h3 id={`incident-${incident.id}`} className="flex flex-wrap items-baseline gap-x-2 font-semibold">
                <span aria-hidden="true">{CHANNEL_ICONS[incident.channel]}</span>
                <span>{tch(incident.channel)}</span>
                <time dateTime={incident.occurredAt.toISOString()} className="font-normal text-stone-800">
                  {date}
                </time>
              </h3>
              <p className="mt-1 text-sm text-stone-800">
                {tcat(incident.category)} · {tcon(incident.consent)}
              </p>
              {incident.messageText ? (
                <p dir="auto" className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-stone-100 p-3">
                  {incident.messageText}
                </p>
              ) : null}
              {incident.channel === "call" ? (
                <p className="mt-2">
                  {incident.callAnswered ? t("callAnswered") : t("callMissed")}
                  {duration ? ` · ${t("callDuration", { minutes: Math.floor(duration / 60), seconds: duration % 60 })}` : null}
                </p>
              ) : null}
              {incident.callOffer ? (
                <p dir="auto" className="mt-1 whitespace-pre-wrap break-words">
                  {t("callOffer", { offer: incident.callOffer })}
                </p>
              ) : null}
              {incident.stopRequest !== "none" ? (
                <p className="mt-1 text-sm font-medium">
                  {incident.stopRequestedAt
                    ? t("stopAskedAt", { how: tstop(incident.stopRequest), date: when(incident.stopRequestedAt, incident.timeZone) })
                    : t("stopAsked", { how: tstop(incident.stopRequest) })}
                </p>
              ) : null}
              <IncidentFiles files={filesByIncident.get(incident.id) ?? []} label={(name: string) => te("openFile", { name })} />
              <Link href={`/incidents/${incident.id}/edit`} className="link mt-2 inline-block py-2" aria-label={t("editIncident", { date })}>
                {t("edit")}
              </Link>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

function IncidentFiles({ files, label }: { files: EvidenceView[]; label: (name: string) => string }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <Link href={`/evidence/${file.id}`} aria-label={label(file.caption || file.fileName)} className="block h-16 w-16 overflow-hidden rounded-lg border border-stone-300">
            <EvidenceThumbnail evidence={file} alt="" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
