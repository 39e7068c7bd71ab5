import type { Sender, SenderStats } from "@/db/schema";
import { countryPack, findRule } from "../countries";
import { MASK_TOKEN } from "../redaction";
import type { Regulator } from "../countries/types";
import { quote } from "./case-story";
import type { Letter } from "./letter";
import { OJK_ADDRESSEE } from "./ojk";
import { letterDate, letterDateTime, PHRASES, type Phrases } from "./phrases";
import { ruleCitation } from "./rules-broken";

export type CollectiveReport = { occurredAt: Date; timeZone: string; channel: string; category: string; text: string | null };

/** Who a collective complaint goes to: the body of the recipients' country that enforces most of these rules (for this sector). */
export function collectiveRecipient(country: string, financial: boolean, ruleIds: readonly string[] = []): Regulator | undefined {
  const pack = countryPack(country);
  const regulators = pack.regulators.filter((r) => (r.sectors === "any" || financial) && !r.complaint?.toSender);
  const enforced = (regulator: Regulator) => pack.rules.filter((rule) => ruleIds.includes(rule.id) && rule.enforcedBy.includes(regulator.id)).length;
  const best = regulators.reduce<Regulator | undefined>((top, r) => (enforced(r) > (top ? enforced(top) : 0) ? r : top), undefined);
  return best ?? regulators.find((r) => pack.rules.some((rule) => rule.enforcedBy.includes(r.id))) ?? regulators.find((r) => r.complaint);
}

const languageOf = (regulator: Regulator, country: string) => regulator.complaint?.language ?? (country === "ID" ? "id" : "en");

/**
 * One letter to a regulator about one sender, from all its public reports: the figures with
 * their denominators, the rules broken that this body enforces with their sources, how support
 * answered, and a table of the reports as published (redacted). Never a reporter's identity.
 */
export function collectiveLetter(input: {
  sender: Sender;
  stats: SenderStats;
  reports: readonly CollectiveReport[];
  regulator: Regulator;
  country: string;
  now: Date;
  timeZone: string;
  signatory: string;
}): Letter {
  const language = languageOf(input.regulator, input.country);
  const words: Phrases = PHRASES[language];
  const c = words.collective;
  const { stats, sender } = input;
  const facts = stats.facts;
  const name = sender.organisation ? `${sender.organisation} (${sender.display})` : sender.display;
  const date = (value: Date | null) => (value ? letterDate(words.locale, value, input.timeZone) : "—");
  const list = (counts: Record<string, number>, labels: Record<string, string>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([key, count]) => `${labels[key] ?? key} (${count})`)
      .join(", ");
  // Only the rules this body enforces (audit finding 8); their titles are in the reporters' own
  // first-person words, so they are quoted as the reporters'.
  const rules = Object.entries(facts.rules).flatMap(([ruleId, counts]) => {
    const rule = findRule(ruleId);
    return rule?.enforcedBy.includes(input.regulator.id) ? [{ rule, counts }] : [];
  });
  const support = facts.support;
  const sections = [
    { title: c.figures, body: c.about(list(facts.categories, words.category), list(facts.channels, words.channel)) },
    {
      title: c.rules,
      body: rules
        .sort((a, b) => b.counts.cases - a.counts.cases)
        .map(({ rule, counts }, i) => `${i + 1}. ${c.rule(quote(rule.inLaw.title, words.quotes), counts.cases, counts.reports, ruleCitation(rule, words))}`)
        .join("\n"),
    },
    support.cases > 0
      ? {
          title: c.support,
          body: c.supportLine(
            support.cases,
            support.medianFirstReplyMinutes === null
              ? "—"
              : new Intl.NumberFormat(words.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(support.medianFirstReplyMinutes / 60),
            support.redirected,
            support.resolved,
          ),
        }
      : null,
    { title: words.sections.demand, body: c.demand },
    {
      title: c.reports,
      body: input.reports
        .map(
          (report, i) =>
            `${i + 1}. ${letterDateTime(words.locale, report.occurredAt, report.timeZone)} — ${words.channel[report.channel as keyof typeof words.channel] ?? report.channel} — ${words.category[report.category as keyof typeof words.category] ?? report.category}${report.text ? `: ${report.text.replace(MASK_TOKEN, "[…]")}` : ""}`,
        )
        .join("\n"),
    },
  ].filter((section): section is { title: string; body: string } => section !== null && section.body.trim() !== "");
  return {
    direction: words.direction,
    dateLine: letterDate(words.locale, input.now, input.timeZone),
    meta: [[words.labels.subject, c.subject(name)]],
    addressee: input.regulator.id === "ID-OJK-VIOLATION" ? OJK_ADDRESSEE : (input.regulator.complaint?.addressee ?? [words.labels.to, input.regulator.name]),
    salutation: words.labels.salutation,
    intro: c.intro,
    identity: [],
    statement: c.statement(name, stats.reporters, stats.publicReports, stats.publicCases, date(stats.firstSeen), date(stats.lastSeen)),
    sections,
    closing: `${c.privacy} ${words.labels.closing}`,
    signOff: words.labels.signOff,
    signatory: input.signatory,
  };
}
