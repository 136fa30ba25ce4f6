// crossfilter2 baseline: the same groupings as Lintas, kept up to date incrementally by crossfilter.
//
// Filter dimensions (never grouped): day (filterRange, half-open like Lintas), route, and nationality as an
// array dimension (`dimension(fn, true)`): a record passes when any of its nationalities is selected, which
// is exactly the Lintas rule. (A primary-nationality dimension would be cheaper but would drop an event whose
// second nationality is the selected one, so its numbers would differ.)
// Group dimensions (never filtered, so every group sees every filter; crossfilter groups ignore their own
// dimension's filter): kind×outcome (headline totals), site×kind×outcome (site totals), route×reachedStage (flows and
// segment suffix sums), month×route (monthly series). Custom reduce functions sum several measures at once.
// Under a nationality filter Lintas counts only the selected nationalities' people; crossfilter's reduce
// functions cannot see filters, so on a nationality toggle the groups get new reduce functions
// (`group.reduce(...)`), which crossfilter answers with a full regroup of the filtered records.
import crossfilter from 'crossfilter2';
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { NO_REACH } from '@/domain/vocabulary';
import { monthsOfWindow, type MonthSpan } from '@/domain/window-months';
import { countedPeople, RawSums, resolveBaselineQuery, type EventRecord } from './event-records';

interface Sums {
  people: number;
  boats: number;
  events: number;
  deaths: number;
  crew: number;
}

const sameSelection = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export class CrossfilterDashboard {
  private readonly cf: crossfilter.Crossfilter<EventRecord>;
  private readonly dayDim: crossfilter.Dimension<EventRecord, number>;
  private readonly routeDim: crossfilter.Dimension<EventRecord, number>;
  private readonly natDim: crossfilter.Dimension<EventRecord, number>;
  private readonly groups: crossfilter.Group<EventRecord, number, Sums>[];
  private readonly koGroup: crossfilter.Group<EventRecord, number, Sums>;
  private readonly siteGroup: crossfilter.Group<EventRecord, number, Sums>;
  private readonly flowGroup: crossfilter.Group<EventRecord, number, Sums>;
  private readonly seriesGroup: crossfilter.Group<EventRecord, number, Sums>;
  private natSel: Uint8Array | null = null;
  private current: EventFilters | null = null;

  constructor(
    private readonly table: EventTable,
    records: EventRecord[],
  ) {
    this.cf = crossfilter(records);
    this.dayDim = this.cf.dimension((r) => r.day);
    this.routeDim = this.cf.dimension((r) => r.route);
    this.natDim = this.cf.dimension<number>((r) => r.natCodes as number[], true);
    const koDim = this.cf.dimension((r) => r.ko);
    const siteDim = this.cf.dimension((r) => r.siteKindOutcome);
    const flowDim = this.cf.dimension((r) => r.routeReach);
    const seriesDim = this.cf.dimension((r) => r.monthRoute);
    this.koGroup = koDim.group<number, Sums>();
    this.siteGroup = siteDim.group<number, Sums>();
    this.flowGroup = flowDim.group<number, Sums>();
    this.seriesGroup = seriesDim.group<number, Sums>();
    this.groups = [this.koGroup, this.siteGroup, this.flowGroup, this.seriesGroup];
    this.setReducers();
    this.read(monthsOfWindow(table, null)); // force the initial grouping, as a dashboard's first render would
  }

  /** (Re)binds the reduce functions; the people weight reads the nationality selection at bind time. */
  private setReducers(): void {
    const natSel = this.natSel;
    const add = (p: Sums, r: EventRecord): Sums => {
      p.people += countedPeople(r, natSel);
      p.boats += r.boats;
      p.events += 1;
      p.deaths += r.deaths;
      p.crew += r.crew;
      return p;
    };
    const remove = (p: Sums, r: EventRecord): Sums => {
      p.people -= countedPeople(r, natSel);
      p.boats -= r.boats;
      p.events -= 1;
      p.deaths -= r.deaths;
      p.crew -= r.crew;
      return p;
    };
    const initial = (): Sums => ({ people: 0, boats: 0, events: 0, deaths: 0, crew: 0 });
    for (const g of this.groups) g.reduce(add, remove, initial);
  }

  /** Back to no filters (untimed setup between benchmark runs). */
  reset(): void {
    this.dayDim.filterAll();
    this.routeDim.filterAll();
    this.natDim.filterAll();
    if (this.natSel !== null) {
      this.natSel = null;
      this.setReducers();
    }
    this.current = null;
    this.read(monthsOfWindow(this.table, null));
  }

  /** Applies the filters that changed since the last step and reads every group. */
  apply(filters: EventFilters): WindowAggregates {
    const q = resolveBaselineQuery(this.table, filters);
    const prev = this.current;
    if (
      prev === null ||
      prev.timeRange?.startDay !== filters.timeRange?.startDay ||
      prev.timeRange?.endDay !== filters.timeRange?.endDay
    ) {
      if (q.hasTime) this.dayDim.filterRange([q.startDay, q.endDay]);
      else this.dayDim.filterAll();
    }
    if (prev === null || !sameSelection(prev.routes, filters.routes)) {
      const sel = q.routeSel;
      const only = filters.routes.length === 1 && sel !== null ? sel.indexOf(1) : -1;
      if (sel === null) this.routeDim.filterAll();
      else if (only >= 0) this.routeDim.filterExact(only);
      else this.routeDim.filterFunction((code) => sel[Number(code)] === 1);
    }
    if (prev === null || !sameSelection(prev.nationalities, filters.nationalities)) {
      const sel = q.natSel;
      this.natSel = sel;
      this.setReducers(); // groups regroup lazily on the next all()
      const only = filters.nationalities.length === 1 && sel !== null ? sel.indexOf(1) : -1;
      if (sel === null) this.natDim.filterAll();
      else if (only >= 0) this.natDim.filterExact(only);
      else this.natDim.filterFunction((code) => sel[Number(code)] === 1);
    }
    this.current = filters;
    return this.read(q.span);
  }

  private read(span: MonthSpan): WindowAggregates {
    const out = new RawSums(this.table, span);
    for (const { key, value: s } of this.koGroup.all()) {
      out.ko.set([s.people, s.boats, s.events, s.deaths, s.crew], key * 5);
    }
    for (const { key, value: s } of this.siteGroup.all()) out.addSiteGroup(key, s.people, s.boats, s.events);
    for (const { key, value: s } of this.flowGroup.all()) {
      const reach = key % 256;
      if (reach === NO_REACH) continue;
      const o = (((key - reach) / 256) * out.maxStages + reach) * 2;
      out.reach[o] = s.people;
      out.reach[o + 1] = s.boats;
    }
    const routeCount = this.table.routes.length;
    for (const { key, value: s } of this.seriesGroup.all()) {
      const route = key % routeCount;
      const slot = (key - route) / routeCount - span.firstMonth;
      if (slot < 0 || slot >= span.monthCount) continue;
      out.seriesPeople[route * span.monthCount + slot] = s.people;
      out.seriesBoats[route * span.monthCount + slot] = s.boats;
    }
    return out.assemble();
  }
}
