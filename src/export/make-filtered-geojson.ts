// The filtered events as a Lintas events file (docs/data-format.md, version 1): exactly the rows of the
// row index, with ids, dates at their precision, counts, nationalities, route, site, outcome, source and
// confidence, so that loading it back in Lintas gives the same totals. The filters are recorded in the
// metadata. Pure: unit-tested with a round trip through the loader.
import { formatEpochDay, type EpochDay } from '@/domain/epoch-day';
import type { EventFilters } from '@/domain/event-filters';
import { getEventDay, getEventId, type EventTable, type RowIndex } from '@/domain/event-table';
import {
  CONFIDENCES,
  DATE_PRECISIONS,
  EVENT_KINDS,
  OUTCOMES,
  UNKNOWN_COUNT,
  UNKNOWN_NATIONALITY,
  UNKNOWN_PEOPLE,
} from '@/domain/vocabulary';
import { formatExportTime, type ExportInfo } from './export-info';

/** The events format version written (the loader's FORMAT_VERSION). */
const FORMAT_VERSION = 1;
/** Decimal places of exported coordinates: 1e-5 degrees is about 1 m, finer than the float32 column. */
const COORDINATE_SCALE = 1e5;
/** The loader keeps the first 200 characters of a title. */
const MAX_TITLE = 200;

/** Filters as plain JSON, days as ISO dates (the end day inclusive, as a person reads it). */
function filtersJson(filters: EventFilters): Record<string, unknown> {
  const range = filters.timeRange;
  return {
    timeRange: range
      ? {
          from: formatEpochDay(range.startDay),
          to: formatEpochDay((range.endDay - 1) as EpochDay),
        }
      : null,
    kinds: [...filters.kinds],
    routes: [...filters.routes],
    nationalities: [...filters.nationalities],
    outcomes: [...filters.outcomes],
    sites: [...filters.sites],
  };
}

function hasFilters(filters: EventFilters): boolean {
  return (
    filters.timeRange !== null ||
    filters.kinds.length > 0 ||
    filters.routes.length > 0 ||
    filters.nationalities.length > 0 ||
    filters.outcomes.length > 0 ||
    filters.sites.length > 0
  );
}

const round = (value: number): number => Math.round(value * COORDINATE_SCALE) / COORDINATE_SCALE;

/** The properties of row `row`, in the order of docs/data-format.md. */
function featureProperties(table: EventTable, row: number): Record<string, unknown> {
  const day = formatEpochDay(getEventDay(table, row));
  const precision = DATE_PRECISIONS[table.datePrecision[row] ?? 0] ?? 'day';
  const kind = EVENT_KINDS[table.kind[row] ?? 0] ?? 'interception';
  // Unknown people (the UNKNOWN_PEOPLE sentinel) is written back as null, as the format reads it.
  const people = table.people[row] === UNKNOWN_PEOPLE ? null : (table.people[row] ?? 0);
  const crew = table.crew[row] ?? UNKNOWN_COUNT;
  const deaths = table.deaths[row] ?? UNKNOWN_COUNT;
  const nationalities: { code: string; people: number }[] = [];
  for (let e = table.natOffsets[row] ?? 0; e < (table.natOffsets[row + 1] ?? 0); e++) {
    nationalities.push({
      code: table.nationalityNames[table.natCode[e] ?? 0] ?? UNKNOWN_NATIONALITY,
      people: table.natPeople[e] ?? 0,
    });
  }
  // A record that named no nationality was read as UNK with everyone on board: write it back as none.
  const only = nationalities[0];
  const unknownOnly =
    nationalities.length === 1 && only?.code === UNKNOWN_NATIONALITY && only.people === (people ?? 0);
  const props: Record<string, unknown> = {
    id: getEventId(table, row),
    kind,
    date: precision === 'month' ? day.slice(0, 7) : day,
    people,
    boats: table.boats[row] ?? 1,
    crew: crew === UNKNOWN_COUNT ? null : crew,
    deaths: deaths === UNKNOWN_COUNT ? null : deaths,
    route: table.routes[table.route[row] ?? 0]?.id ?? '',
  };
  // A pre-aggregated record keeps how many source records it stands for.
  const records = table.records?.[row] ?? 1;
  if (records !== 1) props['records'] = records;
  if (!unknownOnly && nationalities.length > 0) props['nationalities'] = nationalities;
  const origin = table.countryNames[table.originCountry[row] ?? 0] ?? '';
  if (origin !== '') props['origin_country'] = origin;
  props['site'] = table.sites[table.site[row] ?? 0]?.name ?? '';
  if (kind === 'interception') props['outcome'] = OUTCOMES[table.outcome[row] ?? 0] ?? 'landed';
  const agency = table.agencyNames[table.agency[row] ?? 0] ?? '';
  if (agency !== '') props['agency'] = agency;
  const source = table.sourceNames[table.source[row] ?? 0] ?? '';
  if (source !== '') props['source'] = source;
  props['confidence'] = CONFIDENCES[table.confidence[row] ?? 0] ?? 'medium';
  return props;
}

/**
 * GeoJSON text of the rows in `rows` (one feature per line). The metadata keeps the dataset's title,
 * source, licence, extraction date, notes and illustrative flag, and records the filters and export time.
 */
export function makeFilteredGeoJson(table: EventTable, rows: RowIndex, info: ExportInfo): string {
  const meta = table.meta;
  const filtered = hasFilters(info.filters);
  const metadata: Record<string, unknown> = {
    formatVersion: FORMAT_VERSION,
    kind: 'events',
    title: filtered ? `${meta.title.slice(0, MAX_TITLE - 11)} (filtered)` : meta.title,
    source: meta.source,
  };
  if (meta.sourceUrl !== '') metadata['sourceUrl'] = meta.sourceUrl;
  if (meta.licence !== '') metadata['licence'] = meta.licence;
  if (meta.extracted !== '') metadata['extracted'] = meta.extracted;
  metadata['illustrative'] = meta.illustrative;
  if (meta.notes !== '') metadata['notes'] = meta.notes;
  if (meta.aggregation) metadata['aggregation'] = meta.aggregation;
  metadata['exported'] = formatExportTime(info.exportedAtMs);
  metadata['exportedBy'] = 'Lintas';
  metadata['filters'] = filtersJson(info.filters);
  metadata['featureCount'] = rows.length;

  const lines: string[] = [];
  for (const row of rows) {
    lines.push(
      JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round(table.lon[row] ?? 0), round(table.lat[row] ?? 0)] },
        properties: featureProperties(table, row),
      }),
    );
  }
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
