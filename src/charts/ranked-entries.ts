// Per-key totals for the ranked bars, read from window aggregates (small arrays, never rows).
import {
  siteOutcomeValuesOf,
  type MonthlySeries,
  type SiteTotals,
  type ViewMeasure,
} from '@/domain/aggregates';
import { OUTCOMES } from '@/domain/vocabulary';
import type { RankedEntry } from './to-ranked-rows';

/** Each split key's total over the series' months (e.g. people per nationality). */
export function seriesTotals(series: MonthlySeries, measure: ViewMeasure): RankedEntry[] {
  const values = series[measure];
  const n = series.monthCount;
  return series.keys.map((key, code) => {
    let value = 0;
    for (let slot = 0; slot < n; slot++) value += values[code * n + slot] ?? 0;
    return { key, code, value };
  });
}

/**
 * A measure per site (people unless told): of departure records (outcome 0, the embarkation sites), or of
 * interception records (every other outcome).
 */
export function siteEntries(
  siteNames: readonly string[],
  sites: SiteTotals,
  records: 'departures' | 'interceptions',
  measure: ViewMeasure = 'people',
): RankedEntry[] {
  const k = OUTCOMES.length;
  const values = siteOutcomeValuesOf(sites, measure);
  return siteNames.map((key, code) => {
    let value = 0;
    if (records === 'departures') value = values[code * k] ?? 0;
    else for (let o = 1; o < k; o++) value += values[code * k + o] ?? 0;
    return { key, code, value };
  });
}
