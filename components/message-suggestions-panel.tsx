"use client";
import { DateTime } from "luxon";
import { useLocale, useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import { suggestFromMessage, type SenderSuggestion, type TimeSuggestion } from "@/lib/capture/suggest";
import { parseSender } from "@/lib/sender-identity";
import type { IncidentInput } from "@/lib/validations/incident";

const SENDERS_SHOWN = 3;
const noSubscription = () => () => {};

/**
 * "Found in the message": what the pasted (or shared) message text holds that the form's fields
 * do not (a sender, a time, a copied header), each offered as one tap. Nothing in the form changes
 * until the user taps. Links and amounts are listed as facts; links are plain text, never links
 * (in a spam message the link is the scam). Shown by MessageSuggestions, which loads it once there
 * is a text and holds the live region this panel's announcements go to.
 */
export function MessageSuggestionsPanel({ form, onAnnouncement }: { form: UseFormReturn<IncidentInput>; onAnnouncement: (text: string) => void }) {
  const t = useTranslations("suggest");
  const locale = useLocale();
  const [text = "", sender = "", occurredAt = "", country, timeZone] = form.watch(["messageText", "sender", "occurredAt", "country", "timeZone"]);
  // Only in the browser: the time a stamp like "Kemarin 21.30" stands for depends on the moment it is read.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const deferredText = useDeferredValue(text);
  // Cheap (a few regular expressions over at most SCAN_LIMIT characters): no need to memoise.
  const found = inBrowser && deferredText.trim() ? suggestFromMessage(deferredText, { country, timeZone, now: new Date() }) : null;
  // Removing the header also removes what was read from it: keep those offers for the text it left.
  const [kept, setKept] = useState<{ text: string; senders: SenderSuggestion[]; time: TimeSuggestion | null } | null>(null);
  const [hiddenFor, setHiddenFor] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; message: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const keptNow = kept && kept.text === text ? kept : null;

  const current = parseSender(sender, country);
  const currentKey = current.ok ? current.identity.key : null;
  const candidates = [...(found?.senders ?? []), ...(keptNow?.senders ?? [])].filter((s, i, all) => all.findIndex((o) => o.key === s.key) === i);
  // Once the field holds one of them, none is offered; a valid sender is only replaced by one the header names.
  const senders = candidates.some((s) => s.key === currentKey) ? [] : candidates.filter((s) => !currentKey || s.confidence !== "low").slice(0, SENDERS_SHOWN);
  const time = found?.time ?? keptNow?.time ?? null;
  const timeOffer = time && time.local !== occurredAt ? time : null;
  const body = found?.body && found.body !== text ? found.body : null;
  const links = found?.links ?? [];
  const amounts = found?.amounts ?? [];
  const offers = senders.length + (timeOffer ? 1 : 0) + (body ? 1 : 0);
  const visible = hiddenFor !== text && offers + links.length + amounts.length > 0;

  const afterTap = (message: string, nextText = text) => {
    setDone({ text: nextText, message });
    // The tapped button is gone: keep the keyboard user in the panel, if anything is left in it.
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const acceptSender = (s: SenderSuggestion) => {
    form.setValue("sender", s.value, { shouldValidate: true, shouldDirty: true });
    afterTap(t("senderSet", { sender: s.value }));
  };
  const acceptTime = (suggestion: TimeSuggestion) => {
    form.setValue("occurredAt", suggestion.local, { shouldValidate: true, shouldDirty: true });
    afterTap(t("timeSet", { time: formatLocal(suggestion.local, locale) }));
  };
  const removeHeader = (next: string) => {
    setKept({ text: next, senders: candidates, time });
    form.setValue("messageText", next, { shouldValidate: true, shouldDirty: true });
    afterTap(t("headerRemoved"), next);
  };

  const announcement = done && done.text === text ? done.message : visible ? t("announce", { count: offers + links.length + amounts.length }) : "";
  useEffect(() => onAnnouncement(announcement), [announcement, onAnnouncement]);

  return (
    <>
      {visible ? (
        <section aria-labelledby="message-suggestions-title" className="space-y-3 rounded-xl border border-amber-500 bg-amber-50 p-3">
          <div className="flex items-start justify-between gap-2">
            <div>
              <h2 id="message-suggestions-title" ref={headingRef} tabIndex={-1} className="text-base font-semibold">
                {t("title")}
              </h2>
              <p className="text-sm text-stone-700">{offers > 0 ? t("intro") : t("introFacts")}</p>
            </div>
            <button type="button" className="link min-h-11 shrink-0 px-1 text-sm" onClick={() => setHiddenFor(text)}>
              {t("hide")}
            </button>
          </div>

          {offers > 0 ? (
            <ul className="space-y-2">
              {senders.map((s, i) => (
                <li key={s.key}>
                  <Offer
                    label={t("useSender", { sender: s.value })}
                    note={t(`reason.${s.reason}`)}
                    id={`suggest-sender-${i}`}
                    onClick={() => acceptSender(s)}
                  />
                </li>
              ))}
              {timeOffer ? (
                <li>
                  <Offer
                    label={t("useTime", { time: formatLocal(timeOffer.local, locale) })}
                    note={t("timeNote", { text: timeOffer.text })}
                    id="suggest-time"
                    onClick={() => acceptTime(timeOffer)}
                  />
                </li>
              ) : null}
              {body && found ? (
                <li>
                  <Offer
                    label={t("removeHeader")}
                    note={t("removes", { lines: found.header.join(" · ") })}
                    id="suggest-body"
                    onClick={() => removeHeader(body)}
                  />
                </li>
              ) : null}
            </ul>
          ) : null}

          {links.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold">{t("links")}</h3>
              <p className="text-sm text-stone-700">{t("linksNote")}</p>
              <ul className="mt-1 space-y-1">
                {links.map((link) => (
                  <li key={link.text} className="break-all font-mono text-sm" dir="ltr">
                    {link.text}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}

          {amounts.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold">{t("amounts")}</h3>
              <ul className="mt-1 space-y-1">
                {amounts.map((amount) => {
                  const formatted = new Intl.NumberFormat(locale, {
                    style: "currency",
                    currency: amount.currency,
                    minimumFractionDigits: 0,
                    maximumFractionDigits: 2,
                  }).format(amount.value);
                  return (
                    <li key={`${amount.currency}:${amount.value}`} className="text-sm">
                      <span className="font-semibold">{formatted}</span>
                      {normalizeSpaces(formatted) !== normalizeSpaces(amount.text) ? <span className="text-stone-700"> ({amount.text})</span> : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function Offer({ label, note, id, onClick }: { label: string; note: string; id: string; onClick: () => void }) {
  return (
    <div>
      <button type="button" className="btn-secondary w-full justify-start text-left [overflow-wrap:anywhere]" aria-describedby={id} onClick={onClick}>
        {label}
      </button>
      <p id={id} className="mt-1 text-sm text-stone-700 [overflow-wrap:anywhere]">
        {note}
      </p>
    </div>
  );
}

function formatLocal(local: string, locale: string): string {
  return DateTime.fromISO(local)
    .setLocale(locale)
    .toLocaleString({ weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

const normalizeSpaces = (s: string) => s.replace(/\s/g, "").toLowerCase();
