// A first mapping from the column names (English and Bahasa Indonesia) and a few sample rows: what a
// person would pick, to be checked in the mapping dialog. Every guess can be changed there.
import { CONFIDENCES, EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import { guessDateFormat } from './convert-date';
import { convertVocabulary } from './convert-values';
import {
  emptyMapping,
  VOCABULARY_FIELDS,
  type CoordinateSource,
  type FieldSource,
  type ImportField,
  type ImportMapping,
  type VocabularyField,
} from './import-mapping';
import { normalizeKey } from './vocabulary-synonyms';

/** The words each vocabulary field accepts (what a value map may map to). */
export const VOCABULARIES: Readonly<Record<VocabularyField, readonly string[]>> = {
  kind: EVENT_KINDS,
  outcome: OUTCOMES.slice(1),
  confidence: CONFIDENCES,
};

/**
 * Column names per field, normalized (lower case, words separated by one space). Fields are guessed in
 * this order, and a column goes to the first field that claims it: the combined "dead and missing" goes
 * to deaths before "missing" is looked for, "lat, lon" before lat and lon.
 */
const NAMES: readonly (readonly [ImportField, readonly string[]])[] = [
  [
    'latLon',
    [
      'lat lon',
      'latlon',
      'lat long',
      'lat lng',
      'coordinates',
      'coordinate',
      'coords',
      'koordinat',
      'location coordinates',
      'titik koordinat',
    ],
  ],
  ['lat', ['lat', 'latitude', 'lintang', 'y']],
  ['lon', ['lon', 'lng', 'long', 'longitude', 'bujur', 'x']],
  [
    'date',
    [
      'date',
      'tanggal',
      'tgl',
      'incident date',
      'event date',
      'reported date',
      'date of incident',
      'tanggal kejadian',
      'waktu',
      'day',
      'hari',
      'month',
      'bulan',
      'year month',
      'period',
      'periode',
    ],
  ],
  [
    'deaths',
    [
      'dead and missing',
      'dead or missing',
      'total dead and missing',
      'number of dead and missing',
      'deaths',
      'dead',
      'died',
      'fatalities',
      'killed',
      'number dead',
      'meninggal',
      'tewas',
      'korban jiwa',
      'korban meninggal',
      'mati',
      'meninggal dan hilang',
    ],
  ],
  ['missing', ['missing', 'number missing', 'hilang', 'korban hilang']],
  ['crew', ['crew', 'awak', 'abk', 'awak kapal']],
  ['boats', ['boats', 'boat', 'vessels', 'vessel', 'kapal', 'perahu', 'number of boats', 'jumlah kapal']],
  [
    'people',
    [
      'people',
      'persons',
      'passengers',
      'migrants',
      'number of people',
      'number of migrants',
      'jumlah orang',
      'orang',
      'penumpang',
      'pax',
      'count',
      'jumlah',
      'number',
      'total',
      'value',
      'survivors',
    ],
  ],
  ['routeName', ['route name', 'nama rute', 'nama jalur']],
  ['route', ['route', 'rute', 'jalur', 'corridor', 'migration route', 'migrant route', 'jalur migrasi']],
  [
    'site',
    [
      'location',
      'site',
      'place',
      'lokasi',
      'tempat',
      'location description',
      'location name',
      'nama lokasi',
      'incident location',
      'landing site',
      'lokasi kejadian',
      'place name',
    ],
  ],
  ['originCountry', ['origin country', 'country of origin', 'origin', 'negara asal', 'asal']],
  ['nationality', ['nationality', 'nationalities', 'kewarganegaraan', 'kebangsaan', 'citizenship']],
  ['kind', ['kind', 'type', 'event type', 'incident type', 'jenis', 'tipe', 'jenis kejadian']],
  ['outcome', ['outcome', 'result', 'status', 'hasil', 'keterangan hasil']],
  ['id', ['id', 'identifier', 'incident id', 'event id', 'record id', 'uid', 'kode', 'nomor', 'no']],
  [
    'source',
    [
      'source',
      'sources',
      'sumber',
      'reference',
      'url',
      'source url',
      'information source',
      'sumber informasi',
    ],
  ],
  ['agency', ['agency', 'authority', 'instansi', 'lembaga', 'reported by']],
  ['confidence', ['confidence', 'reliability', 'keyakinan', 'tingkat keyakinan']],
];

/** The words of a column name, normalized ("Dead_and_Missing" → "dead and missing"). */
function wordsOf(column: string): string {
  return normalizeKey(column)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names that say too little inside a longer column name ("Long description", "Total cost"). */
const WHOLE_NAME_ONLY = new Set(['long', 'value', 'number', 'total', 'status', 'result', 'orang', 'origin']);

/** 3: the column name is a listed one; 2: a listed name (several words, or over 3 letters) is in it. */
function score(column: string, names: readonly string[]): number {
  const words = wordsOf(column);
  if (names.includes(words)) return 3;
  const padded = ` ${words} `;
  const inside = (name: string): boolean =>
    (name.includes(' ') || (name.length > 3 && !WHOLE_NAME_ONLY.has(name))) && padded.includes(` ${name} `);
  return names.some(inside) ? 2 : 0;
}

export interface GuessInput {
  readonly columns: readonly string[];
  /** Sample rows as cells in column order. */
  readonly rows: readonly (readonly unknown[])[];
  /** True for GeoJSON features (their geometry is the first choice for coordinates). */
  readonly hasGeometry: boolean;
}

function sampleOf(input: GuessInput, column: string): unknown[] {
  const index = input.columns.indexOf(column);
  return index < 0 ? [] : input.rows.map((row) => row[index]);
}

/** Guesses a whole mapping; fields it cannot place stay unknown (kind: every row an interception). */
export function guessMapping(input: GuessInput): ImportMapping {
  const base = emptyMapping();
  const fields: Record<ImportField, FieldSource> = { ...base.fields };
  const claimed = new Set<string>();
  for (const [field, names] of NAMES) {
    let best: string | null = null;
    let bestScore = 0;
    for (const column of input.columns) {
      if (claimed.has(column)) continue;
      const s = score(column, names);
      if (s > bestScore) {
        best = column;
        bestScore = s;
      }
    }
    if (best !== null) {
      fields[field] = { column: best };
      claimed.add(best);
    }
  }
  if ('unknown' in fields.kind) fields.kind = { constant: 'interception' };

  const coordinates: CoordinateSource = input.hasGeometry
    ? 'geometry'
    : 'column' in fields.lat && 'column' in fields.lon
      ? 'columns'
      : 'column' in fields.latLon
        ? 'text'
        : 'gazetteer';
  const dateFormat = 'column' in fields.date ? guessDateFormat(sampleOf(input, fields.date.column)) : 'iso';

  // Sample words the built-in synonyms understand are written into the value map, so the file says so.
  const valueMaps: Partial<Record<ImportField, Record<string, string>>> = {};
  for (const field of VOCABULARY_FIELDS) {
    const source = fields[field];
    if (!('column' in source)) continue;
    const entries: Record<string, string> = {};
    for (const value of sampleOf(input, source.column)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      const mapped = convertVocabulary(value, field, undefined);
      if (typeof mapped === 'string' && mapped !== value.trim() && VOCABULARIES[field].includes(mapped))
        entries[value.trim()] = mapped;
    }
    if (Object.keys(entries).length > 0) valueMaps[field] = entries;
  }
  return { ...base, fields, coordinates, dateFormat, valueMaps };
}
