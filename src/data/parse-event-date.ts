// Event dates: `YYYY-MM-DD` (day precision) or `YYYY-MM` (month precision), UTC, cached per distinct string.
import { toEpochDay, type EpochDay } from '@/domain/epoch-day';

/** Supported years: plausibility bounds that also keep day offsets in a Uint16 column. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export type ParsedDate =
  | { readonly ok: true; readonly day: EpochDay; readonly precision: 0 | 1 }
  | { readonly ok: false; readonly code: 'date-invalid' | 'date-nonexistent' | 'date-out-of-range' };

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function parseUncached(text: string): ParsedDate {
  const day = DAY_RE.exec(text);
  const month = day ? null : MONTH_RE.exec(text);
  const parts = day ?? month;
  if (!parts) return { ok: false, code: 'date-invalid' };
  const year = Number(parts[1]);
  const m = Number(parts[2]);
  const d = day ? Number(parts[3]) : 1;
  // Years first: Date.UTC reads years 0–99 as 1900–1999, so 0099-01-01 would look like a bad calendar date.
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, code: 'date-out-of-range' };
  const epochDay = toEpochDay(year, m, d);
  if (Number.isNaN(epochDay)) return { ok: false, code: 'date-nonexistent' };
  return { ok: true, day: epochDay, precision: day ? 0 : 1 };
}

/** Parser with a per-load cache: real files repeat a few thousand distinct dates. */
export function makeDateParser(): (text: string) => ParsedDate {
  const cache = new Map<string, ParsedDate>();
  return (text) => {
    let parsed = cache.get(text);
    if (parsed === undefined) {
      parsed = parseUncached(text);
      if (cache.size < 100_000) cache.set(text, parsed);
    }
    return parsed;
  };
}
