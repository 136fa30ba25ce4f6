// Per-key totals for the ranked bars, read from window aggregates (small arrays, never rows).
import { pairValuesOf, type MonthlySeries, type SiteTotals, type ViewMeasure } from '@/domain/aggregates';
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
 * interception records (every other outcome). Only sites with records here get an entry (the others have
 * no value and would be left out of the ranking anyway).
 */
export function siteEntries(
  siteNames: readonly string[],
  sites: SiteTotals,
  records: 'departures' | 'interceptions',
  measure: ViewMeasure = 'people',
): RankedEntry[] {
  const values = pairValuesOf(sites, measure);
  const out: RankedEntry[] = [];
  for (let i = 0; i < sites.codes.length; i++) {
    const code = sites.codes[i] ?? 0;
    let value = 0;
    for (let p = sites.pairStart[i] ?? 0; p < (sites.pairStart[i + 1] ?? 0); p++) {
      const departures = sites.pairOutcome[p] === 0;
      if (departures === (records === 'departures')) value += values[p] ?? 0;
    }
    out.push({ key: siteNames[code] ?? '', code, value });
  }
  return out;
}
