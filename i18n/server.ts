import "server-only";
import { cache } from "react";
// eslint-disable-next-line no-restricted-imports -- their types, for the wrappers below
import { getLocale, getMessages, getTimeZone, type getFormatter as nextGetFormatter, type getTranslations as nextGetTranslations } from "next-intl/server";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator } from "use-intl/core";

/**
 * Parsed messages and Intl formatters kept for the life of the process. next-intl's own
 * getTranslations and getFormatter start from empty caches on every request, so every message
 * with arguments is parsed again and every Intl formatter built again on every page: a tenth of
 * a case page's time. Their keys hold the locale, the time zone and the options, so sharing
 * them across requests and viewers changes no output.
 */
const shared = (() => {
  const store = _createCache();
  return { _cache: store, _formatters: _createIntlFormatters(store) };
})();

const config = cache(async (locale: string | undefined) => {
  const options = locale ? { locale } : undefined;
  const [resolved, messages, timeZone] = await Promise.all([locale ?? getLocale(), getMessages(options), getTimeZone(options)]);
  return { locale: resolved, messages, timeZone };
});

const translator = cache(async (namespace: string | undefined, locale: string | undefined) =>
  createTranslator({ ...(await config(locale)), namespace, ...shared }),
);

/** next-intl's getTranslations (same calls, same output), on the process-wide caches. */
export const getTranslations = ((argument?: string | { locale?: string; namespace?: string }) =>
  typeof argument === "object" ? translator(argument.namespace, argument.locale) : translator(argument, undefined)) as unknown as typeof nextGetTranslations;

/** next-intl's getFormatter (same calls, same output), on the process-wide caches. */
export const getFormatter = cache(async () => {
  const { locale, timeZone } = await config(undefined);
  return createFormatter({ locale, timeZone, ...shared });
}) as unknown as typeof nextGetFormatter;
