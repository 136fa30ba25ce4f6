// The import's fast path for CSV and TSV rows: a row is converted and judged from its cells by the
// mapping's conversions (convert-row.ts) and the loader's own field rules (validate-event-feature.ts),
// without building a feature object. A text field's conversion and rule run once per distinct cell text
// and the verdict is reused (while the column repeats its values: a column of mostly distinct texts stops
// caching). Counts, the point, the route name and the nationalities (whose verdict depends on `people`)
// run per row. A row is accepted here when no rule rejects it: its warnings (remembered with a cached
// verdict) are recorded in the order validateEventFeature records them. A row that any rule rejects goes
// through convertRow + validateEventFeature, so its rejections are exactly those of that path.
import { MAX_PEOPLE, MAX_SMALL_COUNT } from '@/data/format-limits';
import { LoadReportBuilder, type PendingWarning } from '@/data/load-report-builder';
import {
  KIND_INTERCEPTION,
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
  readSource,
  warnOutcomeOnDeparture,
  warnPeoplePerBoat,
  warnUnknownRoute,
  type ValidationContext,
} from '@/data/validate-event-feature';
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { convertDate } from './convert-date';
import {
  makeGetter,
  makeTextMapper,
  routeIdOf,
  textOf,
  UNKNOWN_ROUTE_ID,
  UNKNOWN_ROUTE_NAME,
  type ConversionStats,
  type Getter,
} from './convert-row';
import {
  addCounts,
  convertCount,
  convertCountry,
  convertDegrees,
  convertNationalities,
  convertVocabulary,
} from './convert-values';
import type { ImportField, ImportMapping } from './import-mapping';

/** Returned by a verdict for a value that a rule rejected. */
const UNCLEAN = Symbol('unclean');
/** A rule's value for a cell and the warnings it recorded (null: none). */
interface Judged<T> {
  readonly value: T;
  readonly warnings: readonly PendingWarning[] | null;
}
type Verdict<T> = Judged<T> | typeof UNCLEAN;

/** Distinct texts a column's verdicts are kept for; a column with more stops caching (ids, free text). */
const VERDICT_CACHE_LIMIT = 20_000;

/** `rule` judged on `probe` (a report only used to see what the rule records). */
function judgeOn<T>(probe: LoadReportBuilder, rule: (raw: unknown) => T, raw: unknown): Verdict<T> {
  probe.begin(0);
  const value = rule(raw);
  if (probe.hasRejections) return UNCLEAN;
  return { value, warnings: probe.warningCount === 0 ? null : probe.warningsSince(0) };
}

/**
 * `rule` judged per cell text, remembered while the column has at most VERDICT_CACHE_LIMIT distinct
 * texts. A rule must depend on the cell alone.
 */
function makeCellVerdicts<T>(
  probe: LoadReportBuilder,
  rule: (raw: unknown) => T,
): (raw: unknown) => Verdict<T> {
  let cache: Map<string, Verdict<T>> | null = new Map();
  let absent: Verdict<T> | undefined;
  return (raw) => {
    if (raw === undefined) return (absent ??= judgeOn(probe, rule, raw));
    if (typeof raw !== 'string' || cache === null) return judgeOn(probe, rule, raw);
    let verdict = cache.get(raw);
    if (verdict === undefined) {
      verdict = judgeOn(probe, rule, raw);
      cache.set(raw, verdict);
      if (cache.size > VERDICT_CACHE_LIMIT) cache = null;
    }
    return verdict;
  };
}

/** Records a verdict's warnings on the row's report. */
function replay(report: LoadReportBuilder, warnings: readonly PendingWarning[] | null): void {
  if (warnings === null) return;
  for (const w of warnings) report.warn(w.field, w.code, w.value);
}

/** A nationalities cell as converted, and its verdict for the last `people` seen with it. */
interface NationalityVerdict {
  readonly raw: unknown;
  people: number;
  clean: boolean;
  warnings: readonly PendingWarning[] | null;
  readonly codes: string[];
  readonly persons: number[];
}

/** A route cell's id and the display name it gives when the row has no route name. */
interface RouteVerdict {
  readonly route: string;
  readonly name: string | null;
}

/**
 * A row validator for array rows (`columns` in file order) under `mapping`, or null when the mapping
 * places rows in a way the fast path does not take (only latitude and longitude columns are taken).
 * `tryRow(row, index)` pushes row `row` (feature `index`) into the context's builder, counts it in
 * `stats` and returns true when no rule records anything; otherwise it changes nothing and returns false.
 */
