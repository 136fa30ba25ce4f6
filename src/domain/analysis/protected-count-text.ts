// How a count is written when small-count protection may be on: the number, "< k" for a primary
// suppression (1 … k − 1), or the hidden mark for a secondary one. k = 0 (or 1) means protection is off.
// The caller passes the locale's number format and the mark in the UI language.
import type { CellProtection } from './suppress-table';
import { isSmallCount } from './protect-count';

export type FormatNumber = (value: number) => string;

/** "< k" in the locale's digits. */
export function belowText(k: number, formatNumber: FormatNumber): string {
  return `< ${formatNumber(k)}`;
}

/** A count under primary suppression only (no totals beside it that could give it away). */
export function countText(value: number, k: number, formatNumber: FormatNumber): string {
  return isSmallCount(value, k) ? belowText(k, formatNumber) : formatNumber(value);
}

/** A cell of a table protected by suppressTable: its number, "< k", or the hidden mark. */
export function cellText(
  value: number,
  state: CellProtection,
  k: number,
  formatNumber: FormatNumber,
  hiddenMark: string,
): string {
  if (state === 'primary') return belowText(k, formatNumber);
  if (state === 'secondary') return hiddenMark;
  return countText(value, k, formatNumber);
}
