// Shapes of what the bench page publishes on window.__benchResults (read back by run.ts), and the
// globals the page and run.ts share.

/** A, B, and A′ (A with the point layer's data object cached; profile passes only). */
export type PathName = 'lintas' | 'rebuild' | 'lintas-stable';

export interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
}

export interface PassResult {
  readonly path: PathName;
  readonly round: number;
  /** Window indexes timed in this pass (0..72). */
  readonly windows: readonly number[];
  /** Main-thread time of each step, ms (setProps + layer update + redraw included). */
  readonly stepMs: readonly number[];
  /** Per phase, one value per step, ms. */
  readonly phases: Readonly<Record<string, readonly number[]>>;
  /** Points handed to deck.gl per step (rebuild: the window's events; lintas: every event). */
  readonly points: readonly number[];
  /** Long tasks (> 50 ms) observed on the main thread while the pass ran. */
  readonly longTasks: readonly LongTask[];
  /** Time between consecutive step frames (rAF callbacks), ms: paced by SwiftShader, informational. */
  readonly frameIntervalsMs: readonly number[];
  readonly passMs: number;
}

/** Self time per layer id (sublayers grouped under their top-level layer), ms per step. */
export interface LayerProfile {
  readonly path: PathName;
  readonly steps: number;
  /** Median step time in the profile pass (Layer methods wrapped: a little slower than the timed passes). */
  readonly stepMedianMs: number;
  readonly updateMs: Readonly<Record<string, number>>;
  readonly drawMs: Readonly<Record<string, number>>;
}

export interface BenchResults {
  readonly n: number;
  readonly rows: number;
  readonly rejected: number;
  readonly userAgent: string;
  readonly renderer: string;
  readonly longTaskSupported: boolean;
  /** True when served with COOP/COEP: performance.now() then has 5 µs resolution (else 100 µs). */
  readonly crossOriginIsolated: boolean;
  readonly setupMs: Readonly<Record<string, number>>;
  readonly passes: readonly PassResult[];
  readonly profiles: readonly LayerProfile[];
  readonly totalMs: number;
}

declare global {
  interface Window {
    __benchResults?: BenchResults;
    __benchError?: string;
    /** Set by run.ts (page.exposeFunction): brackets each timed pass, for CDP metrics and CPU profiles. */
    __benchHook?: (event: string, label: string) => Promise<void>;
  }
}
