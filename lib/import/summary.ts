import { createHash } from "node:crypto";
import { parseSender, type SenderError } from "../sender-identity";
import type { HistoryItem } from "./types";

/** One sender of a history file, as the review lists it. */
export type SenderSummary = {
  /** The sender's identity key (the same number in two formats is one sender); `raw:` + name when it cannot be one. */
  key: string;
  /** As the file names it (the first spelling seen). */
  sender: string;
  /** Why it cannot be imported (no number, a name too long…); null when it can. */
  error: SenderError | null;
  messages: number;
  calls: number;
  /** ISO instants of the first and last item. */
  first: string;
  last: string;
};
export type ImportSummary = {
  senders: SenderSummary[];
  /** Senders found beyond those listed, and their items (the list keeps the largest). */
  otherSenders: number;
  otherItems: number;
  items: number;
  /** The zone wall-clock times were read in (WhatsApp exports): the import reads them the same way. */
  timeZone?: string;
};

/** Senders listed in a summary, largest first; a phone's whole history rarely has more than a few hundred. */
export const SUMMARY_MAX_SENDERS = 2000;
/** Senders counted while reading; past this, new senders' items are only counted together (memory stays bounded). */
const TRACKED_MAX_SENDERS = 20_000;

export type SenderRef = { key: string; error: SenderError | null };

/** The identity an item's sender is grouped and imported under, with the user's country for national numbers. */
export function senderRef(sender: string, country: string): SenderRef {
  const parsed = parseSender(sender, country);
  if (parsed.ok) return { key: parsed.identity.key, error: null };
  return { key: `raw:${sender.trim().slice(0, 100)}`, error: parsed.error };
}

/**
 * senderRef with a memory of the spellings seen: a history repeats the same few senders
 * thousands of times, and reading a phone number is the costliest step per item. Bounded.
 */
export function senderRefs(country: string): (sender: string) => SenderRef {
  const seen = new Map<string, SenderRef>();
  return (sender) => {
    let ref = seen.get(sender);
    if (!ref) {
      ref = senderRef(sender, country);
      if (seen.size < 20_000) seen.set(sender, ref);
    }
    return ref;
  };
}

/**
 * What makes an item the same item again: its sender's identity, the instant, the channel, the
 * text and, for calls, their kind and length. Stored on the incident, unique per case.
 */
export function importKeyOf(item: HistoryItem, senderKey: string): string {
  const call = item.call ? `${item.call.kind}:${item.call.durationSeconds}` : "";
  return createHash("sha256")
    .update([senderKey, item.occurredAt.getTime(), item.channel, item.text ?? "", call].join("\u0000"))
    .digest("base64url");
}

export class SummaryBuilder {
  private readonly bySender = new Map<string, { sender: string; error: SenderError | null; messages: number; calls: number; first: number; last: number }>();
  private untrackedItems = 0;
  private untrackedSenders = new Set<string>();
  private items = 0;

  private readonly refOf: (sender: string) => SenderRef;

  constructor(country: string) {
    this.refOf = senderRefs(country);
  }

  add(item: HistoryItem): void {
    this.items++;
    const ref = this.refOf(item.sender);
    let entry = this.bySender.get(ref.key);
    if (!entry) {
      if (this.bySender.size >= TRACKED_MAX_SENDERS) {
        this.untrackedItems++;
        // Counting distinct untracked senders is itself bounded: past the cap only items are counted.
        if (this.untrackedSenders.size < TRACKED_MAX_SENDERS) this.untrackedSenders.add(ref.key);
        return;
      }
      const t = item.occurredAt.getTime();
      entry = { sender: item.sender.trim(), error: ref.error, messages: 0, calls: 0, first: t, last: t };
      this.bySender.set(ref.key, entry);
    }
    if (item.channel === "call") entry.calls++;
    else entry.messages++;
    const t = item.occurredAt.getTime();
    if (t < entry.first) entry.first = t;
    if (t > entry.last) entry.last = t;
  }

  result(): ImportSummary {
    const all = [...this.bySender.entries()]
      .map(([key, e]) => ({
        key,
        sender: e.sender,
        error: e.error,
        messages: e.messages,
        calls: e.calls,
        first: new Date(e.first).toISOString(),
        last: new Date(e.last).toISOString(),
      }))
      .sort((a, b) => b.messages + b.calls - (a.messages + a.calls) || a.sender.localeCompare(b.sender));
    const listed = all.slice(0, SUMMARY_MAX_SENDERS);
    const rest = all.slice(SUMMARY_MAX_SENDERS);
    return {
      senders: listed,
      otherSenders: rest.length + this.untrackedSenders.size,
      otherItems: rest.reduce((sum, s) => sum + s.messages + s.calls, 0) + this.untrackedItems,
      items: this.items,
    };
  }
}

export function itemCount(sender: SenderSummary): number {
  return sender.messages + sender.calls;
}
