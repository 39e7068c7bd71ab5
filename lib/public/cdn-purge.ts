import { LOCALES } from "../domain";
import { EDGE_MAX_AGE, senderSurrogateKey } from "../../server/cdn-headers.mjs";

/** What one purge asks the CDN to drop: the senders' pages by tag, and their addresses for CDNs that purge by URL. */
export type PurgeRequest = { surrogateKeys: string[]; paths: string[] };

export function purgeRequest(senderIds: readonly string[]): PurgeRequest {
  const ids = [...new Set(senderIds)];
  return {
    surrogateKeys: ids.map(senderSurrogateKey),
    paths: ids.flatMap((id) => [`/senders/${id}`, ...LOCALES.map((locale) => `/${locale}/senders/${id}`)]),
  };
}

const FIRST_RETRY_MS = 1000;
const LONGEST_WAIT_MS = 60_000;

type Options = {
  fetch?: typeof fetch;
  wait?: (ms: number) => Promise<void>;
  now?: () => number;
};

const unrefWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * One POST to the CDN's purge endpoint, retried with doubling waits (up to a minute) until it
 * answers 2xx. After EDGE_MAX_AGE the edge has dropped the page by itself, so the purge gives
 * up then. Never throws: the write it follows has committed and its answer must not fail.
 * Resolves true once purged, false when it gave up.
 */
export async function purgeCdn(
  url: string,
  senderIds: readonly string[],
  { fetch: send = fetch, wait = unrefWait, now = Date.now }: Options = {},
): Promise<boolean> {
  if (senderIds.length === 0) return true;
  const body = JSON.stringify(purgeRequest(senderIds));
  const giveUpAt = now() + EDGE_MAX_AGE * 1000;
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_WAIT_MS)) {
    try {
      const response = await send(url, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(10_000) });
      await response.body?.cancel();
      if (response.ok) return true;
      console.error(`CDN purge answered ${response.status}; retrying`);
    } catch (error) {
      console.error("CDN purge failed; retrying", error);
    }
    if (now() + delay >= giveUpAt) {
      console.error(`CDN purge of ${senderIds.length} sender(s) given up: the edge drops their pages within the hour`);
      return false;
    }
    await wait(delay);
  }
}
