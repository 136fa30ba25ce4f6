// Log-gamma and the regularized incomplete beta and gamma functions: the building blocks of the count
// distributions (negative binomial, Poisson) and of Student's t used by the aberration tests.
// Classical algorithms (Lanczos; continued fractions evaluated with the modified Lentz method), written
// here because the project ships no statistics library; tests pin them to published values.

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** ln Γ(x) for x > 0 (Lanczos approximation, relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction of the incomplete beta function (Numerical Recipes' betacf, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b));
  // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0. */
export function regularizedGammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const logFront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series for the lower function P, then Q = 1 - P.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(logFront);
  }
  // Continued fraction for Q (Lentz).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logFront) * h;
}

/**
 * Two-sided p-value of Student's t statistic with `df` degrees of freedom: P(|T| ≥ |t|). An undefined
 * statistic (0 / 0, from a coefficient of 0 with a standard error of 0) gives 1: no evidence.
 */
export function studentTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return 1;
  if (!Number.isFinite(t)) return 0;
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** x at which I_x(df/2, ½) equals p, per "df p": bisection once, then a lookup. */
const CRITICAL_BETA_X = new Map<string, number>();

function criticalBetaX(df: number, p: number): number {
  const key = `${df} ${p}`;
  const cached = CRITICAL_BETA_X.get(key);
  if (cached !== undefined) return cached;
  // I_x(df/2, ½) rises from 0 at x = 0 to 1 at x = 1: 64 halvings pin x to the last bit (for the
  // p-values a trend test uses, the crossing lies far above the smallest doubles).
  let low = 0;
  let high = 1;
  for (let i = 0; i < 64; i++) {
    const mid = (low + high) / 2;
    if (regularizedBeta(mid, df / 2, 0.5) < p) low = mid;
    else high = mid;
  }
  CRITICAL_BETA_X.set(key, low);
  return low;
}

/**
 * Whether studentTwoSidedP(t, df) < p, without evaluating the incomplete beta each time: the p-value is
 * I_x(df/2, ½) at x = df / (df + t²), increasing in x, so it is below p exactly when x is below the x
 * where it equals p (found once per df and p). The detector asks this for every month it tests.
 */
export function isStudentSignificant(t: number, df: number, p: number): boolean {
  if (Number.isNaN(t)) return false;
  if (!Number.isFinite(t)) return p > 0;
  const x = df / (df + t * t);
  // Bisection keeps I(low) < p ≤ I(high) with high − low below one ulp, so x ≤ low is I(x) < p.
  return x <= criticalBetaX(df, p);
}
