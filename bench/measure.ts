// Timing helpers: median of runs after warm-up, per-step samples for interaction sequences, forced GC
// between runs when Node runs with --expose-gc (run-all.ts re-spawns itself with it).
import { constants, performance, PerformanceObserver } from 'node:perf_hooks';

/** Keeps results reachable while timed (so the work is not optimised away), dropped before each GC. */
const hold: { value: unknown } = { value: undefined };

/** Runs a full GC when exposed; returns whether it could. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return false;
  gc();
  return true;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Quantile with linear interpolation between order statistics (q in [0, 1]). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (pos - lo);
}

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly samples: readonly number[];
}

function summarize(samples: readonly number[]): Timing {
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    samples,
  };
}

/**
 * Median wall time (ms) of `fn` over `runs` runs after `warmup` untimed runs. With `gcEachRun` a full GC
 * precedes every run (for big allocations such as parsing); without it, one GC precedes the batch and the
 * runs measure the steady state (a forced full GC makes V8 drop optimized code whose object maps died, so
 * the first call after it re-optimizes: see firstCallAfterGc).
 */
export function timeMedian(fn: () => unknown, runs: number, warmup = 1, gcEachRun = true): Timing {
  collectGarbage();
  for (let i = 0; i < warmup; i++) hold.value = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (gcEachRun) {
      hold.value = undefined;
      collectGarbage();
    }
    const t0 = performance.now();
    hold.value = fn();
    samples.push(performance.now() - t0);
  }
  hold.value = undefined;
  return summarize(samples);
}

/** Median time of the first call of `fn` right after a forced full GC (`fn` already warm). */
export function firstCallAfterGc(fn: () => unknown, trials: number): Timing {
  hold.value = fn();
  const samples: number[] = [];
  for (let i = 0; i < trials; i++) {
    hold.value = undefined;
    collectGarbage();
    const t0 = performance.now();
    hold.value = fn();
    samples.push(performance.now() - t0);
  }
  hold.value = undefined;
  return summarize(samples);
}

/**
 * Times several functions with interleaved runs (A B A B …) so that drift and background load hit all of
 * them alike. Returns one Timing per function, in order.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], runs: number, warmup = 1): Timing[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) hold.value = fn();
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      hold.value = undefined;
      collectGarbage();
      const t0 = performance.now();
      hold.value = fn();
      samples[k]?.push(performance.now() - t0);
    });
  }
  hold.value = undefined;
  return samples.map(summarize);
}

/** A replayable interaction: `reset` (untimed) then one call of `step` per step index. */
export interface SequenceRunner {
  readonly name: string;
  reset(): void;
  step(index: number): unknown;
}

export interface SequenceTiming {
  readonly name: string;
  readonly steps: number;
  readonly runs: number;
  /** Median over all step samples (steps × runs). */
  readonly medianStepMs: number;
  readonly p95StepMs: number;
  /** Largest per-step median (each step's median over runs): the "every step ≤ x ms" figure. */
  readonly worstStepMs: number;
  readonly worstStepIndex: number;
  /** Median over runs of the first step (for crossfilter: from the unfiltered state to the first window). */
  readonly firstStepMs: number;
  /** Median over runs of the whole sequence's time (sum of its steps). */
  readonly totalMs: number;
  /** Per step, median over runs. */
  readonly perStepMedianMs: readonly number[];
  /** Every sample: perRunMs[run][step]. */
  readonly perRunMs: readonly (readonly number[])[];
  /** performance.now() at the start of each sample: startMs[run][step] (to attribute GC pauses). */
  readonly startMs: readonly (readonly number[])[];
}

/**
 * Replays each runner's sequence `runs` times after `warmup` runs, rotating runners within each round so
 * that drift and background load hit all of them alike. Before each timed run: reset, full GC (so no
 * runner pays for another's garbage), then `rewarmSteps` untimed steps and reset again (the forced GC
 * drops V8's optimized code whose object maps died; a real session never forces a full GC before a step).
 */
