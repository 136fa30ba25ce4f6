// The reference accumulator: adds events one at a time (rows, or cells of the month cube) into window sums,
// the simple way. aggregateRows uses it; the fast path (window-sums.ts) must give the same numbers.
import type { EpochMonth } from './epoch-day';
import type { EventTable } from './event-table';
import type { SeriesSplit, WindowAggregates } from './aggregates';
import {
  assembleAggregates,
  KO_MEASURES,
  makeWindowSumArrays,
  REACH_MEASURES,
  type WindowSumArrays,
} from './assemble-aggregates';
import {
  addSiteValues,
  finishSiteTotals,
  makeSiteTotalsBuilder,
  type SiteTotalsBuilder,
} from './site-totals';
import { EVENT_KINDS, NO_REACH, OUTCOMES, UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

export { stageCountOf } from './assemble-aggregates';

/** Nationality entries of the thing being added: codes[start..end) with persons people[start..end). */
export interface NatEntries {
  readonly codes: ArrayLike<number>;
  readonly people: ArrayLike<number>;
}

export class WindowAccumulator {
  private readonly sums: WindowSumArrays;
  private readonly sites: SiteTotalsBuilder;
  private readonly seriesPeople: Float64Array;
  private readonly seriesBoats: Float64Array;
  private readonly seriesDeaths: Float64Array;
  private readonly seriesEvents: Float64Array;

  constructor(
    private readonly table: EventTable,
    private readonly natMask: Uint8Array | null,
    private readonly split: SeriesSplit,
    private readonly firstMonth: EpochMonth,
    private readonly monthCount: number,
  ) {
    this.sums = makeWindowSumArrays(table);
    this.sites = makeSiteTotalsBuilder(table.sites.length);
    const keys = splitKeyNames(table, split).length;
    this.seriesPeople = new Float64Array(keys * monthCount);
    this.seriesBoats = new Float64Array(keys * monthCount);
    this.seriesDeaths = new Float64Array(keys * monthCount);
    this.seriesEvents = new Float64Array(keys * monthCount);
  }

  /**
   * Adds one row or cell. `people` is everyone on board; under a nationality filter only the people of
   * the selected nationalities are counted (boats, events, deaths and crew count whole boats).
   */
  add(
    kind: number,
    outcome: number,
    route: number,
    site: number,
    reach: number,
    monthSlot: number,
    people: number,
    boats: number,
    events: number,
    deaths: number,
    crew: number,
    nat: NatEntries,
    natStart: number,
    natEnd: number,
  ): void {
    const mask = this.natMask;
    let counted = people;
    if (mask !== null) {
      counted = 0;
      for (let e = natStart; e < natEnd; e++) {
        if (mask[nat.codes[e] ?? 0] === 1) counted += nat.people[e] ?? 0;
      }
    }
    const s = this.sums;
    const ko = (kind * OUTCOMES.length + outcome) * KO_MEASURES;
    s.ko[ko] = (s.ko[ko] ?? 0) + counted;
    s.ko[ko + 1] = (s.ko[ko + 1] ?? 0) + boats;
    s.ko[ko + 2] = (s.ko[ko + 2] ?? 0) + events;
    s.ko[ko + 3] = (s.ko[ko + 3] ?? 0) + deaths;
    s.ko[ko + 4] = (s.ko[ko + 4] ?? 0) + crew;

    addSiteValues(this.sites, site, kind, outcome, counted, boats, events, deaths);

    if (reach !== NO_REACH) {
      const ro = (route * s.maxStages + reach) * REACH_MEASURES;
      s.reach[ro] = (s.reach[ro] ?? 0) + counted;
      s.reach[ro + 1] = (s.reach[ro + 1] ?? 0) + boats;
      s.reach[ro + 2] = (s.reach[ro + 2] ?? 0) + deaths;
      s.reach[ro + 3] = (s.reach[ro + 3] ?? 0) + events;
    }

    if (monthSlot < 0 || monthSlot >= this.monthCount) return;
    const sp = this.seriesPeople;
    const sb = this.seriesBoats;
    const sd = this.seriesDeaths;
    const se = this.seriesEvents;
    if (this.split === 'nationality') {
      for (let e = natStart; e < natEnd; e++) {
        const code = nat.codes[e] ?? 0;
        if (mask !== null && mask[code] !== 1) continue;
        const i = code * this.monthCount + monthSlot;
        sp[i] = (sp[i] ?? 0) + (nat.people[e] ?? 0);
        sb[i] = (sb[i] ?? 0) + boats;
        sd[i] = (sd[i] ?? 0) + deaths;
        se[i] = (se[i] ?? 0) + events;
      }
      return;
    }
    const key = this.split === 'route' ? route : this.split === 'outcome' ? outcome : kind;
    const i = key * this.monthCount + monthSlot;
    sp[i] = (sp[i] ?? 0) + counted;
    sb[i] = (sb[i] ?? 0) + boats;
    sd[i] = (sd[i] ?? 0) + deaths;
    se[i] = (se[i] ?? 0) + events;
  }

  /** Adds row `row` of the table; `monthSlot` is its month minus the window's first month. */
  addRow(row: number, monthSlot: number): void {
    const t = this.table;
    const people = t.people[row] ?? 0;
    const deaths = t.deaths[row] ?? UNKNOWN_COUNT;
    const crew = t.crew[row] ?? UNKNOWN_COUNT;
    this.add(
      t.kind[row] ?? 0,
      t.outcome[row] ?? 0,
      t.route[row] ?? 0,
      t.site[row] ?? 0,
      t.reachedStage[row] ?? NO_REACH,
      monthSlot,
      people === UNKNOWN_PEOPLE ? 0 : people,
      t.boats[row] ?? 0,
      t.records?.[row] ?? 1,
      deaths === UNKNOWN_COUNT ? 0 : deaths,
      crew === UNKNOWN_COUNT ? 0 : crew,
      { codes: t.natCode, people: t.natPeople },
      t.natOffsets[row] ?? 0,
      t.natOffsets[row + 1] ?? 0,
    );
  }

  /** The accumulated numbers as plain data (the accumulator must not be used afterwards). */
  finish(): WindowAggregates {
    return assembleAggregates(this.table, this.sums, finishSiteTotals(this.sites), {
      split: this.split,
      firstMonth: this.firstMonth,
      monthCount: this.monthCount,
      keys: splitKeyNames(this.table, this.split),
      people: this.seriesPeople,
      boats: this.seriesBoats,
      deaths: this.seriesDeaths,
      events: this.seriesEvents,
    });
  }
}

export function splitKeyNames(table: EventTable, split: SeriesSplit): readonly string[] {
  switch (split) {
    case 'route':
      return table.routes.map((r) => r.id);
    case 'nationality':
      return table.nationalityNames;
    case 'outcome':
      return OUTCOMES;
    case 'kind':
      return EVENT_KINDS;
  }
}
