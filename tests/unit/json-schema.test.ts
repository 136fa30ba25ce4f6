// The machine-readable JSON Schemas describe the same format the loader reads: the demo files validate,
// and typical mistakes are refused by both the schema and the loader.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '../../src/data/parse-events';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateEvents = ajv.compile(readJson('data/schema/events.schema.json') as object);
const validateRoutes = ajv.compile(readJson('data/schema/routes.schema.json') as object);

const validFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [105.68, -10.42] },
  properties: {
    id: 'a',
    kind: 'interception',
    date: '2012-05',
    people: 3,
    route: 'r',
    site: 'S',
    outcome: 'landed',
  },
};
const withProps = (props: Record<string, unknown>): unknown => ({
  type: 'FeatureCollection',
  features: [{ ...validFeature, properties: { ...validFeature.properties, ...props } }],
});

describe('JSON Schemas', () => {
  it('accept the bundled demo files', () => {
    expect(validateEvents(readJson('data/demo/events.geojson')), JSON.stringify(validateEvents.errors)).toBe(
      true,
    );
    expect(validateRoutes(readJson('data/demo/routes.geojson')), JSON.stringify(validateRoutes.errors)).toBe(
      true,
    );
  });

  it('accept a minimal valid event, as the loader does', () => {
    const file = withProps({});
    expect(validateEvents(file)).toBe(true);
    expect(parseEventsValue(file, { fileName: 'x', routes: null }).ok).toBe(true);
  });

  it.each([
    ['an unknown kind', { kind: 'arrival' }],
    ['a day-first date', { date: '14/05/2012' }],
    ['a fractional people count', { people: 2.5 }],
    ['people as text', { people: '12' }],
    ['an interception without outcome', { outcome: undefined }],
    ['an unknown outcome', { outcome: 'sunk' }],
    ['a lower-case nationality code', { nationalities: ['afg'] }],
    ['zero boats', { boats: 0 }],
    ['zero records', { records: 0 }],
  ])('refuse %s, and so does the loader', (_label, props) => {
    const file = withProps(props);
    expect(validateEvents(file)).toBe(false);
    const outcome = parseEventsValue(file, { fileName: 'x', routes: null });
    expect(outcome.ok).toBe(false);
    expect(outcome.report?.rejected).toHaveLength(1);
  });

  it.each([
    ['people unknown (null)', { people: null }],
    ['people absent', { people: undefined }],
    ['no id (the loader names it row-1)', { id: undefined }],
    ['an id of 256 characters', { id: 'x'.repeat(256) }],
    ['a site of 1,000 characters', { site: 's'.repeat(1000) }],
    ['a route name', { routeName: 'Central Mediterranean' }],
    ['outcome lost_on_land', { outcome: 'lost_on_land' }],
    ['outcome unknown', { outcome: 'unknown' }],
    ['a pre-aggregated record (records 12)', { records: 12 }],
  ])('accept %s (format growth), as the loader does', (_label, props) => {
    const file = withProps(props);
    expect(validateEvents(file), JSON.stringify(validateEvents.errors)).toBe(true);
    const outcome = parseEventsValue(file, { fileName: 'x', routes: null });
    expect(outcome.ok).toBe(true);
    expect(outcome.report?.rejected).toEqual([]);
  });

  it('accept metadata aggregation, read by the loader', () => {
    const aggregation = { by: ['date', 'site'], period: 'month', sourceRecords: 40 };
    const file = { ...(withProps({ records: 40 }) as object), metadata: { formatVersion: 1, aggregation } };
    expect(validateEvents(file), JSON.stringify(validateEvents.errors)).toBe(true);
    const outcome = parseEventsValue(file, { fileName: 'x', routes: null });
    expect(outcome.ok && outcome.table.meta.aggregation).toEqual(aggregation);
    expect(outcome.ok && Array.from(outcome.table.records ?? [])).toEqual([40]);
  });

  it('accept metadata destination, tagline and bbox', () => {
    const file = {
      ...(withProps({}) as object),
      metadata: {
        formatVersion: 1,
        destination: 'Italy',
        tagline: 'Deaths at sea',
        bbox: [170, -50, -170, -10],
      },
    };
    expect(validateEvents(file), JSON.stringify(validateEvents.errors)).toBe(true);
    const outcome = parseEventsValue(file, { fileName: 'x', routes: null });
    expect(outcome.ok && outcome.table.meta.bbox).toEqual([170, -50, -170, -10]);
  });

  it.each([
    ['an id of 257 characters', { id: 'x'.repeat(257) }],
    ['a site of 1,001 characters', { site: 's'.repeat(1001) }],
    ['51 nationalities', { nationalities: Array<string>(51).fill('AFG') }],
  ])('refuse %s, and so does the loader', (_label, props) => {
    const file = withProps(props);
    expect(validateEvents(file)).toBe(false);
    expect(parseEventsValue(file, { fileName: 'x', routes: null }).ok).toBe(false);
  });

  it.each([
    ['a text altitude', [105.68, -10.42, 'f']],
    ['a null altitude', [105.68, -10.42, null]],
  ])('refuse %s, and so does the loader', (_label, coordinates) => {
    const file = {
      type: 'FeatureCollection',
      features: [{ ...validFeature, geometry: { type: 'Point', coordinates } }],
    };
    expect(validateEvents(file)).toBe(false);
    expect(parseEventsValue(file, { fileName: 'x', routes: null }).ok).toBe(false);
  });
});
