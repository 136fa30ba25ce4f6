// A Poisson log-link GLM with prior weights, fitted by iteratively reweighted least squares (IRLS), with
// the quasi-Poisson dispersion, the unscaled covariance and the hat values the Farrington test needs.
//
// IRLS (McCullagh & Nelder, ch. 2.5): with η = Xβ and μ = exp(η), each step solves the weighted least
// squares problem (Xᵀ W X) β = Xᵀ W z with working weights W = ω μ and working response
// z = η + (y − μ) / μ, until the deviance D = 2 Σ ω [y ln(y / μ) − (y − μ)] changes by less than
// 1e-8 relative (R's glm.control default). Start: μ = y + 0.1, as R's poisson()$initialize. A step that
// makes the deviance non-finite or larger is halved (as R's glm.fit does for non-finite deviance).
// The normal equations are at most a dozen columns here, solved by Cholesky with a pivot check.

export interface PoissonGlmFit {
  readonly converged: boolean;
  readonly iterations: number;
  /** Coefficients, one per design column. */
  readonly coefficients: Float64Array;
  /** (Xᵀ W X)⁻¹ at the solution, row-major k × k: the covariance is dispersion × this. */
  readonly unscaledCovariance: Float64Array;
  /** Fitted means μ_i. */
  readonly fitted: Float64Array;
  /** Diagonal of the hat matrix W^½ X (Xᵀ W X)⁻¹ Xᵀ W^½. */
  readonly hat: Float64Array;
  /** Pearson estimate Σ ω (y − μ)² / μ / (n − k): the quasi-Poisson dispersion (not floored at 1). */
  readonly dispersion: number;
  readonly residualDf: number;
  readonly deviance: number;
}

export interface PoissonGlmInput {
  /** Design matrix, row-major n × k. */
  readonly design: Float64Array;
  readonly rows: number;
  readonly columns: number;
  /** Counts y_i ≥ 0. */
  readonly response: Float64Array;
  /** Prior weights ω_i > 0; all 1 when omitted. */
  readonly weights?: Float64Array;
  /** Starting coefficients (a warm start from a related fit); μ = y + 0.1 when omitted. */
  readonly start?: Float64Array;
}

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-8;
/** η is kept inside this range so μ neither overflows nor underflows to an exact 0. */
const ETA_LIMIT = 30;

/** Half the Poisson unit deviance of one count y at mean μ: y ln(y/μ) − (y − μ), or μ when y = 0. */
function halfPoissonDeviance(y: number, mu: number): number {
  return y > 0 ? y * Math.log(y / mu) - (y - mu) : mu;
}

function devianceOf(y: Float64Array, mu: Float64Array, w: Float64Array | undefined): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) d += (w?.[i] ?? 1) * halfPoissonDeviance(y[i] ?? 0, mu[i] ?? 0);
  return 2 * d;
}

/** What a fit solves for; withFitStatistics adds what follows from it. */
export type PoissonFitParts = Omit<PoissonGlmFit, 'dispersion' | 'residualDf' | 'deviance'>;

/**
 * The fit with its Pearson dispersion Σ ω (y − μ)² / μ / (n − k) (rows with μ = 0 left out), residual df
 * and deviance at its fitted means: one computation for IRLS and the closed-form fits.
 */
export function withFitStatistics(
  parts: PoissonFitParts,
  y: Float64Array,
  weights: Float64Array | undefined,
): PoissonGlmFit {
  const mu = parts.fitted;
  let pearson = 0;
  for (let i = 0; i < y.length; i++) {
    const m = mu[i] ?? 0;
    const r = (y[i] ?? 0) - m;
    if (m > 0) pearson += ((weights?.[i] ?? 1) * r * r) / m;
  }
  const residualDf = y.length - parts.coefficients.length;
  return {
    converged: parts.converged,
    iterations: parts.iterations,
    coefficients: parts.coefficients,
    unscaledCovariance: parts.unscaledCovariance,
    fitted: mu,
    hat: parts.hat,
    dispersion: pearson / residualDf,
    residualDf,
    deviance: devianceOf(y, mu, weights),
  };
}

