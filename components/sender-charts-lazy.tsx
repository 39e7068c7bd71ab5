"use client";
import dynamic from "next/dynamic";

// Drawn in the browser: rendering the SVG on the server cost most of the page's time and doubled
// its size (HTML and its payload). The page's tables carry the same figures for everyone.
export const HeatmapChart = dynamic(() => import("./sender-charts").then((m) => m.HeatmapChart), {
  ssr: false,
  loading: () => <div style={{ height: 560 }} />,
});
export const WeeklyChart = dynamic(() => import("./sender-charts").then((m) => m.WeeklyChart), { ssr: false, loading: () => <div style={{ height: 220 }} /> });
