// BENCH_WORKERS for the benches on the production build (scripts/bench-directory.ts,
// scripts/bench-signed-in.ts): "1,2" starts the app once per number of server workers
// (WEB_CONCURRENCY, read by scripts/start.mjs) and prints the figures side by side. Unset, the
// app starts once as `npm start` would.
import { loadavg } from "node:os";

/** The worker counts to run the app with; `undefined` is `npm start`'s own default. */
export function workerCounts(): (number | undefined)[] {
  const value = process.env.BENCH_WORKERS;
  if (!value) return [undefined];
  const counts = value.split(",").map((part) => Number(part.trim()));
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`BENCH_WORKERS: worker counts separated by commas, e.g. 1,2 (got "${value}")`);
  return counts;
}

export const workersEnv = (workers: number | undefined): Record<string, string> => (workers === undefined ? {} : { WEB_CONCURRENCY: String(workers) });

export const workersLabel = (workers: number | undefined) => (workers === undefined ? "" : `${workers} worker${workers === 1 ? "" : "s"}`);

/** The machine's load average (1, 5, 15 minutes): the figures depend on what else runs. */
export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (value: number) => (Number.isNaN(value) ? "—" : value < 10 ? value.toFixed(1) : value.toFixed(0)).padStart(6);

/** Latencies and throughput of each measurement, per worker count, printed as one table. */
export class SideBySide {
  private readonly rows = new Map<string, Map<number, { sorted: number[]; perSecond: number }>>();
  private readonly loads = new Map<number, string[]>();

  add(row: string, workers: number, samples: number[], perSecond: number): void {
    const byWorkers = this.rows.get(row) ?? new Map();
    byWorkers.set(workers, { sorted: [...samples].sort((a, b) => a - b), perSecond });
    this.rows.set(row, byWorkers);
  }

  /** Notes the load average while the runs of this worker count went on (at its start and end). */
  noteLoad(workers: number): void {
    this.loads.set(workers, [...(this.loads.get(workers) ?? []), loadAverage()]);
  }

  print(title: string, counts: number[]): void {
    const column = 30;
    console.log(`\n${title}: p50 p95 p99 ms, req/s`);
    console.log(`${"".padEnd(48)}${counts.map((n) => workersLabel(n).padStart(column)).join("")}`);
    for (const [row, byWorkers] of this.rows) {
      const cells = counts.map((n) => {
        const figures = byWorkers.get(n);
        if (!figures) return "not measured".padStart(column);
        const { sorted, perSecond } = figures;
        return `${ms(percentile(sorted, 0.5))} ${ms(percentile(sorted, 0.95))} ${ms(percentile(sorted, 0.99))} ${perSecond.toFixed(0).padStart(7)}`.padStart(
          column,
        );
      });
      const first = byWorkers.get(counts[0]!)?.perSecond;
      const last = byWorkers.get(counts.at(-1)!)?.perSecond;
      const ratio = counts.length > 1 && first && last ? `  ×${(last / first).toFixed(2)}` : "";
      console.log(`${row.slice(0, 47).padEnd(48)}${cells.join("")}${ratio}`);
    }
    for (const n of counts) console.log(`  load average (1/5/15 min) during ${workersLabel(n)}: ${(this.loads.get(n) ?? []).join(" → ")}`);
  }
}
