// The columnar reader's fast path: a row of an Arrow batch is judged from its columns, without a feature
// object, by the loader's own field rules (validate-event-feature.ts). A rule that depends on a text value
// alone runs once per dictionary entry and its verdict is reused; counts, the point, the route name and
// the nationalities (whose verdict depends on `people` too) run per row. Only a row on which no rule
// records anything, or only the nationalities' warnings (replayed as validateEventFeature records them), is
// accepted here; any other row goes to validateEventFeature with its feature object, so its rejections and
// warnings are exactly those of the GeoJSON loader. An accepted row is pushed as
// codes: each dictionary entry is encoded into the builder's dictionary once, at the first accepted row
// that uses it (so codes come in the order the GeoJSON path gives them), and the id goes from the file's
// UTF-8 bytes into the ids seen and the table without becoming a string.
import { UNKNOWN_COUNT, UNKNOWN_PEOPLE } from '@/domain/vocabulary';
import { parseNationalitiesText } from './columnar-events-format';
import type { CodedEventValues } from './event-columns-builder';
import { MAX_ID_LENGTH, MAX_PEOPLE, MAX_RECORDS, MAX_SMALL_COUNT } from './format-limits';
import { LoadReportBuilder, type PendingWarning } from './load-report-builder';
import type { StringDictionary } from './string-dictionary';
import {
  readAgency,
  readBoats,
  readConfidence,
  readCount,
  readDate,
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
  /** Writes the entries of rows from … to - 1 into out[0 … to - from - 1]. */
  fillCodes(from: number, to: number, out: Int32Array): void;
}

/**
 * A number column: fill() writes rows from … to - 1 into out[0 … to - from - 1], finite numbers as they
 * are, null cells and an absent column as NaN, anything else as Infinity (which every rule refuses, so
 * the row is judged on the feature path).
 */
export interface NumberColumn {
  fill(from: number, to: number, out: Float64Array): void;
}

/** A Utf8 column's bytes: value `row` is bytes offsets[row] … offsets[row + 1] - 1, well-formed UTF-8. */
export interface Utf8Column {
  readonly bytes: Uint8Array;
  readonly offsets: Int32Array;
  /** Whether cell `row` holds a value; null: all do. */
  readonly valid: ((row: number) => boolean) | null;
}

export interface ColumnarBatchColumns {
  /** Rows in the batch. */
  readonly length: number;
  /** Null when the id column is absent or not text: every row then takes the feature path. */
  readonly id: Utf8Column | null;
  readonly people: NumberColumn;
  readonly boats: NumberColumn;
  readonly crew: NumberColumn;
  readonly deaths: NumberColumn;
  readonly records: NumberColumn;
  readonly lon: NumberColumn;
  readonly lat: NumberColumn;
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
  /**
   * The nationalities entry's text as the validator judges it (default: the columnar text form,
   * parseNationalitiesText). The CSV import converts a cell's codes and names here (convert-values.ts).
   * The GeoJSON scanner builds the value from the entry's code (its entries' texts are not made).
   */
  readonly nationalityEntries?: (text: string, code: number) => unknown;
}

/** Rows whose columns are copied into typed arrays at a time (18 columns: about 500 KB). */
const CHUNK_ROWS = 4096;

/** Rows whose ids' hash slots are read ahead at a time (see touchIds). */
const TOUCH_ROWS = 512;

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

/**
 * Builder codes of a column's dictionary entries, encoded on first use: `codeOf(code, value)` is the code
 * of `value` (the entry's validated text) in `dictionary`. Slot `strings.length` is the null cell.
 */
function makeRemap(
  column: TextColumnCodes,
  dictionary: StringDictionary,
): (code: number, value: string) => number {
  const size = column.strings.length + 1;
  const codes = new Int32Array(size).fill(-1);
  return (code, value) => {
    const slot = code < 0 ? size - 1 : code;
    let coded = codes[slot] ?? -1;
    if (coded < 0) {
      coded = dictionary.encode(value);
      codes[slot] = coded;
    }
    return coded;
  };
}

/** A nationalities entry's record in natInfo: its fields. */
const NAT_FIELDS = 7;
const NAT_STATE = 0;
const NAT_PEOPLE = 1;
/** Its pool segment for the row being pushed (NAT_FROM -1: not yet encoded for its last verdict). */
const NAT_FROM = 2;
const NAT_TO = 3;
/** Where its last clean verdict's codes and people per code are held (heldTexts, heldPersons): offset, count. */
const NAT_HELD_AT = 4;
const NAT_HELD_COUNT = 5;
/** Where its builder codes were first put in the pool (-1: never; they depend on the entry alone). */
const NAT_CODES_AT = 6;

