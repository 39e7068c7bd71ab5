"use client";
import { useEffect } from "react";

/**
 * Registers the service worker (lib/pwa/sw.ts, served at /sw.js) once the page has loaded, in the
 * production build only: in `next dev` a worker would keep serving stale chunks.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/", updateViaCache: "none" })
      .catch((error: unknown) => console.warn("Service worker not registered", error));
  }, []);
  return null;
}
