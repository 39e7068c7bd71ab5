import { describe, expect, it } from "vitest";
import nextConfig, { senderPageRewrites } from "../../next.config.js";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "../domain";

describe("sender page rewrites (next.config.js)", () => {
  it("send each language cookie to its cached page, and everyone else to the default language", () => {
    const chosen = senderPageRewrites.filter((rule) => "has" in rule);
    expect(chosen.map((rule) => rule.has)).toEqual(
      LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [{ type: "cookie", key: LOCALE_COOKIE, value: locale }]),
    );
    for (const rule of chosen) expect(rule.destination).toBe(`/${rule.has![0]!.value}/senders/:senderId`);
    expect(senderPageRewrites.at(-1)).toEqual({ source: senderPageRewrites[0]!.source, destination: `/${DEFAULT_LOCALE}/senders/:senderId` });
  });

  it("match only a sender id, so /senders/search and older report pages keep their routes", () => {
    const pattern = new RegExp(`^${senderPageRewrites[0]!.source.replace(":senderId", "")}$`);
    expect(pattern.test("/senders/460b6fe0-60eb-4367-a245-21a85e677b64")).toBe(true);
    expect(pattern.test("/senders/search")).toBe(false);
    expect(pattern.test("/senders/460b6fe0-60eb-4367-a245-21a85e677b64/reports")).toBe(false);
  });

  it("send the per-language addresses of every locale back to the one address", async () => {
    const [redirect] = await nextConfig.redirects!();
    const pattern = new RegExp(`^${redirect!.source.replace(":locale", "").replace(":senderId", "[^/]+")}$`);
    for (const locale of LOCALES) expect(pattern.test(`/${locale}/senders/460b6fe0-60eb-4367-a245-21a85e677b64`), locale).toBe(true);
    expect(redirect).toMatchObject({ destination: "/senders/:senderId", permanent: true });
  });
});
