// The service worker (bundled by scripts/build-sw.mjs into .next/sw.js, served at /sw.js).
// It keeps what every page needs to start (Next's hashed scripts and styles, the icons) and the
// offline page, and nothing else: pages and API answers are private and change with every write,
// so they always come from the network. When the network fails on a page visit, the offline page
// answers instead of the browser's error.
import { NetworkOnly, Serwist, type PrecacheEntry } from "serwist";

// Filled in by @serwist/build's injectManifest with the files of this build (and their revisions).
declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

export const OFFLINE_PATH = "/offline";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // A new build's worker takes over at once: its precache matches the pages the server now sends.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Page visits: always the network (private, per request); the offline page when it fails.
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PATH, matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();
