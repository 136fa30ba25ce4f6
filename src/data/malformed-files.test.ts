// Malformed corpus, whole files: inputs where nothing loads and one file error explains why (plus the
// encodings and wrappers that must still load). Per-feature cases are in malformed-corpus.test.ts.
import { describe, expect, it } from 'vitest';
import {
  makeCollection,
  makeEventFeature,
  makeRoutesCollection,
  makeTestRoutes,
} from '@/testing/make-event-features';
import { decodeText } from './decode-text';
import type { FileErrorCode } from './load-report';
import { parseEventsText, type LoadOutcome } from './parse-events';

const routes = makeTestRoutes();
const load = (text: string, maxBytes?: number): LoadOutcome =>
  parseEventsText(text, { fileName: 'corpus.geojson', routes, maxBytes });
const json = (value: unknown): string => JSON.stringify(value);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
/** Bytes through decodeText, then the text through the loader (the path a picked file takes). */
const loadBytes = (input: Uint8Array, maxBytes?: number): LoadOutcome | ReturnType<typeof decodeText> => {
  const decoded = decodeText(input, maxBytes);
  return decoded.ok ? load(decoded.text) : decoded;
};
const valid = (): unknown => makeEventFeature({ id: 'valid' });
const oneValid = json(makeCollection([valid()]));
const FC = 'FeatureCollection';

type Result = { readonly ok: boolean; readonly error?: { readonly code: string; readonly value: string } };
/** [name, run, expected code, expected value (undefined: not checked)] */
type FileCase = [string, () => Result, FileErrorCode, string?];

const cases: FileCase[] = [
  [
    'not JSON, located',
    () => load('{\n  "type": "FeatureCollection"\n  "features": []\n}'),
    'not-json',
    '3:3',
  ],
  ['not JSON, truncated', () => load('{"type":"FeatureCollection","features":['), 'not-json', 'end:1:41'],
  ['not JSON, bare word, located at its first bad character', () => load('nope'), 'not-json', '1:2'],
  ['not JSON, trailing comma', () => load('{"type":"FeatureCollection","features":[1,]}'), 'not-json'],
  ['a JSON array', () => load('[]'), 'not-geojson', 'array'],
  ['an array of features', () => load(json([valid()])), 'not-geojson', 'array'],
  ['a JSON number', () => load('42'), 'not-geojson', '42'],
  ['JSON null', () => load('null'), 'not-geojson', 'null'],
  ['a JSON string', () => load('"FeatureCollection"'), 'not-geojson', '"FeatureCollection"'],
  ['JSON true', () => load('true'), 'not-geojson', 'true'],
  ['an object without type', () => load(json({ features: [valid()] })), 'type-missing', ''],
  ['a numeric type', () => load(json({ type: 7, features: [valid()] })), 'not-feature-collection', '7'],
  ['a single Feature', () => load(json(valid())), 'not-feature-collection', '"Feature"'],
  ['a TopoJSON topology', () => load(json({ type: 'Topology' })), 'not-feature-collection', '"Topology"'],
  ['no features member', () => load(json({ type: FC })), 'features-missing', ''],
  ['features an object', () => load(json({ type: FC, features: {} })), 'features-missing'],
  ['features null', () => load(json({ type: FC, features: null })), 'features-missing'],
  ['features a string', () => load(json({ type: FC, features: 'x' })), 'features-missing'],
  ['empty features', () => load(json(makeCollection([]))), 'no-features', ''],
  [
    'formatVersion 2',
    () => load(json(makeCollection([valid()], { formatVersion: 2 }))),
    'format-version-unsupported',
    '2/1',
  ],
  [
    'formatVersion 1.5',
    () => load(json(makeCollection([valid()], { formatVersion: 1.5 }))),
    'format-version-unsupported',
    '1.5/1',
  ],
  [
    'metadata kind routes',
    () => load(json(makeCollection([valid()], { kind: 'routes' }))),
    'wrong-file-kind',
    'routes',
  ],
  ['the routes file itself', () => load(json(makeRoutesCollection())), 'wrong-file-kind', 'routes'],
  ['empty text', () => load(''), 'file-empty', ''],
  ['whitespace only', () => load(' \n\t\r\n  '), 'file-empty', ''],
  ['text over maxBytes', () => load(oneValid, 64), 'file-too-large', `${oneValid.length}/64`],
  ['empty bytes', () => loadBytes(new Uint8Array(0)), 'file-empty', ''],
  [
    'bytes over maxBytes',
    () => loadBytes(utf8(oneValid), 10),
    'file-too-large',
    `${utf8(oneValid).length}/10`,
  ],
  ['UTF-16 LE BOM', () => loadBytes(bytes([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])), 'utf16-encoding', ''],
  ['UTF-16 BE BOM', () => loadBytes(bytes([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])), 'utf16-encoding', ''],
  ['invalid UTF-8 in a string', () => loadBytes(bytes('{"a":"', [0xc3, 0x28], '"}')), 'not-utf8', ''],
  ['UTF-8 cut inside a character', () => loadBytes(bytes('{"a":"', [0xe2, 0x82])), 'not-utf8', ''],
  ['Latin-1 bytes', () => loadBytes(bytes('{"site":"S', [0xe3], 'o Paulo"}')), 'not-utf8', ''],
];

describe('whole-file failures', () => {
  it.each(cases)('%s', (_name, run, code, value) => {
    const result = run();
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe(code);
    if (value !== undefined) expect(result.error?.value).toBe(value);
  });

  it('all features invalid: no-valid-features, with the report of every rejection', () => {
    const result = load(
      json(makeCollection([{ type: 'Feature' }, makeEventFeature({ id: 'x', people: -1 })])),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ code: 'no-valid-features', value: '2' });
    expect(result.report?.featureCount).toBe(2);
    expect(result.report?.accepted).toBe(0);
    // Every problem of each feature, not only the first one.
    expect(result.report?.rejected.map((r) => [r.index, r.code])).toEqual([
      [0, 'geometry-missing'],
      [0, 'properties-missing'],
      [1, 'count-invalid'],
    ]);
    expect(result.report?.rejectedFeatures).toBe(2);
  });
});

describe('wrappers that must still load', () => {
  it.each([
    ['decodeText drops a UTF-8 BOM', () => loadBytes(bytes([0xef, 0xbb, 0xbf], oneValid))],
    ['parseEventsText drops a leading U+FEFF', () => load(`\ufeff${oneValid}`)],
    [
      'multi-byte UTF-8 decodes',
      () => loadBytes(utf8(json(makeCollection([makeEventFeature({ site: 'Pulau Rote – NTT' })])))),
    ],
    ['text exactly at maxBytes', () => load(oneValid, oneValid.length)],
  ] as const)('%s', (_name, run) => {
    const result = run();
    expect(result.ok).toBe(true);
    expect('report' in result && result.report?.accepted).toBe(1);
  });
});
