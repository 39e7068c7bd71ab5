// Part of scripts/bench-directory.ts: what one write to a shared case of the busiest sender costs
// in sender figures, on the seeded database (DATA_DIR). Each write runs in a transaction that is
// rolled back, so the database is left as seeded (except the shares' stored contributions, which
// the first refresh computes once and keeps, as the app would on the sender's first write).
// - full recount: the figures recomputed from every visible incident of the sender (as before
//   incremental counters: loadFactRows + senderFigures), and stored;
// - incremental: refreshSenderStats, summing the shares' stored contributions;
// - whole write: syncPublicCase, what an edit to the case does on top of its own row (the case's
//   public snapshot rewritten, its contribution recomputed, the sender's figures refreshed).
import { performance } from "node:perf_hooks";
import type { Tx } from "@/db";

const RUNS = Number(process.env.BENCH_WRITE_RUNS ?? 30);
const { getDb, writeTransaction } = await import("@/db");
const { loadFactRows, pageSenderId, senderGroup, writeSenderStats } = await import("@/db/queries/public");
const { senderFigures } = await import("@/lib/public/sender-facts");
const { refreshSenderStats, syncPublicCase } = await import("@/lib/public/sharing");

const db = getDb();
const busiest = db.$client
  .prepare("select sender_id as id, public_reports as reports, public_cases as cases from sender_stats order by public_reports desc limit 1")
  .get() as { id: string; reports: number; cases: number };
const { caseId } = db.$client
  .prepare("select case_id as caseId from case_shares where sender_id = ? and hidden_at is null order by shared_at desc limit 1")
  .get(busiest.id) as { caseId: string };

class Rollback extends Error {}
async function timed(write: (tx: Tx) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    try {
      await writeTransaction(async (tx) => {
        const start = performance.now();
        await write(tx);
        samples.push(performance.now() - start);
        throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }
  return samples.sort((a, b) => a - b);
}

async function fullRecount(tx: Tx, senderId: string) {
  const pageId = await pageSenderId(tx, senderId);
  const group = await senderGroup(tx, pageId);
  const { shares, incidents } = await loadFactRows(
    tx,
    group.map((sender) => sender.id),
  );
  await writeSenderStats(
    tx,
    pageId,
    senderFigures(shares, incidents, group.find((sender) => sender.id === pageId)?.sector ?? null),
    group.map((sender) => ({ display: sender.display, kind: sender.kind })),
  );
}

// The first refresh computes and keeps each share's contribution (once per share, ever).
const first = performance.now();
await writeTransaction((tx) => refreshSenderStats(tx, busiest.id));
const firstMs = performance.now() - first;

const ms = (samples: number[]) =>
  `p50 ${samples[Math.floor(samples.length / 2)]!.toFixed(2)} ms, p95 ${samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!.toFixed(2)} ms`;
console.log(`sender figures on a write, busiest sender (${busiest.reports} reports in ${busiest.cases} shared cases), ${RUNS} writes each:`);
console.log(`  full recount (before): ${ms(await timed((tx) => fullRecount(tx, busiest.id)))}`);
console.log(
  `  incremental counters:  ${ms(await timed((tx) => refreshSenderStats(tx, busiest.id)))} (first write, computing every share's contribution: ${firstMs.toFixed(1)} ms)`,
);
console.log(`  whole write to a shared case (snapshot + counters): ${ms(await timed((tx) => syncPublicCase(tx, caseId)))}`);
