// What the baselines share: events as plain JS objects (the usual shape before a columnar store), the
// resolution of EventFilters to codes, and grouped sums assembled by the same assembleAggregates the Lintas
// paths use, so results compare field by field.
import type { WindowAggregates } from '@/domain/aggregates';
import {
  assembleAggregates,
  KO_MEASURES,
  makeWindowSumArrays,
  REACH_MEASURES,
  type WindowSumArrays,
} from '@/domain/assemble-aggregates';
import {
  addSiteValues,
  finishSiteTotals,
  makeSiteTotalsBuilder,
  type SiteTotalsBuilder,
} from '@/domain/site-totals';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { NO_REACH, OUTCOMES, UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { monthsOfWindow, type MonthSpan } from '@/domain/window-months';

/** One event as a plain object. Composite keys are precomputed once, as a dashboard would. */
export interface EventRecord {
  /** Epoch day (UTC). */
  readonly day: number;
  /** Epoch month. */
  readonly month: number;
  readonly kind: number;
  readonly outcome: number;
  readonly route: number;
  readonly site: number;
  /** Reached stage, NO_REACH (255) when the event does not enter flows. */
  readonly reach: number;
  readonly people: number;
  readonly boats: number;
  /** Recorded deaths, 0 when unknown. */
  readonly deaths: number;
  /** Recorded crew, 0 when unknown. */
  readonly crew: number;
  /** Source records the event stands for (1 unless the table is pre-aggregated). */
  readonly records: number;
  readonly natCodes: readonly number[];
  readonly natPeople: readonly number[];
  /** kind * OUTCOMES.length + outcome */
  readonly ko: number;
  /** (site * 2 + kind) * OUTCOMES.length + outcome: site totals by kind and by outcome from one group */
  readonly siteKindOutcome: number;
  /** route * 256 + reach */
  readonly routeReach: number;
  /** month * routeCount + route */
  readonly monthRoute: number;
}

export function tableToRecords(table: EventTable): EventRecord[] {
  const routeCount = table.routes.length;
  const records: EventRecord[] = new Array<EventRecord>(table.length);
  let month = 0;
  for (let row = 0; row < table.length; row++) {
    while (month + 1 < table.monthCount && (table.monthRowStart[month + 1] ?? 0) <= row) month++;
    const natCodes: number[] = [];
    const natPeople: number[] = [];
    for (let e = table.natOffsets[row] ?? 0; e < (table.natOffsets[row + 1] ?? 0); e++) {
      natCodes.push(table.natCode[e] ?? 0);
      natPeople.push(table.natPeople[e] ?? 0);
    }
    const kind = table.kind[row] ?? 0;
    const outcome = table.outcome[row] ?? 0;
    const route = table.route[row] ?? 0;
    const reach = table.reachedStage[row] ?? 255;
    const deaths = table.deaths[row] ?? UNKNOWN_COUNT;
    const crew = table.crew[row] ?? UNKNOWN_COUNT;
    const epochMonth = table.firstMonth + month;
    records[row] = {
      day: table.baseDay + (table.day[row] ?? 0),
      month: epochMonth,
      kind,
      outcome,
      route,
      site: table.site[row] ?? 0,
      reach,
      people: (table.people[row] ?? 0) === UNKNOWN_PEOPLE ? 0 : (table.people[row] ?? 0),
      boats: table.boats[row] ?? 0,
      deaths: deaths === UNKNOWN_COUNT ? 0 : deaths,
      crew: crew === UNKNOWN_COUNT ? 0 : crew,
      records: table.records?.[row] ?? 1,
      natCodes,
      natPeople,
      ko: kind * OUTCOMES.length + outcome,
      siteKindOutcome: ((table.site[row] ?? 0) * 2 + kind) * OUTCOMES.length + outcome,
      routeReach: route * 256 + reach,
      monthRoute: epochMonth * routeCount + route,
    };
  }
  return records;
}

/** Filters resolved to codes for the baselines (they support time, route and nationality only). */
export interface BaselineQuery {
  /** Epoch days, half-open; null = no time constraint. */
  readonly startDay: number;
  readonly endDay: number;
  readonly hasTime: boolean;
  /** 1 = selected, per route code; null = no route constraint. */
  readonly routeSel: Uint8Array | null;
  /** 1 = selected, per nationality code; null = no nationality constraint. */
  readonly natSel: Uint8Array | null;
  readonly span: MonthSpan;
}

function selection(names: readonly string[], selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const wanted = new Set(selected);
  return Uint8Array.from(names, (name) => (wanted.has(name) ? 1 : 0));
}

export function resolveBaselineQuery(table: EventTable, filters: EventFilters): BaselineQuery {
  if (filters.kinds.length > 0 || filters.outcomes.length > 0 || filters.sites.length > 0) {
    throw new Error('baselines implement time, route and nationality filters only');
  }
  const range = filters.timeRange;
  return {
    startDay: range ? range.startDay : -Infinity,
    endDay: range ? range.endDay : Infinity,
    hasTime: range !== null,
    routeSel: selection(
      table.routes.map((r) => r.id),
      filters.routes,
    ),
    natSel: selection(table.nationalityNames, filters.nationalities),
    span: monthsOfWindow(table, range),
  };
}

/** People counted for a record: everyone, or under a nationality filter only the selected nationalities. */
export function countedPeople(record: EventRecord, natSel: Uint8Array | null): number {
  if (natSel === null) return record.people;
  let counted = 0;
  for (let e = 0; e < record.natCodes.length; e++) {
    if (natSel[record.natCodes[e] ?? 0] === 1) counted += record.natPeople[e] ?? 0;
  }
  return counted;
}

export function passesNationality(record: EventRecord, natSel: Uint8Array | null): boolean {
  if (natSel === null) return true;
  for (const code of record.natCodes) if (natSel[code] === 1) return true;
  return false;
}

/** Grouped sums in flat typed arrays (sites sparse, as Lintas returns them), filled by a baseline. */
export class RawSums {
  readonly sums: WindowSumArrays;
  readonly sites: SiteTotalsBuilder;
  /** [route * monthCount + slot] */
  readonly seriesPeople: Float64Array;
  readonly seriesBoats: Float64Array;
  readonly seriesDeaths: Float64Array;
  readonly seriesEvents: Float64Array;

  constructor(
    readonly table: EventTable,
    readonly span: MonthSpan,
  ) {
    this.sums = makeWindowSumArrays(table);
    this.sites = makeSiteTotalsBuilder(table.sites.length);
    const n = table.routes.length * span.monthCount;
    this.seriesPeople = new Float64Array(n);
    this.seriesBoats = new Float64Array(n);
    this.seriesDeaths = new Float64Array(n);
    this.seriesEvents = new Float64Array(n);
  }

  get maxStages(): number {
    return this.sums.maxStages;
  }

  /** Sets the five measures of a kind×outcome slot. */
  setKindOutcome(
    slot: number,
    people: number,
    boats: number,
    events: number,
    deaths: number,
    crew: number,
  ): void {
    this.sums.ko.set([people, boats, events, deaths, crew], slot * KO_MEASURES);
  }

  /** Adds a group's sums for key siteKindOutcome (see EventRecord) to the site totals. */
  addSiteGroup(key: number, people: number, boats: number, events: number, deaths: number): void {
    const outcome = key % OUTCOMES.length;
    const siteKind = (key - outcome) / OUTCOMES.length;
    const kind = siteKind % 2;
    const site = (siteKind - kind) / 2;
    addSiteValues(this.sites, site, kind, outcome, people, boats, events, deaths);
  }

  /** Sets what reached `stage` of `route`. */
  setReach(
    route: number,
    stage: number,
    people: number,
    boats: number,
    deaths: number,
    events: number,
  ): void {
    const o = (route * this.sums.maxStages + stage) * REACH_MEASURES;
    this.sums.reach.set([people, boats, deaths, events], o);
  }

  /**
   * Adds one group of events that share month slot, kind, outcome, route, site and reached stage (a slot
   * outside the window's months adds nothing to the series).
   */
  addGroup(
    slot: number,
    kind: number,
    outcome: number,
    route: number,
    site: number,
    reach: number,
    people: number,
    boats: number,
    events: number,
    deaths: number,
    crew: number,
  ): void {
    const s = this.sums;
    const ko = (kind * OUTCOMES.length + outcome) * KO_MEASURES;
    s.ko[ko] = (s.ko[ko] ?? 0) + people;
    s.ko[ko + 1] = (s.ko[ko + 1] ?? 0) + boats;
    s.ko[ko + 2] = (s.ko[ko + 2] ?? 0) + events;
    s.ko[ko + 3] = (s.ko[ko + 3] ?? 0) + deaths;
    s.ko[ko + 4] = (s.ko[ko + 4] ?? 0) + crew;
    addSiteValues(this.sites, site, kind, outcome, people, boats, events, deaths);
    if (reach !== NO_REACH) {
      const o = (route * s.maxStages + reach) * REACH_MEASURES;
      s.reach[o] = (s.reach[o] ?? 0) + people;
      s.reach[o + 1] = (s.reach[o + 1] ?? 0) + boats;
      s.reach[o + 2] = (s.reach[o + 2] ?? 0) + deaths;
      s.reach[o + 3] = (s.reach[o + 3] ?? 0) + events;
    }
    if (slot < 0 || slot >= this.span.monthCount) return;
    const i = route * this.span.monthCount + slot;
    this.seriesPeople[i] = (this.seriesPeople[i] ?? 0) + people;
    this.seriesBoats[i] = (this.seriesBoats[i] ?? 0) + boats;
    this.seriesDeaths[i] = (this.seriesDeaths[i] ?? 0) + deaths;
    this.seriesEvents[i] = (this.seriesEvents[i] ?? 0) + events;
  }

  /** WindowAggregates (split 'route'); the sums are handed over, so call once. */
  assemble(): WindowAggregates {
    return assembleAggregates(this.table, this.sums, finishSiteTotals(this.sites), {
      split: 'route',
      firstMonth: this.span.firstMonth,
      monthCount: this.span.monthCount,
      keys: this.table.routes.map((r) => r.id),
      people: this.seriesPeople,
      boats: this.seriesBoats,
      deaths: this.seriesDeaths,
      events: this.seriesEvents,
    });
  }
}
