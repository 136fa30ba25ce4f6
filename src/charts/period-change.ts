// The change of a number against its value in the previous period, as absolute and percent.

export interface PeriodChange {
  readonly direction: 'up' | 'down' | 'same';
  /** current − previous. */
  readonly delta: number;
  /** delta as a percentage of previous; null when previous is 0 and current is not (no base). */
  readonly percent: number | null;
}

export function periodChange(current: number, previous: number): PeriodChange {
  const delta = current - previous;
  const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  const percent = previous === 0 ? (delta === 0 ? 0 : null) : (delta / previous) * 100;
  return { direction, delta, percent };
}
