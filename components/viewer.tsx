"use client";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { Role } from "@/lib/domain";
import { NavLinks, type NavLabels } from "./nav-links";

/** The signed-in viewer's role, null for a visitor, undefined while not known yet. */
const ViewerContext = createContext<Role | null | undefined>(undefined);

/**
 * Private pages know the viewer when they render. Public sender pages are rendered once and
 * cached for everyone, so they learn who is looking from /api/viewer once in the browser.
 */
export function ViewerProvider({ role, children }: { role?: Role | null; children: ReactNode }) {
  const [fetched, setFetched] = useState<Role | null | undefined>(undefined);
  useEffect(() => {
    if (role !== undefined) return;
    let live = true;
    fetch("/api/viewer", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ role: Role | null }>) : { role: null }))
      .then((viewer) => live && setFetched(viewer.role))
      .catch(() => live && setFetched(null));
    return () => {
      live = false;
    };
  }, [role]);
  return <ViewerContext value={role !== undefined ? role : fetched}>{children}</ViewerContext>;
}

export const useViewerRole = () => useContext(ViewerContext);

export function ViewerNav({ labels }: { labels: NavLabels }) {
  return <NavLinks role={useViewerRole()} labels={labels} />;
}