/**
 * In-place Cholesky of a symmetric positive definite k × k matrix (lower triangle). Returns false when a
 * pivot is not clearly positive relative to its diagonal: the columns are (nearly) collinear.
 */
function choleskyInPlace(a: Float64Array, k: number): boolean {
  for (let j = 0; j < k; j++) {
    const original = a[j * k + j] ?? 0;
    let diag = original;
    for (let p = 0; p < j; p++) diag -= (a[j * k + p] ?? 0) ** 2;
    if (!(diag > 1e-12 * Math.max(original, 1e-300))) return false;
    const l = Math.sqrt(diag);
    a[j * k + j] = l;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j] ?? 0;
      for (let p = 0; p < j; p++) s -= (a[i * k + p] ?? 0) * (a[j * k + p] ?? 0);
      a[i * k + j] = s / l;
    }
  }
  return true;
}

/** Solves L Lᵀ x = b in place (L from choleskyInPlace). */
function choleskySolve(l: Float64Array, k: number, b: Float64Array): void {
  for (let i = 0; i < k; i++) {
    let s = b[i] ?? 0;
    for (let p = 0; p < i; p++) s -= (l[i * k + p] ?? 0) * (b[p] ?? 0);
    b[i] = s / (l[i * k + i] ?? 1);
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i] ?? 0;
    for (let p = i + 1; p < k; p++) s -= (l[p * k + i] ?? 0) * (b[p] ?? 0);
    b[i] = s / (l[i * k + i] ?? 1);
  }
}

/** The design's non-zero entries per row (the seasonal dummies make it sparse): CSR arrays. */
interface SparseRows {
  readonly offsets: Int32Array;
  readonly column: Int32Array;
  readonly value: Float64Array;
}

function sparseRowsOf(input: PoissonGlmInput): SparseRows {
  const { design, rows, columns: k } = input;
  const offsets = new Int32Array(rows + 1);
  const column: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let a = 0; a < k; a++) {
      const x = design[i * k + a] ?? 0;
      if (x !== 0) {
        column.push(a);
        value.push(x);
      }
    }
    offsets[i + 1] = column.length;
  }
  return { offsets, column: Int32Array.from(column), value: Float64Array.from(value) };
}

/** Xᵀ W X and Xᵀ W z for working weights w and working response z. */
function normalEquations(
  x: SparseRows,
  k: number,
  w: Float64Array,
  z: Float64Array,
  xtwx: Float64Array,
  xtwz: Float64Array,
): void {
  xtwx.fill(0);
  xtwz.fill(0);
  const rows = x.offsets.length - 1;
  for (let i = 0; i < rows; i++) {
    const wi = w[i] ?? 0;
    const zi = z[i] ?? 0;
    const end = x.offsets[i + 1] ?? 0;
    for (let p = x.offsets[i] ?? 0; p < end; p++) {
      const a = x.column[p] ?? 0;
      const xa = (x.value[p] ?? 0) * wi;
      xtwz[a] = (xtwz[a] ?? 0) + xa * zi;
      for (let q = x.offsets[i] ?? 0; q < end; q++) {
        const b = x.column[q] ?? 0;
        xtwx[a * k + b] = (xtwx[a * k + b] ?? 0) + xa * (x.value[q] ?? 0);
      }
    }
  }
}

function linearPredictor(x: SparseRows, beta: Float64Array, eta: Float64Array, mu: Float64Array): void {
  const rows = x.offsets.length - 1;
  for (let i = 0; i < rows; i++) {
    let e = 0;
    const end = x.offsets[i + 1] ?? 0;
    for (let p = x.offsets[i] ?? 0; p < end; p++) e += (x.value[p] ?? 0) * (beta[x.column[p] ?? 0] ?? 0);
    e = Math.min(ETA_LIMIT, Math.max(-ETA_LIMIT, e));
    eta[i] = e;
    mu[i] = Math.exp(e);
  }
}

