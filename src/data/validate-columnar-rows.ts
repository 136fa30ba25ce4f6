// The columnar reader's fast path: a row of an Arrow batch is judged from its columns, without a feature
// object, by the loader's own field rules (validate-event-feature.ts). A rule that depends on a text value
// alone runs once per dictionary entry and its verdict is reused; counts, the point, the route name and
// the nationalities (whose verdict depends on `people` too) run per row. Only a row on which no rule
// records anything is accepted here; any other row goes to validateEventFeature with its feature object,
// so its rejections and warnings are exactly those of the GeoJSON loader.
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { parseNationalitiesText, type NationalityEntry } from './columnar-events-format';
import { MAX_PEOPLE, MAX_RECORDS, MAX_SMALL_COUNT } from './format-limits';
import { LoadReportBuilder } from './load-report-builder';
import {
  readAgency,
  readBoats,
  readConfidence,
  readCount,
  readDate,
  readId,
  readKind,
  readNationalityList,
  readOriginCountry,
  readOutcome,
  readPointCoordinates,
  readRoute,
  readRouteName,
  readSite,
  KIND_INTERCEPTION,
  readSource,
  warnOutcomeOnDeparture,
  warnPeoplePerBoat,
  warnUnknownRoute,
  type ValidationContext,
} from './validate-event-feature';

/** A text column as dictionary entries and the entry of each row (-1: null or absent). */
export interface TextColumnCodes {
  readonly strings: readonly (string | null)[];
  codeAt(row: number): number;
}

/** Reads value `row` of one column (null when the cell is null, undefined when the column is absent). */
export type ValueReader = (row: number) => unknown;

export interface ColumnarBatchColumns {
  readonly id: ValueReader;
  readonly people: ValueReader;
  readonly boats: ValueReader;
  readonly crew: ValueReader;
  readonly deaths: ValueReader;
  readonly records: ValueReader;
  readonly lon: ValueReader;
  readonly lat: ValueReader;
  readonly kind: TextColumnCodes;
  readonly date: TextColumnCodes;
  readonly route: TextColumnCodes;
  readonly routeName: TextColumnCodes;
  readonly site: TextColumnCodes;
  readonly outcome: TextColumnCodes;
  readonly nationalities: TextColumnCodes;
  readonly origin_country: TextColumnCodes;
  readonly agency: TextColumnCodes;
  readonly source: TextColumnCodes;
  readonly confidence: TextColumnCodes;
}

/** Returned by a verdict for an entry on which the rule recorded an issue. */
const UNCLEAN = Symbol('unclean');

/**
 * The result of one value rule per dictionary entry, computed on first use with `probe` (a report only
 * used to see whether the rule recorded anything). Slot `strings.length` is the null cell.
 */
function makeVerdicts<T>(
  column: TextColumnCodes,
  probe: LoadReportBuilder,
  rule: (raw: string | null) => T,
): (code: number) => T | typeof UNCLEAN {
  const size = column.strings.length + 1;
  const known = new Uint8Array(size);
  const values = new Array<T | typeof UNCLEAN>(size);
  return (code) => {
    const slot = code < 0 ? size - 1 : code;
    if (known[slot] === 1) return values[slot] as T | typeof UNCLEAN;
    const before = probe.issueCount;
    const value = rule(code < 0 ? null : (column.strings[code] ?? null));
    const verdict = probe.issueCount === before ? value : UNCLEAN;
    known[slot] = 1;
    values[slot] = verdict;
    return verdict;
  };
}

/** The validated nationalities of one entry for the last `people` seen with it. */
interface NationalityVerdict {
  people: number;
  clean: boolean;
  codes: string[];
  persons: number[];
}

/**
 * A row validator for one batch: `tryRow(row, index)` pushes row `row` (feature `index`) into the
 * context's builder and returns true when no rule records anything; otherwise it changes nothing that
 * validateEventFeature relies on and returns false.
 */
