// What the two baselines share: events as plain JS objects (the usual shape before a columnar store), the
// resolution of EventFilters to codes, and the assembly of grouped sums into the same WindowAggregates the
// Lintas path returns (same layout as WindowAccumulator.finish, so results compare field by field).
import type { HeadlineTotals, Measures, RouteFlow, WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { EVENT_KINDS, OUTCOMES, UNKNOWN_COUNT } from '@/domain/vocabulary';
import { stageCountOf } from '@/domain/window-accumulator';
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
      people: table.people[row] ?? 0,
      boats: table.boats[row] ?? 0,
      deaths: deaths === UNKNOWN_COUNT ? 0 : deaths,
      crew: crew === UNKNOWN_COUNT ? 0 : crew,
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

const M = 5;
const KO = EVENT_KINDS.length * OUTCOMES.length;

/** Grouped sums in flat typed arrays, filled by a baseline from its own groups. */
export class RawSums {
  /** [(kind * OUTCOMES.length + outcome) * 5 + measure]: people, boats, events, deaths, crew. */
  readonly ko = new Float64Array(KO * M);
  /** [site * 5 + k]: people, boats, events, departure events, interception events. */
  readonly site: Float64Array;
  /** [(site * OUTCOMES.length + outcome) * 2 + k]: people, boats. */
  readonly siteOutcome: Float64Array;
  /** [(route * maxStages + stage) * 2 + k]: people, boats. */
  readonly reach: Float64Array;
  readonly maxStages: number;
  /** [route * monthCount + slot] */
  readonly seriesPeople: Float64Array;
  readonly seriesBoats: Float64Array;

  constructor(
    readonly table: EventTable,
    readonly span: MonthSpan,
  ) {
    this.site = new Float64Array(table.sites.length * 5);
    this.siteOutcome = new Float64Array(table.sites.length * OUTCOMES.length * 2);
    this.maxStages = Math.max(2, ...table.routes.map((r) => stageCountOf(r)));
    this.reach = new Float64Array(table.routes.length * this.maxStages * 2);
    this.seriesPeople = new Float64Array(table.routes.length * span.monthCount);
    this.seriesBoats = new Float64Array(table.routes.length * span.monthCount);
  }

  /** Adds a group's sums for key siteKindOutcome (see EventRecord) to the site tables. */
  addSiteGroup(key: number, people: number, boats: number, events: number): void {
    const outcome = key % OUTCOMES.length;
    const siteKind = (key - outcome) / OUTCOMES.length;
    const kind = siteKind % 2;
    const site = (siteKind - kind) / 2;
    const so = site * 5;
    const s = this.site;
    s[so] = (s[so] ?? 0) + people;
    s[so + 1] = (s[so + 1] ?? 0) + boats;
    s[so + 2] = (s[so + 2] ?? 0) + events;
    s[so + 3 + kind] = (s[so + 3 + kind] ?? 0) + events;
    const soo = (site * OUTCOMES.length + outcome) * 2;
    this.siteOutcome[soo] = (this.siteOutcome[soo] ?? 0) + people;
    this.siteOutcome[soo + 1] = (this.siteOutcome[soo + 1] ?? 0) + boats;
  }

  /** Builds WindowAggregates (split 'route') exactly as WindowAccumulator.finish lays them out. */
  assemble(): WindowAggregates {
    const t = this.table;
    const measuresWhere = (pred: (kind: number, outcome: number) => boolean): Measures => {
      const sum = [0, 0, 0, 0, 0];
      for (let k = 0; k < EVENT_KINDS.length; k++) {
        for (let o = 0; o < OUTCOMES.length; o++) {
          if (!pred(k, o)) continue;
          const base = (k * OUTCOMES.length + o) * M;
          for (let m = 0; m < M; m++) sum[m] = (sum[m] ?? 0) + (this.ko[base + m] ?? 0);
        }
      }
      return {
        people: sum[0] ?? 0,
        boats: sum[1] ?? 0,
        events: sum[2] ?? 0,
        deaths: sum[3] ?? 0,
        crew: sum[4] ?? 0,
      };
    };
    const totals: HeadlineTotals = {
      all: measuresWhere(() => true),
      byKind: EVENT_KINDS.map((_, k) => measuresWhere((kind) => kind === k)),
      byOutcome: OUTCOMES.map((_, o) => measuresWhere((_kind, outcome) => outcome === o)),
    };
    const n = t.sites.length;
    const column = (offset: number): Float64Array => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = this.site[i * 5 + offset] ?? 0;
      return out;
    };
    const flows: RouteFlow[] = t.routes.map((route, r) => {
      const stages = stageCountOf(route);
      const at = (stage: number, m: number): number => this.reach[(r * this.maxStages + stage) * 2 + m] ?? 0;
      const segmentPeople: number[] = [];
      const segmentBoats: number[] = [];
      let people = 0;
      let boats = 0;
      for (let s = 0; s < stages; s++) {
        people += at(s, 0);
        boats += at(s, 1);
      }
      let carriedPeople = 0;
      let carriedBoats = 0;
      for (let s = stages - 1; s >= 1; s--) {
        carriedPeople += at(s, 0);
        carriedBoats += at(s, 1);
        segmentPeople[s - 1] = carriedPeople;
        segmentBoats[s - 1] = carriedBoats;
      }
      return { people, boats, segmentPeople, segmentBoats };
    });
    return {
      totals,
      sites: {
        people: column(0),
        boats: column(1),
        events: column(2),
        departureEvents: column(3),
        interceptionEvents: column(4),
        outcomePeople: this.siteOutcome.filter((_, i) => i % 2 === 0),
        outcomeBoats: this.siteOutcome.filter((_, i) => i % 2 === 1),
      },
      flows,
      series: {
        split: 'route',
        firstMonth: this.span.firstMonth,
        monthCount: this.span.monthCount,
        keys: t.routes.map((r) => r.id),
        people: this.seriesPeople,
        boats: this.seriesBoats,
      },
    };
  }
}
