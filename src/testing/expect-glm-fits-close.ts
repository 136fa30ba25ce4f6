// Asserts that a closed-form Poisson fit equals the IRLS reference fit of the same design: coefficients,
// unscaled covariance, fitted means, hat values, dispersion and deviance within `relative`, same
// residual df. Used by the tests of each closed form.
import { expect } from 'vitest';
import type { PoissonGlmFit } from '@/domain/analysis/poisson-glm';

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, relative: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] ?? 0;
    expect(Math.abs((actual[i] ?? 0) - e)).toBeLessThanOrEqual(relative * (Math.abs(e) + 1e-3));
  }
}

export function expectGlmFitsClose(fast: PoissonGlmFit, reference: PoissonGlmFit, relative: number): void {
  expectClose(fast.coefficients, reference.coefficients, relative);
  expectClose(fast.unscaledCovariance, reference.unscaledCovariance, relative);
  expectClose(fast.fitted, reference.fitted, relative);
  expectClose(fast.hat, reference.hat, relative);
  expectClose([fast.dispersion, fast.deviance], [reference.dispersion, reference.deviance], relative);
  expect(fast.residualDf).toBe(reference.residualDf);
}
