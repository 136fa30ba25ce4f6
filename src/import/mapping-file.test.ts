import { describe, expect, it } from 'vitest';
import { emptyMapping, type ImportMapping } from './import-mapping';
import { readMappingText, readMappingValue, writeMappingFile } from './mapping-file';

const MAPPING: ImportMapping = {
  ...emptyMapping(),
  fields: {
    ...emptyMapping().fields,
    date: { column: 'Tanggal' },
    kind: { constant: 'interception' },
    people: { column: 'Jumlah' },
  },
  valueMaps: { outcome: { Tiba: 'landed' } },
  dateFormat: 'dd/mm/yyyy',
  coordinates: 'gazetteer',
  gazetteerFallback: false,
  metadata: { title: 'Laporan', destination: 'Australia' },
};

describe('the mapping file', () => {
  it('round-trips through its JSON text', () => {
    const text = writeMappingFile(MAPPING, ['Tanggal', 'Jumlah']);
    const read = readMappingText(text);
    expect(read).toEqual({ ok: true, mapping: MAPPING, notes: [], header: ['Tanggal', 'Jumlah'] });
    expect(JSON.parse(text)).toMatchObject({ format: 'lintas-import-mapping', version: 1 });
    expect(Object.keys((JSON.parse(text) as { fields: object }).fields)).toEqual(['date', 'kind', 'people']);
  });

  it('keeps what it can of a faulty file and says what it dropped', () => {
    const read = readMappingValue({
      version: 1,
      fields: {
        date: { column: 'd' },
        colour: { column: 'c' },
        people: { column: 7 },
        boats: { constant: 2 },
      },
      valueMaps: { outcome: { Tiba: 'landed', bad: 5 }, nope: {} },
      dateFormat: 'julian',
      coordinates: 'geometry',
      metadata: { title: 'T', tagline: 12 },
    });
    if (!read.ok) throw new Error('should read');
    expect(read.mapping.fields.date).toEqual({ column: 'd' });
    expect(read.mapping.fields.people).toEqual({ unknown: true });
    expect(read.mapping.fields.boats).toEqual({ constant: '2' });
    expect(read.mapping.valueMaps.outcome).toEqual({ Tiba: 'landed' });
    expect(read.mapping.dateFormat).toBe('iso');
    expect(read.mapping.coordinates).toBe('geometry');
    expect(read.mapping.metadata).toEqual({ title: 'T' });
    expect(read.notes.map((n) => `${n.path} ${n.code}`).sort()).toEqual([
      'dateFormat invalid-value',
      'fields.colour unknown-key',
      'fields.people invalid-value',
      'metadata.tagline invalid-value',
      'valueMaps.nope unknown-key',
      'valueMaps.outcome invalid-value',
    ]);
  });

  it('refuses what is not a mapping, and newer versions', () => {
    expect(readMappingText('{').ok).toBe(false);
    expect(readMappingValue([1, 2])).toMatchObject({ ok: false, code: 'not-mapping' });
    expect(readMappingValue({ format: 'lintas-briefing', fields: {} })).toMatchObject({
      ok: false,
      code: 'not-mapping',
    });
    expect(readMappingValue({ version: 2, fields: {} })).toMatchObject({
      ok: false,
      code: 'version-unsupported',
    });
  });

  it('keeps a "__proto__" value-map key as a key and changes no prototype', () => {
    const read = readMappingText('{"fields":{},"valueMaps":{"outcome":{"__proto__":"landed"}}}');
    if (!read.ok) throw new Error('should read');
    const map = read.mapping.valueMaps.outcome ?? {};
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['landed']).toBeUndefined();
  });
});
