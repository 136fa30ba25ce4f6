// Per-kind figures of an interaction sequence (first step, month slides, day slides, jumps, toggles) from
// the samples of timeSequences, and the ratios of a baseline against Lintas measured in the same run.
import type { InteractionStep, StepKind } from './interaction-steps';
import { median, quantile, type SequenceTiming } from './measure';

export interface KindStats {
  readonly steps: number;
  /** Median and p95 over all samples of the kind's steps (steps × runs). */
  readonly medianStepMs: number;
  readonly p95StepMs: number;
  /** Largest per-step median of the kind. */
  readonly worstStepMs: number;
  /** Median over runs of the kind's summed time. */
  readonly totalMs: number;
}

export function statsByKind(
  timing: SequenceTiming,
  steps: readonly InteractionStep[],
): Partial<Record<StepKind, KindStats>> {
  const out: Partial<Record<StepKind, KindStats>> = {};
  const kinds = new Set(steps.map((s) => s.kind));
  for (const kind of kinds) {
    const indices = steps.flatMap((s, i) => (s.kind === kind ? [i] : []));
    const samples = timing.perRunMs.flatMap((run) => indices.map((i) => run[i] ?? NaN));
    out[kind] = {
      steps: indices.length,
      medianStepMs: median(samples),
      p95StepMs: quantile(samples, 0.95),
      worstStepMs: Math.max(...indices.map((i) => timing.perStepMedianMs[i] ?? NaN)),
      totalMs: median(timing.perRunMs.map((run) => indices.reduce((sum, i) => sum + (run[i] ?? 0), 0))),
    };
  }
  return out;
}

/** Σ over steps of each step's median over runs: a sequence total that one stall per run cannot inflate. */
export function sumOfStepMedians(timing: SequenceTiming): number {
  return timing.perStepMedianMs.reduce((a, b) => a + b, 0);
}

export interface Ratios {
  /** baseline ÷ Lintas: whole sequence (median of run totals), median step, and per kind (kind totals). */
  readonly total: number;
  /** baseline ÷ Lintas on Σ of per-step medians. */
  readonly totalOfStepMedians: number;
  readonly medianStep: number;
  readonly byKindTotal: Partial<Record<StepKind, number>>;
}

export function ratiosOf(
  baseline: SequenceTiming,
  lintas: SequenceTiming,
  steps: readonly InteractionStep[],
): Ratios {
  const b = statsByKind(baseline, steps);
  const l = statsByKind(lintas, steps);
  const byKindTotal: Partial<Record<StepKind, number>> = {};
  for (const kind of Object.keys(l) as StepKind[]) {
    const bk = b[kind];
    const lk = l[kind];
    if (bk && lk) byKindTotal[kind] = bk.totalMs / lk.totalMs;
  }
  return {
    total: baseline.totalMs / lintas.totalMs,
    totalOfStepMedians: sumOfStepMedians(baseline) / sumOfStepMedians(lintas),
    medianStep: baseline.medianStepMs / lintas.medianStepMs,
    byKindTotal,
  };
}
