// The filtered aggregates as one CSV file: a header naming the dataset, its source and licence, the
// "illustrative" status, the time window and filters in words and the export time; then sections of
// headline totals, per route (and per leg), per site and per month, and the comparison of two periods
// when one is given. Under small-count protection every count from 1 to k − 1 is written "< k", and the
// tables shown with totals (kinds and outcomes, routes, sites × outcomes, months × outcomes) get
// complementary suppression, so no hidden count is a total minus shown ones. Pure: unit-tested on tiny
// tables.
import type { Measures, WindowAggregates } from '@/domain/aggregates';
import { aggregateRows } from '@/domain/aggregate-rows';
import { formatEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { entryOutcomeValues } from '@/domain/site-totals';
import { stageCountOf } from '@/domain/window-accumulator';
import { EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import type { MessageKey } from '@/i18n/messages-en';
import type { Formatters } from '@/i18n/translate';
import { protectList } from '@/domain/analysis/protect-list';
import { suppressTable, type CellProtection } from '@/domain/analysis/suppress-table';
import type { CompareView } from '@/charts/compare-view';
import { csvText } from './csv-cell';
import { NO_CSV_PROTECTION, protectedCell, type CsvProtection } from './csv-protection';
import { describeFilters } from './describe-filters';
import { formatExportTime, type ExportInfo } from './export-info';
import { isoMonth } from './iso-month';
import { compareMonthRows } from './compare-month-rows';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { boatsKnownText } from '@/ui/boats-known-text';

type Cells = readonly (string | number)[];

/** Leading rows: what the numbers are, where they come from, and how they were filtered. */
export function exportHeaderRows(
  table: EventTable,
  info: ExportInfo,
  f: Formatters,
  protection: CsvProtection = NO_CSV_PROTECTION,
): Cells[] {
  const { t } = f;
  const meta = table.meta;
  const words = describeFilters(table, info.filters, f);
  const rows: Cells[] = [[t('export.csv.heading')], [t('export.csv.dataset'), meta.title]];
  if (meta.illustrative) rows.push([t('export.illustrative'), t('header.illustrativeNote')]);
  if (meta.source !== '') rows.push([t('sources.source'), meta.source]);
  if (meta.sourceUrl !== '') rows.push([t('export.csv.sourceUrl'), meta.sourceUrl]);
  if (meta.licence !== '') rows.push([t('sources.licence'), meta.licence]);
  if (meta.extracted !== '') rows.push([t('sources.extracted'), meta.extracted]);
  rows.push([
    t('export.csv.window'),
    t(words.wholePeriod ? 'export.windowWhole' : 'export.window', {
      window: words.window,
      days: words.windowIso,
    }),
  ]);
  if (words.lines.length === 0) rows.push([t('export.csv.filters'), t('export.noFilters')]);
  for (const line of words.lines)
    rows.push([t('export.csv.filterOn', { dimension: line.label }), line.value]);
  if (info.filters.nationalities.length > 0) rows.push([t('export.csv.note'), t('export.nationalityNote')]);
  rows.push([t('export.csv.note'), t('export.countNote')]);
  // The boats columns count only the records whose boats are known (a mixed file): say how many.
  const boats = boatsKnownText(selectBoatsKnown(table, info.filters)?.all ?? null, f, 'footer', (value) =>
    String(protectedCell(value, protection)),
  );
  if (boats !== null) rows.push([t('export.csv.note'), boats]);
  if (protection.k >= 2) {
    rows.push([
      t('analysis.protect.csv'),
      t('analysis.protect.csvRule', { k: protection.k, max: protection.k - 1, mark: protection.hiddenMark }),
    ]);
  }
  rows.push([t('export.csv.exported'), formatExportTime(info.exportedAtMs)]);
  return rows;
}

const MEASURE_KEYS = ['people', 'boats', 'events', 'deaths', 'crew'] as const;

function measureCells(m: Measures, p: CsvProtection, states?: readonly CellProtection[]): Cells {
  return MEASURE_KEYS.map((key, i) => protectedCell(m[key], p, states?.[i]));
}

/**
 * Per measure, the states of the kinds (with the all-records total) and of the interception outcomes
 * (with the interception total), each protected as one list; a cell hidden in either list is hidden.
 */
function totalsStates(
  aggregates: WindowAggregates,
  p: CsvProtection,
  siteOutcomeTotals: readonly CellProtection[] | null,
): { all: CellProtection[]; kinds: CellProtection[][]; outcomes: CellProtection[][] } {
  const { totals } = aggregates;
  const all: CellProtection[] = MEASURE_KEYS.map(() => 'shown');
  const kinds = EVENT_KINDS.map(() => MEASURE_KEYS.map((): CellProtection => 'shown'));
  const outcomes = OUTCOMES.map(() => MEASURE_KEYS.map((): CellProtection => 'shown'));
  if (p.k < 2) return { all, kinds, outcomes };
  const hide = (current: CellProtection, next: CellProtection): CellProtection =>
    current !== 'shown' ? current : next;
  MEASURE_KEYS.forEach((key, m) => {
    const byKind = protectList(
      EVENT_KINDS.map((_, k) => totals.byKind[k]?.[key] ?? 0),
      p.k,
    );
    all[m] = byKind.totalState;
    byKind.states.forEach((state, k) => {
      const row = kinds[k];
      if (row) row[m] = state;
    });
    const interception = EVENT_KINDS.indexOf('interception');
    const byOutcome = protectList(
      OUTCOMES.slice(1).map((_, o) => totals.byOutcome[o + 1]?.[key] ?? 0),
      p.k,
    );
    const kindRow = kinds[interception];
    if (kindRow) kindRow[m] = hide(kindRow[m] ?? 'shown', byOutcome.totalState);
    byOutcome.states.forEach((state, o) => {
      const row = outcomes[o + 1];
      if (row) row[m] = hide(state, key === 'people' ? (siteOutcomeTotals?.[o + 1] ?? 'shown') : 'shown');
    });
  });
  return { all, kinds, outcomes };
}

function totalsRows(
  aggregates: WindowAggregates,
  f: Formatters,
  p: CsvProtection,
  siteOutcomeTotals: readonly CellProtection[] | null,
): Cells[] {
  const { t } = f;
  const { totals } = aggregates;
  const states = totalsStates(aggregates, p, siteOutcomeTotals);
  const rows: Cells[] = [
    [t('export.csv.totals')],
    [
      t('export.csv.records'),
      t('export.csv.people'),
      t('export.csv.boats'),
      t('export.csv.recordCount'),
      t('export.csv.deaths'),
      t('export.csv.crew'),
    ],
    [t('export.csv.allRecords'), ...measureCells(totals.all, p, states.all)],
  ];
  EVENT_KINDS.forEach((kind, k) => {
    const m = totals.byKind[k];
    if (m) rows.push([t(`kind.${kind}`), ...measureCells(m, p, states.kinds[k])]);
  });
  // Outcome 0 ("none") holds departures, already listed by kind.
  OUTCOMES.forEach((outcome, o) => {
    const m = totals.byOutcome[o];
    if (o > 0 && m) rows.push([t(`outcome.${outcome}`), ...measureCells(m, p, states.outcomes[o])]);
  });
  return rows;
}

function routeRows(
  table: EventTable,
  aggregates: WindowAggregates,
  f: Formatters,
  p: CsvProtection,
): Cells[] {
  const { t } = f;
  const routes: Cells[] = [
    [t('export.csv.routes')],
    [
      t('export.csv.routeId'),
      t('export.csv.route'),
      t('export.csv.people'),
      t('export.csv.boats'),
      t('export.csv.deaths'),
      t('export.csv.records'),
    ],
  ];
  const legs: Cells[] = [
    [t('export.csv.legs')],
    [
      t('export.csv.routeId'),
      t('export.csv.leg'),
      t('export.csv.from'),
      t('export.csv.to'),
      t('export.csv.mode'),
      t('export.csv.people'),
      t('export.csv.boats'),
      t('export.csv.deaths'),
      t('export.csv.records'),
    ],
  ];
  // Routes listed with a flow, and their people and boats protected as lists (their sums are the
  // interception totals shown above).
  const listed = table.routes.flatMap((route, r) => {
    const flow = aggregates.flows[r];
    return flow && (flow.boats > 0 || flow.people > 0 || flow.events > 0) ? [{ route, flow }] : [];
  });
  const peopleStates = protectList(
    listed.map((x) => x.flow.people),
    p.k,
  ).states;
  const boatStates = protectList(
    listed.map((x) => x.flow.boats),
    p.k,
  ).states;
  listed.forEach(({ route, flow }, i) => {
    routes.push([
      route.id,
      route.name,
      protectedCell(flow.people, p, peopleStates[i]),
      protectedCell(flow.boats, p, boatStates[i]),
      protectedCell(flow.deaths, p),
      protectedCell(flow.events, p),
    ]);
    for (let leg = 0; leg < stageCountOf(route) - 1; leg++) {
      const from = route.hasCorridor ? route.stages[leg] : undefined;
      const to = route.hasCorridor ? route.stages[leg + 1] : undefined;
      legs.push([
        route.id,
        leg + 1,
        from?.name ?? t('export.csv.embarkationSites'),
        to?.name ?? t('export.csv.interceptionSites'),
        from?.mode ? t(`export.mode.${from.mode}`) : '',
        protectedCell(flow.segmentPeople[leg] ?? 0, p),
        protectedCell(flow.segmentBoats[leg] ?? 0, p),
        protectedCell(flow.segmentDeaths[leg] ?? 0, p),
        protectedCell(flow.segmentEvents[leg] ?? 0, p),
      ]);
    }
  });
  return [...routes, [], ...legs];
}

/** Sites listed (with any record), and their site × outcome people table protected with its totals. */
function siteTable(table: EventTable, aggregates: WindowAggregates, p: CsvProtection) {
  const s = aggregates.sites;
  // `i` is the site's entry in the sparse totals (only sites with records have one), in site code order.
  const listed = Array.from(s.codes).flatMap((code, i) => {
    const site = table.sites[code];
    return site === undefined || (s.events[i] ?? 0) === 0 ? [] : [{ site, i }];
  });
  const cells = listed.map(({ i }) => entryOutcomeValues(s, i, 'people'));
  const protectedTable = p.k >= 2 && cells.length > 0 ? suppressTable(cells, Math.floor(p.k)) : null;
  return { listed, protectedTable };
}

function siteRows(
  aggregates: WindowAggregates,
  f: Formatters,
  p: CsvProtection,
  sites: ReturnType<typeof siteTable>,
): Cells[] {
  const { t } = f;
  const s = aggregates.sites;
  const rows: Cells[] = [
    [t('export.csv.sites')],
    [
      t('export.csv.site'),
      t('export.csv.lon'),
      t('export.csv.lat'),
      t('export.csv.departureRecords'),
      t('export.csv.interceptionRecords'),
      t('export.csv.peopleAll'),
      t('export.csv.boatsAll'),
      ...OUTCOMES.map((outcome) => t('export.csv.outcomePeople', { outcome: t(`outcome.${outcome}`) })),
      t('export.csv.deaths'),
    ],
  ];
  const guarded = sites.protectedTable;
  sites.listed.forEach(({ site, i }, r) => {
    rows.push([
      site.name,
      Math.round(site.lon * 1e4) / 1e4,
      Math.round(site.lat * 1e4) / 1e4,
      protectedCell(s.departureEvents[i] ?? 0, p),
      protectedCell(s.interceptionEvents[i] ?? 0, p),
      // The site's people are the row total of its outcome cells.
      protectedCell(s.people[i] ?? 0, p, guarded?.rowTotalState[r]),
      protectedCell(s.boats[i] ?? 0, p),
      ...entryOutcomeValues(s, i, 'people').map((value, o) =>
        protectedCell(value, p, guarded?.cellState[r]?.[o]),
      ),
      protectedCell(s.deaths[i] ?? 0, p),
    ]);
  });
  return rows;
}

/** Per month and outcome (departures as outcome "none"), from the reference row path. */
function monthRows(table: EventTable, info: ExportInfo, f: Formatters, p: CsvProtection): Cells[] {
  const { t } = f;
  const filters = info.filters;
  const series = aggregateRows(table, filterEvents(table, filters), filters, 'outcome').series;
  const rows: Cells[] = [
    [t('export.csv.monthly')],
    [
      t('export.csv.month'),
      ...OUTCOMES.flatMap((outcome) => [
        t('export.csv.outcomePeople', { outcome: t(`outcome.${outcome}`) }),
        t('export.csv.outcomeBoats', { outcome: t(`outcome.${outcome}`) }),
        t('export.csv.outcomeDeaths', { outcome: t(`outcome.${outcome}`) }),
      ]),
    ],
  ];
  const n = series.monthCount;
  // Months × outcomes, people, boats and deaths: each a table whose column totals are the window's outcome
  // totals.
  const guard = (values: Float64Array) =>
    p.k >= 2 && n > 0
      ? suppressTable(
          Array.from({ length: n }, (_, slot) => OUTCOMES.map((_, o) => values[o * n + slot] ?? 0)),
          Math.floor(p.k),
        )
      : null;
  const people = guard(series.people);
  const boats = guard(series.boats);
  const deaths = guard(series.deaths);
  for (let slot = 0; slot < n; slot++) {
    const cells: (string | number)[] = [isoMonth((series.firstMonth + slot) as EpochMonth)];
    OUTCOMES.forEach((_, o) => {
      cells.push(
        protectedCell(series.people[o * n + slot] ?? 0, p, people?.cellState[slot]?.[o]),
        protectedCell(series.boats[o * n + slot] ?? 0, p, boats?.cellState[slot]?.[o]),
        protectedCell(series.deaths[o * n + slot] ?? 0, p, deaths?.cellState[slot]?.[o]),
      );
    });
    rows.push(cells);
  }
  return rows;
}

export const COMPARE_LABELS: Readonly<Record<CompareView['figures'][number]['id'], MessageKey>> = {
  'landed-people': 'charts.kpi.landedPeople',
  'landed-boats': 'charts.kpi.landedBoats',
  departures: 'charts.kpi.departures',
  'turned-back': 'charts.kpi.turnedBack',
  disrupted: 'charts.kpi.disrupted',
  rescued: 'charts.kpi.rescued',
  'lost-at-sea': 'charts.kpi.lostAtSea',
  deaths: 'charts.kpi.deaths',
  records: 'charts.kpi.records',
};

const CHANGE_WORDS: Readonly<Record<CompareView['figures'][number]['change'], MessageKey>> = {
  up: 'charts.change.up',
  down: 'charts.change.down',
  same: 'analysis.compare.change.same',
  new: 'analysis.compare.change.new',
  gone: 'analysis.compare.change.gone',
  none: 'analysis.compare.change.none',
};

/** The comparison of two periods: their days, then per key figure A, B, difference and change (%). */
function compareRows(view: CompareView, f: Formatters, p: CsvProtection): Cells[] {
  const { t } = f;
  const days = (range: CompareView['periods']['a']): string =>
    `${formatEpochDay(range.startDay)}..${formatEpochDay(Math.max(range.startDay, range.endDay - 1) as EpochDay)}`;
  const rows: Cells[] = [
    [t('analysis.csv.compare')],
    [t('analysis.csv.periodA'), days(view.periods.a)],
    [t('analysis.csv.periodB'), days(view.periods.b)],
    [
      t('analysis.compare.figure'),
      t('analysis.compare.a'),
      t('analysis.compare.b'),
      t('analysis.compare.difference'),
      t('analysis.csv.percent'),
      t('analysis.csv.change'),
    ],
  ];
  for (const figure of view.figures) {
    const hidden = p.k >= 2 && figure.changeHidden;
    rows.push([
      t(COMPARE_LABELS[figure.id]),
      protectedCell(figure.a, p, p.k >= 2 ? figure.stateA : undefined),
      protectedCell(figure.b, p, p.k >= 2 ? figure.stateB : undefined),
      hidden ? p.hiddenMark : figure.difference,
      hidden || figure.percentChange === null ? '' : Math.round(figure.percentChange * 10) / 10,
      hidden ? '' : t(CHANGE_WORDS[figure.change]),
    ]);
  }
  return rows;
}

export interface AggregatesCsvOptions {
  /** Small-count protection of every count (default: off). */
  readonly protection?: CsvProtection;
  /** Two periods compared (the Analysis tab's), written as extra rows at the end. */
  readonly comparison?: CompareView | null;
}

/**
 * CSV text of the filtered aggregates. `aggregates` are the window aggregates the dashboard shows for
 * `info.filters` (route split); the monthly section is computed here from the rows, split by outcome.
 */
export function makeAggregatesCsv(
  table: EventTable,
  aggregates: WindowAggregates,
  info: ExportInfo,
  f: Formatters,
  options: AggregatesCsvOptions = {},
): string {
  const p = options.protection ?? NO_CSV_PROTECTION;
  const sites = siteTable(table, aggregates, p);
  const comparison = options.comparison ?? null;
  return csvText([
    ...exportHeaderRows(table, info, f, p),
    [],
    ...totalsRows(aggregates, f, p, sites.protectedTable?.columnTotalState ?? null),
    [],
    ...routeRows(table, aggregates, f, p),
    [],
    ...siteRows(aggregates, f, p, sites),
    [],
    ...monthRows(table, info, f, p),
    ...(comparison === null
      ? []
      : [[], ...compareRows(comparison, f, p), [], ...compareMonthRows(comparison, f, p)]),
  ]);
}
