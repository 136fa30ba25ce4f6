// Seeded synthetic monthly count series with injected surges, to validate the early-warning tests
// (tests and benchmarks only). Deterministic: the same seed gives the same series on every machine.

/** A seeded uniform generator on [0, 1) (mulberry32: 32-bit state, fast, good enough for simulation). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson(λ) by Knuth's product method, in chunks of λ ≤ 30 (a sum of Poissons is Poisson). */
export function samplePoisson(rng: () => number, lambda: number): number {
  let total = 0;
  let rest = lambda;
  while (rest > 0) {
    const chunk = Math.min(rest, 30);
    rest -= chunk;
    const limit = Math.exp(-chunk);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    total += k;
  }
  return total;
}

/** Standard normal by Box–Muller. */
function sampleNormal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, scale 1) by Marsaglia & Tsang (with the shape < 1 boost). */
function sampleGamma(rng: () => number, shape: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1) * (1 - rng()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(rng);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng();
    if (Math.log(1 - u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Count with mean μ and variance φμ: Poisson when φ = 1, else negative binomial as a gamma–Poisson mix. */
export function sampleCount(rng: () => number, mean: number, dispersion: number): number {
  if (dispersion <= 1) return samplePoisson(rng, mean);
  const size = mean / (dispersion - 1);
  return samplePoisson(rng, (sampleGamma(rng, size) * mean) / size);
}

export interface SurgeSeriesOptions {
  readonly months: number;
  /** Months from this index on are "evaluation" months with their own surge probability. */
  readonly evaluationStart: number;
  /** Mean level in counts per month, before season and trend. */
  readonly level: number;
  /** Seasonal amplitude on the log scale: the mean swings by a factor exp(±amplitude). */
  readonly amplitude: number;
  /** Month of year (0–11) of the seasonal peak. */
  readonly peakMonth: number;
  /** Trend on the log scale per year. */
  readonly trendPerYear: number;
  readonly dispersion: number;
  /** Probability that a history month (before evaluationStart) carries a surge (a past outbreak). */
  readonly historySurgeProbability: number;
  readonly evaluationSurgeProbability: number;
  /** Surge size: Poisson with mean surgeSd × the month's baseline standard deviation √(φμ). */
  readonly surgeSd: number;
}

export interface SurgeSeries {
  readonly counts: Float64Array;
  /** Baseline mean per month (without surges). */
  readonly mean: Float64Array;
  /** 1 where a surge was injected. */
  readonly surge: Uint8Array;
}

export function makeSurgeSeries(rng: () => number, o: SurgeSeriesOptions): SurgeSeries {
  const counts = new Float64Array(o.months);
  const mean = new Float64Array(o.months);
  const surge = new Uint8Array(o.months);
  for (let t = 0; t < o.months; t++) {
    const season = o.amplitude * Math.cos((2 * Math.PI * (t - o.peakMonth)) / 12);
    const mu = o.level * Math.exp(season + (o.trendPerYear * (t - o.evaluationStart)) / 12);
    mean[t] = mu;
    let y = sampleCount(rng, mu, o.dispersion);
    const p = t < o.evaluationStart ? o.historySurgeProbability : o.evaluationSurgeProbability;
    if (rng() < p) {
      surge[t] = 1;
      y += samplePoisson(rng, o.surgeSd * Math.sqrt(o.dispersion * mu));
    }
    counts[t] = y;
  }
  return { counts, mean, surge };
}