/** Verdict states of a nationalities entry (natInfo's NAT_STATE). */
const NAT_UNKNOWN = 0;
const NAT_CLEAN = 1;
const NAT_UNCLEAN = 2;
/** Valid, with warnings (natWarnings), e.g. people apportioned over codes without counts. */
const NAT_WARNED = 3;

const utf8 = new TextDecoder();
/** An id's text from its UTF-8 bytes. */
const idText = (bytes: Uint8Array, from: number, to: number): string => utf8.decode(bytes.subarray(from, to));

/** Empty coded values, refilled for each accepted row (doubles start as NaN: see validate-event-feature's scratch). */
function makeCodedValues(): CodedEventValues {
  return {
    featureIndex: 0,
    day: 0 as CodedEventValues['day'],
    precision: 0,
    kind: 0,
    outcome: 0,
    confidence: 0,
    people: NaN,
    boats: 0,
    crew: 0,
    deaths: 0,
    records: 1,
    lon: NaN,
    lat: NaN,
    route: 0,
    routeName: '',
    site: 0,
    originCountry: 0,
    agency: 0,
    source: 0,
    natCodes: new Uint32Array(64),
    natPeople: new Uint32Array(64),
    natFrom: 0,
    natTo: 0,
    idBytes: new Uint8Array(0),
    idFrom: 0,
    idTo: 0,
  };
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
  const builder = ctx.builder;
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
  const routeCode = makeRemap(columns.route, builder.routes);
  const siteCode = makeRemap(columns.site, builder.sites);
  const countryCode = makeRemap(columns.origin_country, builder.countries);
  const agencyCode = makeRemap(columns.agency, builder.agencies);
  const sourceCode = makeRemap(columns.source, builder.sources);
  // Per route entry (last slot: the null cell), the routeName entry of an accepted row with it (-1: none).
  const routeSlots = columns.route.strings.length + 1;
  const acceptedRouteName = new Int32Array(routeSlots).fill(-1);
  const natColumn = columns.nationalities;
  // Per entry (slot natNull: the null cell), the verdict for the last people seen with it, in typed
  // arrays: the row loop reads a few numbers per row instead of an object per entry.
  const natSlots = natColumn.strings.length + 1;
  const natNull = natSlots - 1;
  // One record of NAT_FIELDS per entry, side by side (one cache line per row): the state, the people
  // (as int32: UNKNOWN_PEOPLE is -1 there), natFrom … natTo, its held segment and its first codes.
  const natInfo = new Int32Array(natSlots * NAT_FIELDS);
  for (let at = 0; at < natInfo.length; at += NAT_FIELDS) natInfo[at + NAT_CODES_AT] = -1;
  // Per entry, its parsed form once it is judged a second time (its people changed: it may be again);
  // judged once, it is parsed and dropped, so a file of distinct entries keeps no object per entry.
  const natParsed = new Array<unknown>(natSlots);
  // The code texts and people per code of the entries' last clean verdicts, side by side in two pools
  // (an entry's segment is rewritten when it is judged again), and their warnings. The codes and their
  // order depend on the entry alone, only the people per code on the row's people.
  // Offsets from 1: NAT_HELD_AT 0 marks an entry that holds nothing yet.
  const heldTexts: string[] = [''];
  let heldPersons = new Uint32Array(1024);
  let heldLength = 1;
  const natWarnings = new Array<readonly PendingWarning[] | undefined>(natSlots);
  const natEntries = columns.nationalityEntries ?? ((text: string) => parseNationalitiesText(text));
  const coords: [number, number] = [0, 0];
  const coded = makeCodedValues();
  let natPoolLength = 0;

  /** Judges entry `slot` with `people` (its verdict is for other people, or none yet). */
  const judgeNationalities = (slot: number, people: number): void => {
    const at = slot * NAT_FIELDS;
    let entries = natParsed[slot];
    if (entries === undefined) {
      const text = slot === natNull ? null : (natColumn.strings[slot] ?? null);
      entries = text === null ? null : natEntries(text, slot);
      if (natInfo[at + NAT_STATE] !== NAT_UNKNOWN) natParsed[slot] = entries;
    }
    // Called only while the row has no issue: what the probe holds afterwards is this entry's.
    v.natCodes.length = 0;
    v.natPeople.length = 0;
    readNationalityList(probeCtx, entries, people, v);
    natInfo[at + NAT_PEOPLE] = people | 0;
    natInfo[at + NAT_FROM] = -1;
    if (probe.hasRejections) {
      natInfo[at + NAT_STATE] = NAT_UNCLEAN;
      return;
    }
    natInfo[at + NAT_STATE] = probe.warningCount === 0 ? NAT_CLEAN : NAT_WARNED;
    // Most entries warn alike whatever the people (e.g. "people apportioned over 2 codes"): kept, not copied.
    const known = natWarnings[slot];
    natWarnings[slot] =
      probe.warningCount === 0
        ? undefined
        : known !== undefined && probe.warningsAre(known)
          ? known
          : probe.warningsSince(0);
    const count = v.natPeople.length;
    if (natInfo[at + NAT_HELD_COUNT] !== count || natInfo[at + NAT_HELD_AT] === 0) {
      if (heldLength + count > heldPersons.length) {
        const grown = new Uint32Array(Math.max(heldPersons.length * 2, heldLength + count));
        grown.set(heldPersons);
        heldPersons = grown;
      }
      natInfo[at + NAT_HELD_AT] = heldLength;
      natInfo[at + NAT_HELD_COUNT] = count;
      heldLength += count;
    }
    const heldAt = natInfo[at + NAT_HELD_AT] ?? 0;
    for (let e = 0; e < count; e++) {
      heldPersons[heldAt + e] = v.natPeople[e] ?? 0;
      heldTexts[heldAt + e] = v.natCodes[e] ?? '';
    }
  };

  /** Puts a clean verdict's nationalities as builder codes into the pool (at its first accepted row). */
  const encodeNationalities = (slot: number): void => {
    const at = slot * NAT_FIELDS;
    const heldAt = natInfo[at + NAT_HELD_AT] ?? 0;
    const count = natInfo[at + NAT_HELD_COUNT] ?? 0;
    if (natPoolLength + count > coded.natCodes.length) {
      const size = Math.max(coded.natCodes.length * 2, natPoolLength + count);
      const grownCodes = new Uint32Array(size);
      grownCodes.set(coded.natCodes);
      coded.natCodes = grownCodes;
      const grownPersons = new Uint32Array(size);
      grownPersons.set(coded.natPeople);
      coded.natPeople = grownPersons;
    }
    const codesAt = natInfo[at + NAT_CODES_AT] ?? -1;
    const pool = coded.natCodes;
    // Encoded at the entry's first accepted row, so codes come in the order the GeoJSON path gives them.
    for (let e = 0; e < count; e++)
      pool[natPoolLength + e] =
        codesAt >= 0 ? (pool[codesAt + e] ?? 0) : builder.nationalities.encode(heldTexts[heldAt + e] ?? '');
    if (codesAt < 0) natInfo[at + NAT_CODES_AT] = natPoolLength;
    natInfo[at + NAT_FROM] = natPoolLength;
    for (let e = 0; e < count; e++) coded.natPeople[natPoolLength + e] = heldPersons[heldAt + e] ?? 0;
    natPoolLength += count;
    natInfo[at + NAT_TO] = natPoolLength;
  };

  // The rows of one chunk, column by column (chunks are aligned: rows come in order).
  const kindCodes = new Int32Array(CHUNK_ROWS);
  const dateCodes = new Int32Array(CHUNK_ROWS);
  const routeCodes = new Int32Array(CHUNK_ROWS);
  const routeNameCodes = new Int32Array(CHUNK_ROWS);
  const siteCodes = new Int32Array(CHUNK_ROWS);
  const outcomeCodes = new Int32Array(CHUNK_ROWS);
  const natCodes = new Int32Array(CHUNK_ROWS);
  const countryCodes = new Int32Array(CHUNK_ROWS);
  const agencyCodes = new Int32Array(CHUNK_ROWS);
  const sourceCodes = new Int32Array(CHUNK_ROWS);
  const confidenceCodes = new Int32Array(CHUNK_ROWS);
  const peopleValues = new Float64Array(CHUNK_ROWS);
  const boatsValues = new Float64Array(CHUNK_ROWS);
  const crewValues = new Float64Array(CHUNK_ROWS);
  const deathsValues = new Float64Array(CHUNK_ROWS);
  const recordsValues = new Float64Array(CHUNK_ROWS);
  const lonValues = new Float64Array(CHUNK_ROWS);
  const latValues = new Float64Array(CHUNK_ROWS);
  let chunkFrom = 0;
  let chunkTo = 0;
  const fillChunk = (row: number): void => {
    chunkFrom = row - (row % CHUNK_ROWS);
    chunkTo = Math.min(chunkFrom + CHUNK_ROWS, columns.length);
    columns.kind.fillCodes(chunkFrom, chunkTo, kindCodes);
    columns.date.fillCodes(chunkFrom, chunkTo, dateCodes);
    columns.route.fillCodes(chunkFrom, chunkTo, routeCodes);
    columns.routeName.fillCodes(chunkFrom, chunkTo, routeNameCodes);
    columns.site.fillCodes(chunkFrom, chunkTo, siteCodes);
    columns.outcome.fillCodes(chunkFrom, chunkTo, outcomeCodes);
    columns.nationalities.fillCodes(chunkFrom, chunkTo, natCodes);
    columns.origin_country.fillCodes(chunkFrom, chunkTo, countryCodes);
    columns.agency.fillCodes(chunkFrom, chunkTo, agencyCodes);
    columns.source.fillCodes(chunkFrom, chunkTo, sourceCodes);
    columns.confidence.fillCodes(chunkFrom, chunkTo, confidenceCodes);
    columns.people.fill(chunkFrom, chunkTo, peopleValues);
    columns.boats.fill(chunkFrom, chunkTo, boatsValues);
    columns.crew.fill(chunkFrom, chunkTo, crewValues);
    columns.deaths.fill(chunkFrom, chunkTo, deathsValues);
    columns.records.fill(chunkFrom, chunkTo, recordsValues);
    columns.lon.fill(chunkFrom, chunkTo, lonValues);
    columns.lat.fill(chunkFrom, chunkTo, latValues);
  };
  // Rows whose id slots were last touched (IdSet.touchBytes), a few hundred at a time: as many pages as
  // the processor's address cache holds, measured best at 256–1024 rows (1M ids: 220 → 120 ms).
  let touchedTo = 0;
  const touchIds = (row: number): void => {
    touchedTo = Math.min(row + TOUCH_ROWS, columns.length);
    const ids = columns.id;
    if (ids !== null) ctx.seenIds.touchBytes(ids.bytes, ids.offsets, row, touchedTo);
  };
  /** A count cell for readCount: NaN is a null cell (see NumberColumn). */
  const countOf = (value: number): number | null => (value !== value ? null : value);

  return (row, index) => {
    if (row < chunkFrom || row >= chunkTo) fillChunk(row);
    if (row >= touchedTo || row < touchedTo - TOUCH_ROWS) touchIds(row);
    const k = row - chunkFrom;
    probe.begin(index);
    const kind = kindOf(kindCodes[k] ?? -1);
    const date = dateOf(dateCodes[k] ?? -1);
    const routeAt = routeCodes[k] ?? -1;
    const route = routeOf(routeAt);
    const siteAt = siteCodes[k] ?? -1;
    const site = siteOf(siteAt);
    if (kind === UNCLEAN || date === UNCLEAN || date === null || !date.ok) return false;
    if (route === UNCLEAN || site === UNCLEAN) return false;
    const outcomeCode = outcomeCodes[k] ?? -1;
    const outcome =
      kind === KIND_INTERCEPTION ? interceptionOutcomeOf(outcomeCode) : departureOutcomeOf(outcomeCode);
    const confidence = confidenceOf(confidenceCodes[k] ?? -1);
    const countryAt = countryCodes[k] ?? -1;
    const originCountry = countryOf(countryAt);
    const sourceAt = sourceCodes[k] ?? -1;
    const source = sourceOf(sourceAt);
    const agencyAt = agencyCodes[k] ?? -1;
    const agency = agencyOf(agencyAt);
    if (outcome === UNCLEAN || confidence === UNCLEAN || originCountry === UNCLEAN) return false;
    if (source === UNCLEAN || agency === UNCLEAN) return false;
    const people = readCount(
      probeCtx,
      'people',
      countOf(peopleValues[k] ?? NaN),
      UNKNOWN_PEOPLE,
      0,
      MAX_PEOPLE,
    );
    const boats = readBoats(probeCtx, countOf(boatsValues[k] ?? NaN));
    const crew = readCount(
      probeCtx,
      'crew',
      countOf(crewValues[k] ?? NaN),
      UNKNOWN_COUNT,
      0,
      MAX_SMALL_COUNT,
    );
    const deaths = readCount(
      probeCtx,
      'deaths',
      countOf(deathsValues[k] ?? NaN),
      UNKNOWN_COUNT,
      0,
      MAX_SMALL_COUNT,
    );
    const records = readCount(probeCtx, 'records', countOf(recordsValues[k] ?? NaN), 1, 1, MAX_RECORDS);
    if (probe.issueCount > 0) return false;
    const lon = lonValues[k] ?? NaN;
    const lat = latValues[k] ?? NaN;
    // A null coordinate (NaN) is judged on the feature path (its message depends on the other one).
    if (lon !== lon || lat !== lat) return false;
    coords[0] = lon;
    coords[1] = lat;
    if (!readPointCoordinates(probe, coords, v)) return false;
    warnPeoplePerBoat(probe, people, boats);
    const routeNameCode = routeNameCodes[k] ?? -1;
    const routeSlot = routeAt < 0 ? routeSlots - 1 : routeAt;
    // A pair already accepted is clean again: the route's known name is now this one (readRouteName).
    const routeName =
      routeNameCode >= 0 && acceptedRouteName[routeSlot] === routeNameCode
        ? (columns.routeName.strings[routeNameCode] ?? '')
        : readRouteName(probeCtx, routeNameCode < 0 ? null : columns.routeName.strings[routeNameCode], route);
    if (probe.issueCount > 0) return false;
    const natCode = natCodes[k] ?? -1;
    const natSlot = natCode < 0 ? natNull : natCode;
    const natAt = natSlot * NAT_FIELDS;
    if (natInfo[natAt + NAT_STATE] === NAT_UNKNOWN || natInfo[natAt + NAT_PEOPLE] !== (people | 0))
      judgeNationalities(natSlot, people);
    const natState = natInfo[natAt + NAT_STATE];
    if (natState !== NAT_CLEAN && natState !== NAT_WARNED) return false;
    // The id last: it is added to the ids seen, which only an accepted row may do. An absent or empty id
    // is derived (with a warning) and an id of more than MAX_ID_LENGTH bytes is judged (by its UTF-16
    // length) on the feature path. At most MAX_ID_LENGTH bytes is at most as many UTF-16 units, and
    // well-formed UTF-8 holds no lone surrogate: readId's other rules cannot record anything here.
    const ids = columns.id;
    if (ids === null || (ids.valid !== null && !ids.valid(row))) return false;
    const idFrom = ids.offsets[row] ?? 0;
    const idTo = ids.offsets[row + 1] ?? 0;
    if (idTo === idFrom || idTo - idFrom > MAX_ID_LENGTH) return false;
    if (!ctx.seenIds.addBytes(ids.bytes, idFrom, idTo)) return false;

    coded.featureIndex = index;
    coded.day = date.day;
    coded.precision = date.precision;
    coded.kind = kind;
    coded.outcome = outcome;
    coded.confidence = confidence;
    coded.people = people;
    coded.boats = boats;
    coded.crew = crew;
    coded.deaths = deaths;
    coded.records = records;
    coded.lon = v.lon;
    coded.lat = v.lat;
    // Codes in the order push() encodes them (each dictionary on its own: the order between them is free).
    coded.route = routeCode(routeAt, route);
    coded.routeName = routeName;
    coded.site = siteCode(siteAt, site);
    coded.originCountry = countryCode(countryAt, originCountry);
    coded.agency = agencyCode(agencyAt, agency);
    coded.source = sourceCode(sourceAt, source);
    if ((natInfo[natAt + NAT_FROM] ?? -1) < 0) encodeNationalities(natSlot);
    coded.natFrom = natInfo[natAt + NAT_FROM] ?? 0;
    coded.natTo = natInfo[natAt + NAT_TO] ?? 0;
    coded.idBytes = ids.bytes;
    coded.idFrom = idFrom;
    coded.idTo = idTo;
    builder.pushCoded(coded);
    if (routeName !== '') acceptedRouteName[routeSlot] = routeNameCode;
    // The nationalities' warnings were the row's only issues: they are recorded as validateEventFeature
    // records a loaded feature's warnings (the id text is only made for the samples kept).
    const warnings = natState === NAT_WARNED ? natWarnings[natSlot] : undefined;
    if (warnings !== undefined)
      for (const w of warnings)
        ctx.report.warnAfter(index, () => idText(ids.bytes, idFrom, idTo), w.field, w.code, w.value);
    return true;
  };
}