export function makeColumnarRowValidator(
  columns: ColumnarBatchColumns,
  ctx: ValidationContext,
): (row: number, index: number) => boolean {
  const probe = new LoadReportBuilder();
  const probeCtx: ValidationContext = { ...ctx, report: probe };
  const v = ctx.scratch;
  const kindOf = makeVerdicts(columns.kind, probe, (raw) => readKind(probe, raw));
  const dateOf = makeVerdicts(columns.date, probe, (raw) => readDate(probeCtx, raw));
  const routeOf = makeVerdicts(columns.route, probe, (raw) => {
    const route = readRoute(probe, raw);
    warnUnknownRoute(probeCtx, route);
    return route;
  });
  const siteOf = makeVerdicts(columns.site, probe, (raw) => readSite(probe, raw));
  const interceptionOutcomeOf = makeVerdicts(columns.outcome, probe, (raw) => readOutcome(probe, raw));
  const departureOutcomeOf = makeVerdicts(columns.outcome, probe, (raw) => {
    warnOutcomeOnDeparture(probe, 0, raw);
    return 0;
  });
  const confidenceOf = makeVerdicts(columns.confidence, probe, (raw) => readConfidence(probe, raw));
  const countryOf = makeVerdicts(columns.origin_country, probe, (raw) => readOriginCountry(probe, raw));
  const sourceOf = makeVerdicts(columns.source, probe, (raw) => readSource(probeCtx, raw));
  const agencyOf = makeVerdicts(columns.agency, probe, (raw) => readAgency(raw));
  const natColumn = columns.nationalities;
  const natEntries = new Array<NationalityEntry[] | null | undefined>(natColumn.strings.length + 1);
  const natVerdicts = new Array<NationalityVerdict | undefined>(natColumn.strings.length + 1);
  const coords: [number, number] = [0, 0];

  /** Fills v.natCodes / v.natPeople from entry `code` with `people`; false when a rule records anything. */
  const readNationalities = (code: number, people: number): boolean => {
    const slot = code < 0 ? natColumn.strings.length : code;
    let verdict = natVerdicts[slot];
    if (verdict === undefined || verdict.people !== people) {
      let entries = natEntries[slot];
      if (entries === undefined) {
        const text = code < 0 ? null : (natColumn.strings[code] ?? null);
        entries = text === null ? null : parseNationalitiesText(text);
        natEntries[slot] = entries;
      }
      const before = probe.issueCount;
      v.natCodes.length = 0;
      v.natPeople.length = 0;
      readNationalityList(probeCtx, entries, people, v);
      // One verdict object per entry, refilled when the entry comes with other people.
      if (verdict === undefined) {
        verdict = { people, clean: false, codes: [], persons: [] };
        natVerdicts[slot] = verdict;
      }
      verdict.people = people;
      verdict.clean = probe.issueCount === before;
      verdict.codes.length = 0;
      verdict.persons.length = 0;
      for (let e = 0; e < v.natCodes.length; e++) {
        verdict.codes.push(v.natCodes[e] ?? '');
        verdict.persons.push(v.natPeople[e] ?? 0);
      }
      return verdict.clean;
    }
    if (!verdict.clean) return false;
    v.natCodes.length = 0;
    v.natPeople.length = 0;
    for (let e = 0; e < verdict.codes.length; e++) {
      v.natCodes.push(verdict.codes[e] ?? '');
      v.natPeople.push(verdict.persons[e] ?? 0);
    }
    return true;
  };

  return (row, index) => {
    probe.begin(index);
    const kind = kindOf(columns.kind.codeAt(row));
    const date = dateOf(columns.date.codeAt(row));
    const route = routeOf(columns.route.codeAt(row));
    const site = siteOf(columns.site.codeAt(row));
    if (kind === UNCLEAN || date === UNCLEAN || date === null || !date.ok) return false;
    if (route === UNCLEAN || site === UNCLEAN) return false;
    const outcomeCode = columns.outcome.codeAt(row);
    const outcome =
      kind === KIND_INTERCEPTION ? interceptionOutcomeOf(outcomeCode) : departureOutcomeOf(outcomeCode);
    const confidence = confidenceOf(columns.confidence.codeAt(row));
    const originCountry = countryOf(columns.origin_country.codeAt(row));
    const source = sourceOf(columns.source.codeAt(row));
    const agency = agencyOf(columns.agency.codeAt(row));
    if (outcome === UNCLEAN || confidence === UNCLEAN || originCountry === UNCLEAN) return false;
    if (source === UNCLEAN || agency === UNCLEAN) return false;
    const people = readCount(probeCtx, 'people', columns.people(row), UNKNOWN_PEOPLE, 0, MAX_PEOPLE);
    const boats = readBoats(probeCtx, columns.boats(row));
    const crew = readCount(probeCtx, 'crew', columns.crew(row), UNKNOWN_COUNT, 0, MAX_SMALL_COUNT);
    const deaths = readCount(probeCtx, 'deaths', columns.deaths(row), UNKNOWN_COUNT, 0, MAX_SMALL_COUNT);
    const records = readCount(probeCtx, 'records', columns.records(row), 1, 1, MAX_RECORDS);
    if (probe.issueCount > 0) return false;
    const lon = columns.lon(row);
    const lat = columns.lat(row);
    if (typeof lon !== 'number' || typeof lat !== 'number') return false;
    coords[0] = lon;
    coords[1] = lat;
    if (!readPointCoordinates(probe, coords, v)) return false;
    warnPeoplePerBoat(probe, people, boats);
    const routeNameCode = columns.routeName.codeAt(row);
    const routeName = readRouteName(
      probeCtx,
      routeNameCode < 0 ? null : columns.routeName.strings[routeNameCode],
      route,
    );
    if (probe.issueCount > 0 || !readNationalities(columns.nationalities.codeAt(row), people)) return false;
    // The id last: readId adds it to the ids seen, which only an accepted row may do. An absent id is
    // derived (with a warning) by the row path.
    const rawId = columns.id(row);
    if (typeof rawId !== 'string' || rawId === '') return false;
    const id = readId(probeCtx, {}, rawId, index);
    if (id === null) return false;

    v.featureIndex = index;
    v.id = id;
    v.day = date.day;
    v.precision = date.precision;
    v.kind = kind;
    v.outcome = outcome;
    v.confidence = confidence;
    v.people = people;
    v.boats = boats;
    v.crew = crew;
    v.deaths = deaths;
    v.records = records;
    v.route = route;
    v.routeName = routeName;
    v.site = site;
    v.originCountry = originCountry;
    v.agency = agency;
    v.source = source;
    ctx.builder.push(v);
    return true;
  };
}