export function timeSequences(
  runners: readonly SequenceRunner[],
  stepCount: number,
  runs: number,
  warmup = 1,
  rewarmSteps = 8,
): SequenceTiming[] {
  const samples: number[][][] = runners.map(() => []); // [runner][run][step]
  const starts: number[][][] = runners.map(() => []);
  for (let round = 0; round < warmup + runs; round++) {
    runners.forEach((runner, k) => {
      runner.reset();
      hold.value = undefined;
      collectGarbage();
      for (let s = 0; s < Math.min(rewarmSteps, stepCount); s++) hold.value = runner.step(s);
      runner.reset();
      const times = new Array<number>(stepCount);
      const at = new Array<number>(stepCount);
      for (let s = 0; s < stepCount; s++) {
        const t0 = performance.now();
        hold.value = runner.step(s);
        times[s] = performance.now() - t0;
        at[s] = t0;
      }
      if (round >= warmup) {
        samples[k]?.push(times);
        starts[k]?.push(at);
      }
    });
  }
  hold.value = undefined;
  return runners.map((runner, k) => {
    const perRun = samples[k] ?? [];
    const all = perRun.flat();
    const perStepMedianMs = Array.from({ length: stepCount }, (_, s) =>
      median(perRun.map((t) => t[s] ?? NaN)),
    );
    let worstStepIndex = 0;
    perStepMedianMs.forEach((v, s) => {
      if (v > (perStepMedianMs[worstStepIndex] ?? -Infinity)) worstStepIndex = s;
    });
    return {
      name: runner.name,
      steps: stepCount,
      runs: perRun.length,
      medianStepMs: median(all),
      p95StepMs: quantile(all, 0.95),
      worstStepMs: perStepMedianMs[worstStepIndex] ?? NaN,
      worstStepIndex,
      firstStepMs: perStepMedianMs[0] ?? NaN,
      totalMs: median(perRun.map((t) => t.reduce((a, b) => a + b, 0))),
      perStepMedianMs,
      perRunMs: perRun,
      startMs: starts[k] ?? [],
    };
  });
}

/** Heap bytes retained by what `make` returns (GC before and after; approximate, needs --expose-gc). */
export function retainedHeapBytes<T>(make: () => T): { value: T; bytes: number | null } {
  const canGc = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  return { value, bytes: canGc ? after - before : null };
}

/** GC pauses seen by a PerformanceObserver: start (performance.now() clock) and duration, ms. */
export interface GcPause {
  readonly startMs: number;
  readonly durationMs: number;
  readonly major: boolean;
}

/** Starts recording GC pauses; entries arrive asynchronously, so await a macrotask before reading. */
export function recordGcPauses(): { readonly pauses: GcPause[]; stop(): void } {
  const pauses: GcPause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const detail = (e as PerformanceEntry & { detail?: { kind?: number } }).detail;
      pauses.push({
        startMs: e.startTime,
        durationMs: e.duration,
        major: detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR,
      });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

/** Lets queued observer callbacks run. */
export const flushObservers = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

export interface GcShare {
  /** GC time inside the timed steps, median over runs (ms per run). */
  readonly gcMsPerRun: number;
  /** Samples during which a GC pause began. */
  readonly samplesWithGc: number;
  /** Largest per-step median over the samples without a GC pause. */
  readonly worstStepWithoutGcMs: number;
}

/** How much of a sequence timing was GC, from pauses recorded while it ran. */
export function gcShareOf(timing: SequenceTiming, pauses: readonly GcPause[]): GcShare {
  const sorted = [...pauses].sort((a, b) => a.startMs - b.startMs);
  const gcPerRun: number[] = [];
  let samplesWithGc = 0;
  const perStepClean: number[][] = Array.from({ length: timing.steps }, () => []);
  timing.perRunMs.forEach((run, r) => {
    let gc = 0;
    run.forEach((ms, s) => {
      const start = timing.startMs[r]?.[s] ?? 0;
      const hit = sorted.filter((p) => p.startMs >= start && p.startMs < start + ms);
      if (hit.length > 0) samplesWithGc++;
      else perStepClean[s]?.push(ms);
      for (const p of hit) gc += p.durationMs;
    });
    gcPerRun.push(gc);
  });
  const worst = Math.max(...perStepClean.map((v) => (v.length === 0 ? 0 : median(v))));
  return { gcMsPerRun: median(gcPerRun), samplesWithGc, worstStepWithoutGcMs: worst };
}
