// Proportional symbols per site and outcome: area ∝ the chosen measure in the current filter; shape and
// colour by outcome. Several outcomes at one site sit side by side at fixed offsets.
import { pairValuesOf, type SiteTotals } from '@/domain/aggregates';
import type { EventTable } from '@/domain/event-table';
import { lonFrameWest, toLonFrame } from '@/domain/unwrap-longitudes';
import type { FlowMeasure } from './flow-scale';

export interface SiteSymbol {
  /** Stable id: `${site}:${outcome}`. */
  readonly id: string;
  readonly site: number;
  readonly siteName: string;
  /** Outcome index; 0 means departures. */
  readonly outcome: number;
  readonly position: readonly [lon: number, lat: number];
  readonly people: number;
  readonly boats: number;
  readonly deaths: number;
  readonly events: number;
  /** Screen offset so symbols of one site do not hide each other, in pixels. */
  readonly offsetPx: readonly [x: number, y: number];
}

/** Symbols for every (site, outcome) with something in the current filter, biggest first. */
export function makeSiteSymbols(table: EventTable, sites: SiteTotals, measure: FlowMeasure): SiteSymbol[] {
  const out: SiteSymbol[] = [];
  const west = lonFrameWest(table);
  const shown = pairValuesOf(sites, measure === 'boats' ? 'people' : measure);
  const peopleOrBoats = measure === 'people' || measure === 'boats';
  const present: number[] = [];
  // Only the sites with records have an entry (sparse totals), in site code order.
  for (let i = 0; i < sites.codes.length; i++) {
    const s = sites.codes[i] ?? 0;
    const site = table.sites[s];
    if (site === undefined) continue;
    present.length = 0;
    // People and boats go together (a boat of unknown people still shows); deaths and records draw only
    // where they are: a site with records but no deaths draws nothing for deaths.
    for (let p = sites.pairStart[i] ?? 0; p < (sites.pairStart[i + 1] ?? 0); p++) {
      if ((shown[p] ?? 0) > 0 || (peopleOrBoats && (sites.pairBoats[p] ?? 0) > 0)) present.push(p);
    }
    for (const p of present) {
      const o = sites.pairOutcome[p] ?? 0;
      // Fixed direction per outcome (60° apart) keeps a symbol in place while filters change.
      const angle = (o * Math.PI) / 3;
      const offset = present.length > 1 ? 9 : 0;
      out.push({
        id: `${s}:${o}`,
        site: s,
        siteName: site.name,
        outcome: o,
        position: [toLonFrame(site.lon, west), site.lat],
        people: sites.pairPeople[p] ?? 0,
        boats: sites.pairBoats[p] ?? 0,
        deaths: sites.pairDeaths[p] ?? 0,
        events: sites.pairEvents[p] ?? 0,
        offsetPx: [Math.cos(angle) * offset, -Math.sin(angle) * offset],
      });
    }
  }
  return out.sort((a, b) => b[measure] - a[measure]);
}

export interface SymbolStyle {
  readonly measure: FlowMeasure;
  /** Diameter of the biggest symbol, in pixels; area is linear in value. */
  readonly maxSizePx: number;
  readonly minSizePx: number;
  /** Site code to emphasise, or -1. */
  readonly selectedSite: number;
}

export const DEFAULT_SYMBOL_STYLE: SymbolStyle = {
  measure: 'people',
  maxSizePx: 46,
  minSizePx: 7,
  selectedSite: -1,
};

/** Diameter in pixels for a value: area ∝ value (so diameter ∝ √value), at least minSizePx. */
export function symbolSizePx(value: number, maxValue: number, style: SymbolStyle): number {
  if (value <= 0 || maxValue <= 0) return style.minSizePx;
  return Math.max(style.minSizePx, Math.sqrt(value / maxValue) * style.maxSizePx);
}
