"use client";
import { Bar } from "@nivo/bar";
import { HeatMap } from "@nivo/heatmap";

export type LegalWindow = { days: readonly number[]; from: number; to: number }[];

const inWindow = (window: LegalWindow, day: number, hour: number) => window.some((w) => w.days.includes(day) && hour >= w.from && hour < w.to);

/**
 * Reports by hour (rows) and weekday (columns), tall rather than wide so that it reads on a
 * phone; the hours the recipients' law allows are outlined. The table next to it says the same
 * in text.
 */
export function HeatmapChart({ grid, weekdays, window, label }: { grid: number[][]; weekdays: string[]; window: LegalWindow | null; label: string }) {
  const data = Array.from({ length: 24 }, (_, hour) => ({
    id: String(hour).padStart(2, "0"),
    // Hours without reports stay blank (the empty colour), not the palest orange.
    data: weekdays.map((day, index) => ({ x: day, y: grid[index]?.[hour] || null })),
  }));
  return (
    <HeatMap
      data={data}
      width={340}
      height={560}
      margin={{ top: 30, right: 8, bottom: 8, left: 36 }}
      axisTop={{ tickSize: 0, tickPadding: 6 }}
      axisLeft={{ tickSize: 0, tickPadding: 6 }}
      colors={{ type: "sequential", scheme: "oranges", minValue: 0 }}
      emptyColor="#f5f5f4"
      borderWidth={2}
      borderColor={(cell) => (window && inWindow(window, weekdays.indexOf(String(cell.data.x)) + 1, Number(cell.serieId)) ? "#166534" : "#ffffff")}
      enableLabels={false}
      isInteractive={false}
      animate={false}
      role="img"
      ariaLabel={label}
    />
  );
}

/** Reports per week, the weeks in order. */
export function WeeklyChart({ weeks, label }: { weeks: { week: string; reports: number }[]; label: string }) {
  const most = Math.max(1, ...weeks.map((week) => week.reports));
  // Whole reports only, at most five steps up the axis.
  const step = Math.ceil(most / 5);
  const ticks = Array.from({ length: Math.floor(most / step) + 1 }, (_, i) => i * step);
  return (
    <Bar
      data={weeks}
      keys={["reports"]}
      indexBy="week"
      width={340}
      height={220}
      margin={{ top: 10, right: 10, bottom: 50, left: 36 }}
      padding={0.2}
      colors="#c2410c"
      axisBottom={{ tickRotation: -60, tickSize: 0, tickPadding: 4, format: (week: string) => week.slice(5) }}
      axisLeft={{ tickSize: 0, tickPadding: 4, tickValues: ticks }}
      gridYValues={ticks}
      enableLabel={false}
      isInteractive={false}
      animate={false}
      role="img"
      ariaLabel={label}
    />
  );
}
