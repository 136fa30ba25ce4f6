// The benchmark's crossfilter2 baseline (bench/baselines/crossfilter-sequence.ts) must give exactly the
// WindowAggregates of the Lintas paths on every step of the benchmark sequence, or its timings compare
// different work. Small tables of both benchmark shapes; the reference is aggregateRows ∘ filterEvents.
import { describe, expect, it } from 'vitest';
import { parseEventsText } from '@/data/parse-events';
import { buildEventCube } from '@/domain/event-cube';
import type { EventTable } from '@/domain/event-table';
import { CrossfilterDashboard } from '../../bench/baselines/crossfilter-sequence';
import { tableToRecords } from '../../bench/baselines/event-records';
import { naiveAggregate } from '../../bench/baselines/naive-sequence';
import { buildInteractionSteps } from '../../bench/interaction-steps';
import { LintasRunner, rowPathStep } from '../../bench/lintas-sequence';
import {
  BENCH_SEED,
  BENCH_SHAPES,
  generateEventsText,
  type BenchShapeName,
} from '../../bench/synthetic-events';
import { diffAggregates } from '../../bench/verify-aggregates';

function loadShape(shape: BenchShapeName, events: number): EventTable {
  const loaded = parseEventsText(generateEventsText(events, BENCH_SEED, shape), {
    fileName: `${shape}.geojson`,
    routes: BENCH_SHAPES[shape].routes(),
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  if (!loaded.ok) throw new Error(loaded.error.code);
  expect(loaded.report.rejected).toHaveLength(0);
  expect(loaded.report.warnings).toHaveLength(0);
  return loaded.table;
}

describe.each([
  ['demo', 3000],
  ['high-cardinality', 3000],
] as const)('crossfilter2 baseline on the %s shape (%i events)', (shape, events) => {
  const table = loadShape(shape, events);
  const steps = buildInteractionSteps(BENCH_SHAPES[shape]);
  const records = tableToRecords(table);

  it('agrees with the row path and with Lintas on every step, toggles and day drags included', () => {
    const cf = new CrossfilterDashboard(table, records);
    const lintas = new LintasRunner(buildEventCube(table));
    let withPeople = 0;
    for (const step of steps) {
      const reference = rowPathStep(table, step.filters);
      if (reference.totals.all.people > 0) withPeople++;
      expect(diffAggregates(reference, cf.apply(step.filters)), step.label).toBeNull();
      expect(diffAggregates(reference, lintas.step(step.filters)), step.label).toBeNull();
    }
    // The comparison is not vacuous: most windows hold events.
    expect(withPeople).toBeGreaterThan(steps.length * 0.8);
    expect(new Set(steps.map((s) => s.kind))).toEqual(
      new Set(['first', 'month-slide', 'day-slide', 'jump', 'toggle']),
    );
  });

  it('agrees again after a reset (the untimed setup between benchmark runs)', () => {
    const cf = new CrossfilterDashboard(table, records);
    for (const step of steps.slice(0, 20)) cf.apply(step.filters);
    cf.reset();
    for (const step of steps.slice(0, 20)) {
      expect(diffAggregates(rowPathStep(table, step.filters), cf.apply(step.filters)), step.label).toBeNull();
    }
  });

  it('the naive baseline agrees too', () => {
    for (const step of steps.filter((_, i) => i % 7 === 0)) {
      expect(
        diffAggregates(rowPathStep(table, step.filters), naiveAggregate(table, records, step.filters)),
      ).toBeNull();
    }
  });
});