/**
 * Fits the GLM, or returns null when the design is rank deficient (a column is a combination of others)
 * so no unique fit exists. `converged` is false when IRLS stopped at the iteration limit.
 */
export function fitPoissonGlm(input: PoissonGlmInput): PoissonGlmFit | null {
  const { rows: n, columns: k, response: y, weights: omega } = input;
  if (n <= k) return null;
  const x = sparseRowsOf(input);
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  const w = new Float64Array(n);
  const z = new Float64Array(n);
  const xtwx = new Float64Array(k * k);
  const beta = new Float64Array(k);
  const previousBeta = new Float64Array(k);
  if (input.start === undefined) {
    for (let i = 0; i < n; i++) {
      mu[i] = (y[i] ?? 0) + 0.1;
      eta[i] = Math.log(mu[i] ?? 1);
    }
  } else {
    beta.set(input.start);
    previousBeta.set(input.start);
    linearPredictor(x, beta, eta, mu);
  }
  let deviance = devianceOf(y, mu, omega);
  let converged = false;
  let iterations = 0;
  let first = input.start === undefined;
  while (iterations < MAX_ITERATIONS) {
    iterations++;
    for (let i = 0; i < n; i++) {
      const m = mu[i] ?? 1;
      w[i] = (omega?.[i] ?? 1) * m;
      z[i] = (eta[i] ?? 0) + ((y[i] ?? 0) - m) / m;
    }
    normalEquations(x, k, w, z, xtwx, beta);
    if (!choleskyInPlace(xtwx, k)) return null;
    choleskySolve(xtwx, k, beta);
    linearPredictor(x, beta, eta, mu);
    let next = devianceOf(y, mu, omega);
    // Step halving towards the previous coefficients when the deviance got worse or non-finite.
    for (
      let halving = 0;
      !first && (!Number.isFinite(next) || next > deviance * (1 + 1e-12)) && halving < 30;
      halving++
    ) {
      for (let a = 0; a < k; a++) beta[a] = ((beta[a] ?? 0) + (previousBeta[a] ?? 0)) / 2;
      linearPredictor(x, beta, eta, mu);
      next = devianceOf(y, mu, omega);
    }
    const change = Math.abs(next - deviance) / (Math.abs(next) + 0.1);
    deviance = next;
    previousBeta.set(beta);
    first = false;
    if (change < TOLERANCE) {
      converged = true;
      break;
    }
  }
  // Final weights, covariance and hat values at the solution.
  for (let i = 0; i < n; i++) w[i] = (omega?.[i] ?? 1) * (mu[i] ?? 0);
  normalEquations(x, k, w, z, xtwx, new Float64Array(k));
  if (!choleskyInPlace(xtwx, k)) return null;
  const covariance = new Float64Array(k * k);
  const column = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    column.fill(0);
    column[j] = 1;
    choleskySolve(xtwx, k, column);
    for (let i = 0; i < k; i++) covariance[i * k + j] = column[i] ?? 0;
  }
  const hat = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let q = 0;
    const end = x.offsets[i + 1] ?? 0;
    for (let p = x.offsets[i] ?? 0; p < end; p++) {
      const a = x.column[p] ?? 0;
      for (let r = x.offsets[i] ?? 0; r < end; r++) {
        q += (x.value[p] ?? 0) * (covariance[a * k + (x.column[r] ?? 0)] ?? 0) * (x.value[r] ?? 0);
      }
    }
    hat[i] = (w[i] ?? 0) * q;
  }
  return withFitStatistics(
    { converged, iterations, coefficients: beta, unscaledCovariance: covariance, fitted: mu, hat },
    y,
    omega,
  );
}
