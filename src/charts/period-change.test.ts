import { describe, expect, it } from 'vitest';
import { periodChange } from './period-change';

describe('periodChange', () => {
  it('gives the absolute and percent change with its direction', () => {
    expect(periodChange(150, 100)).toEqual({ direction: 'up', delta: 50, percent: 50 });
    expect(periodChange(75, 100)).toEqual({ direction: 'down', delta: -25, percent: -25 });
    expect(periodChange(100, 100)).toEqual({ direction: 'same', delta: 0, percent: 0 });
  });

  it('has no percentage when the previous period had none', () => {
    expect(periodChange(12, 0)).toEqual({ direction: 'up', delta: 12, percent: null });
    expect(periodChange(0, 0)).toEqual({ direction: 'same', delta: 0, percent: 0 });
  });
});
