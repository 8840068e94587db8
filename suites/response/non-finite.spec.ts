/**
 * RESP-METRIC-NON-FINITE: a metric point logged as NaN or an infinity comes back as that value,
 * spelled as protobuf JSON spells a double JSON cannot carry. Only returned points that match a
 * logged non-finite point by key, step and timestamp are judged: which points come back, and the
 * finite values, are RESP-RUN-DATA's; the value's type RESP-SCHEMA's.
 */
import { test } from '../harness';
import { narrowing } from '../../generators';
import { Inconclusive } from '../../src/outcome';
import { check } from '../support';
import { searchSlice } from '../support';
import { runIdOf, runsOf } from '../support';

const SPELLING = (value: number): string => (Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity');

interface WireMetric {
  key: string;
  value: unknown;
  timestamp: unknown;
  step: unknown;
}

test('RESP-METRIC-NON-FINITE: metrics logged as NaN, Infinity or -Infinity come back as "NaN", "Infinity", "-Infinity", in any experiments and filter', async ({ client, seeded, property }) => {
  const byId = new Map(seeded.runs.map((r) => [r.runId, r]));
  const judged = new Set<string>();
  await property(
    narrowing(seeded),
    async (slice) => {
      const { response } = await searchSlice(client, seeded, slice);
      const defects: string[] = [];
      for (const run of runsOf(response)) {
        const known = byId.get(runIdOf(run));
        if (!known) continue;
        for (const metric of (run.data as { metrics?: WireMetric[] } | undefined)?.metrics ?? []) {
          const logged = known.metrics.find(
            (m) => m.key === metric.key && String(m.step) === String(metric.step) && String(m.timestamp) === String(metric.timestamp),
          );
          if (!logged || Number.isFinite(logged.value)) continue;
          const want = SPELLING(logged.value);
          judged.add(want);
          if (metric.value !== want) defects.push(`${known.ref} ${JSON.stringify(metric.key)} step ${String(metric.step)}: ${JSON.stringify(metric.value)}, logged ${want}`);
        }
      }
      check(defects.length === 0, 'metrics logged as NaN or ±Infinity must come back as "NaN", "Infinity", "-Infinity"', { received: defects.slice(0, 20) });
    },
    // Every experiment, no filter, tried first in every tier: r01's NaN and r02's infinity (generators/dataset.ts).
    { examples: [{ experimentIds: seeded.experimentIds }] },
  );
  if (judged.size === 0) {
    throw new Inconclusive("no returned metric point matched a point logged as NaN or an infinity; which points come back is RESP-RUN-DATA's to judge");
  }
});