export function makeCsvRowValidator(
  mapping: ImportMapping,
  columns: readonly string[],
  ctx: ValidationContext,
  stats: ConversionStats,
): ((row: readonly string[], index: number) => boolean) | null {
  if (mapping.coordinates !== 'columns') return null;
  const none: Getter = () => undefined;
  const getters = {} as Record<ImportField, Getter>;
  const mapped = {} as Record<ImportField, boolean>;
  for (const field of Object.keys(mapping.fields) as ImportField[]) {
    const getter = makeGetter(mapping.fields[field], columns);
    getters[field] = getter ?? none;
    mapped[field] = getter !== null;
  }
  const maps = mapping.valueMaps;
  /** readText of convert-row: the trimmed text through the field's value map, or null. */
  const textReader = (field: ImportField): ((raw: unknown) => string | null) => {
    const mapText = makeTextMapper(maps[field]);
    return (raw) => {
      const text = textOf(raw);
      return text === null ? null : mapText(text);
    };
  };
  const probe = new LoadReportBuilder();
  const probeCtx: ValidationContext = { ...ctx, report: probe };
  const v = ctx.scratch;

  const kindOf = makeCellVerdicts(probe, (raw) => readKind(probe, convertVocabulary(raw, 'kind', maps.kind)));
  const dateOf = makeCellVerdicts(probe, (raw) => readDate(probeCtx, convertDate(raw, mapping.dateFormat)));
  const routeText = textReader('route');
  const routeOf = makeCellVerdicts(probe, (raw): RouteVerdict => {
    const text = routeText(raw);
    let route: unknown;
    let name: string | null = null;
    if (text === null && !mapped.route) {
      route = UNKNOWN_ROUTE_ID;
      name = UNKNOWN_ROUTE_NAME;
    } else if (text !== null) {
      route = routeIdOf(text);
      if (route !== text) name = text;
    }
    const id = readRoute(probe, route);
    warnUnknownRoute(probeCtx, id);
    return { route: id, name };
  });
  const routeNameOf = makeCellVerdicts(probe, textReader('routeName'));
  const siteText = textReader('site');
  const siteOf = makeCellVerdicts(probe, (raw) => {
    const text = siteText(raw);
    // A blank site of a mapped column is missing; of an unmapped one, the grid cell stands in (per row).
    return text === null ? (mapped.site ? readSite(probe, undefined) : null) : readSite(probe, text);
  });
  const outcomeText = (raw: unknown): unknown =>
    mapped.outcome ? convertVocabulary(raw, 'outcome', maps.outcome) : null;
  const interceptionOutcomeOf = makeCellVerdicts(probe, (raw) =>
    readOutcome(probe, outcomeText(raw) ?? 'unknown'),
  );
  const departureOutcomeOf = makeCellVerdicts(probe, (raw) => {
    warnOutcomeOnDeparture(probe, 0, outcomeText(raw) ?? undefined);
    return 0;
  });
  const confidenceOf = makeCellVerdicts(probe, (raw) =>
    readConfidence(probe, mapped.confidence ? convertVocabulary(raw, 'confidence', maps.confidence) : null),
  );
  const originText = textReader('originCountry');
  const countryOf = makeCellVerdicts(probe, (raw) => {
    const text = originText(raw);
    return readOriginCountry(probe, text === null ? undefined : convertCountry(text, maps.originCountry));
  });
  const agencyText = textReader('agency');
  const agencyOf = makeCellVerdicts(probe, (raw) => readAgency(agencyText(raw)));
  const sourceText = textReader('source');
  const sourceOf = makeCellVerdicts(probe, (raw) => readSource(probeCtx, sourceText(raw)));

  const natCache = new Map<string, NationalityVerdict>();
  /**
   * Fills v.natCodes / v.natPeople from a nationalities cell with `people` and records its warnings on
   * `report`; false when a rule rejects it.
   */
  const readNationalities = (report: LoadReportBuilder, cell: unknown, people: number): boolean => {
    const key = typeof cell === 'string' ? cell : null;
    let verdict = key === null ? undefined : natCache.get(key);
    if (verdict === undefined || verdict.people !== people) {
      const raw =
        verdict !== undefined
          ? verdict.raw
          : mapped.nationality
            ? convertNationalities(cell, maps.nationality)
            : undefined;
      probe.begin(0);
      v.natCodes.length = 0;
      v.natPeople.length = 0;
      readNationalityList(probeCtx, raw ?? undefined, people, v);
      const clean = !probe.hasRejections;
      const warnings = probe.warningCount === 0 ? null : probe.warningsSince(0);
      if (key === null || (verdict === undefined && natCache.size >= VERDICT_CACHE_LIMIT)) {
        replay(report, warnings);
        return clean;
      }
      // One verdict per cell text, refilled when the text comes with other people.
      verdict ??= { raw, people, clean, warnings, codes: [], persons: [] };
      verdict.people = people;
      verdict.clean = clean;
      verdict.warnings = warnings;
      verdict.codes.length = 0;
      verdict.persons.length = 0;
      for (let e = 0; e < v.natCodes.length; e++) {
        verdict.codes.push(v.natCodes[e] ?? '');
        verdict.persons.push(v.natPeople[e] ?? 0);
      }
      natCache.set(key, verdict);
      replay(report, warnings);
      return clean;
    }
    if (!verdict.clean) return false;
    v.natCodes.length = 0;
    v.natPeople.length = 0;
    for (let e = 0; e < verdict.codes.length; e++) {
      v.natCodes.push(verdict.codes[e] ?? '');
      v.natPeople.push(verdict.persons[e] ?? 0);
    }
    replay(report, verdict.warnings);
    return true;
  };

  const count = (field: ImportField, row: readonly string[]): unknown =>
    mapped[field] ? convertCount(getters[field](row)) : undefined;
  const coords: [number, number] = [0, 0];

  return (row, index) => {
    // The row's warnings go straight to the file's report: a row sent on to validateEventFeature after
    // all starts there afresh (begin clears the feature's issues).
    const report = ctx.report;
    const kind = kindOf(getters.kind(row));
    const date = dateOf(getters.date(row));
    const route = routeOf(getters.route(row));
    const site = siteOf(getters.site(row));
    if (kind === UNCLEAN || date === UNCLEAN || date.value === null || !date.value.ok) return false;
    if (route === UNCLEAN || site === UNCLEAN) return false;
    const outcomeCell = getters.outcome(row);
    const outcome =
      kind.value === KIND_INTERCEPTION ? interceptionOutcomeOf(outcomeCell) : departureOutcomeOf(outcomeCell);
    const confidence = confidenceOf(getters.confidence(row));
    const originCountry = countryOf(getters.originCountry(row));
    const source = sourceOf(getters.source(row));
    const agency = agencyOf(getters.agency(row));
    const routeName = routeNameOf(getters.routeName(row));
    if (outcome === UNCLEAN || confidence === UNCLEAN || originCountry === UNCLEAN) return false;
    if (source === UNCLEAN || agency === UNCLEAN || routeName === UNCLEAN) return false;

    report.begin(index);
    // Not mapped means "not known": null people is the format's unknown.
    const people = readCount(
      ctx,
      'people',
      mapped.people ? convertCount(getters.people(row)) : null,
      UNKNOWN_PEOPLE,
      0,
      MAX_PEOPLE,
    );
    // Not mapped, or a blank or unknown cell: the boats are not known (null), never one per record.
    const boats = readBoats(ctx, mapped.boats ? convertCount(getters.boats(row)) : null);
    const crew = readCount(ctx, 'crew', count('crew', row), UNKNOWN_COUNT, 0, MAX_SMALL_COUNT);
    const deaths =
      mapped.deaths || mapped.missing
        ? readCount(
            ctx,
            'deaths',
            addCounts(count('deaths', row) ?? null, count('missing', row) ?? null),
            UNKNOWN_COUNT,
            0,
            MAX_SMALL_COUNT,
          )
        : UNKNOWN_COUNT;
    if (report.hasRejections) return false;

    const lon = convertDegrees(getters.lon(row));
    const lat = convertDegrees(getters.lat(row));
    if (typeof lon !== 'number' || typeof lat !== 'number') return false;
    coords[0] = lon;
    coords[1] = lat;
    if (!readPointCoordinates(report, coords, v)) return false;
    let siteName = site.value;
    // No site column: the row's 0.1° grid cell stands in, as convert-row.ts names it.
    if (siteName === null) siteName = readSite(report, `${lat.toFixed(1)}, ${lon.toFixed(1)}`);
    // The nationalities' warnings come first, as in validateEventFeature.
    if (!readNationalities(report, getters.nationality(row), people) || report.hasRejections) return false;
    // The id last among the rules that reject: readId adds it to the ids seen, which only an accepted row
    // may do. An absent id is derived (with a warning) by the row path.
    const rawId = textOf(getters.id(row));
    if (rawId === null) return false;
    const id = readId(ctx, {}, rawId, index);
    if (id === null) return false;

    // Only warnings from here on, in validateEventFeature's order.
    replay(report, outcome.warnings);
    replay(report, route.warnings);
    const name = readRouteName(ctx, routeName.value ?? route.value.name, route.value.route);
    warnPeoplePerBoat(report, people, boats);
    replay(report, confidence.warnings);
    replay(report, originCountry.warnings);
    replay(report, source.warnings);

    stats.rows++;
    v.featureIndex = index;
    v.id = id;
    v.day = date.value.day;
    v.precision = date.value.precision;
    v.kind = kind.value;
    v.outcome = outcome.value;
    v.confidence = confidence.value;
    v.people = people;
    v.boats = boats;
    v.crew = crew;
    v.deaths = deaths;
    v.records = 1;
    v.route = route.value.route;
    v.routeName = name;
    v.site = siteName;
    v.originCountry = originCountry.value;
    v.agency = agency.value;
    v.source = source.value;
    ctx.builder.push(v);
    report.setId(id);
    report.end(undefined);
    return true;
  };
}
