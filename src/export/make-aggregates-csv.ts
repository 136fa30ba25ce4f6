// The filtered aggregates as one CSV file: a header naming the dataset, its source and licence, the
// "illustrative" status, the time window and filters in words and the export time; then sections of
// headline totals, per route (and per leg), per site and per month. Pure: unit-tested on tiny tables.
import type { Measures, WindowAggregates } from '@/domain/aggregates';
import { aggregateRows } from '@/domain/aggregate-rows';
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import { filterEvents } from '@/domain/filter-events';
import { stageCountOf } from '@/domain/window-accumulator';
import { EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import type { Formatters } from '@/i18n/translate';
import { csvText } from './csv-cell';
import { describeFilters } from './describe-filters';
import { formatExportTime, type ExportInfo } from './export-info';
import { isoMonth } from './iso-month';

type Cells = readonly (string | number)[];

/** Leading rows: what the numbers are, where they come from, and how they were filtered. */
export function exportHeaderRows(table: EventTable, info: ExportInfo, f: Formatters): Cells[] {
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
  rows.push([t('export.csv.exported'), formatExportTime(info.exportedAtMs)]);
  return rows;
}

function measureCells(m: Measures): Cells {
  return [m.people, m.boats, m.events, m.deaths, m.crew];
}

function totalsRows(aggregates: WindowAggregates, f: Formatters): Cells[] {
  const { t } = f;
  const { totals } = aggregates;
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
    [t('export.csv.allRecords'), ...measureCells(totals.all)],
  ];
  EVENT_KINDS.forEach((kind, k) => {
    const m = totals.byKind[k];
    if (m) rows.push([t(`kind.${kind}`), ...measureCells(m)]);
  });
  // Outcome 0 ("none") holds departures, already listed by kind.
  OUTCOMES.forEach((outcome, o) => {
    const m = totals.byOutcome[o];
    if (o > 0 && m) rows.push([t(`outcome.${outcome}`), ...measureCells(m)]);
  });
  return rows;
}

function routeRows(table: EventTable, aggregates: WindowAggregates, f: Formatters): Cells[] {
  const { t } = f;
  const routes: Cells[] = [
    [t('export.csv.routes')],
    [t('export.csv.routeId'), t('export.csv.route'), t('export.csv.people'), t('export.csv.boats')],
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
    ],
  ];
  table.routes.forEach((route, r) => {
    const flow = aggregates.flows[r];
    if (!flow || (flow.boats === 0 && flow.people === 0)) return;
    routes.push([route.id, route.name, flow.people, flow.boats]);
    for (let leg = 0; leg < stageCountOf(route) - 1; leg++) {
      const from = route.hasCorridor ? route.stages[leg] : undefined;
      const to = route.hasCorridor ? route.stages[leg + 1] : undefined;
      legs.push([
        route.id,
        leg + 1,
        from?.name ?? t('export.csv.embarkationSites'),
        to?.name ?? t('export.csv.interceptionSites'),
        from?.mode ? t(`export.mode.${from.mode}`) : '',
        flow.segmentPeople[leg] ?? 0,
        flow.segmentBoats[leg] ?? 0,
      ]);
    }
  });
  return [...routes, [], ...legs];
}

function siteRows(table: EventTable, aggregates: WindowAggregates, f: Formatters): Cells[] {
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
    ],
  ];
  table.sites.forEach((site, i) => {
    if ((s.events[i] ?? 0) === 0) return;
    rows.push([
      site.name,
      Math.round(site.lon * 1e4) / 1e4,
      Math.round(site.lat * 1e4) / 1e4,
      s.departureEvents[i] ?? 0,
      s.interceptionEvents[i] ?? 0,
      s.people[i] ?? 0,
      s.boats[i] ?? 0,
      ...OUTCOMES.map((_, o) => s.outcomePeople[i * OUTCOMES.length + o] ?? 0),
    ]);
  });
  return rows;
}

/** Per month and outcome (departures as outcome "none"), from the reference row path. */
function monthRows(table: EventTable, info: ExportInfo, f: Formatters): Cells[] {
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
      ]),
    ],
  ];
  for (let slot = 0; slot < series.monthCount; slot++) {
    const cells: (string | number)[] = [isoMonth((series.firstMonth + slot) as EpochMonth)];
    OUTCOMES.forEach((_, o) => {
      cells.push(
        series.people[o * series.monthCount + slot] ?? 0,
        series.boats[o * series.monthCount + slot] ?? 0,
      );
    });
    rows.push(cells);
  }
  return rows;
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
): string {
  return csvText([
    ...exportHeaderRows(table, info, f),
    [],
    ...totalsRows(aggregates, f),
    [],
    ...routeRows(table, aggregates, f),
    [],
    ...siteRows(table, aggregates, f),
    [],
    ...monthRows(table, info, f),
  ]);
}
