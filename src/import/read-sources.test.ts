import { describe, expect, it } from 'vitest';
import { headerKey } from './header-key';
import { PREVIEW_ROWS, previewText } from './preview-file';
import { columnNames, readDelimited } from './read-delimited';
import { looksLikeLintasEvents, readJsonRows, scanFirstItems } from './read-geojson';
import { detectSourceKind } from './source-kind';

describe('delimited text', () => {
  it('names columns: trimmed, blanks numbered, repeats suffixed', () => {
    expect(columnNames(['\uFEFFdate ', '', 'route', 'route'])).toEqual([
      'date',
      'Column 2',
      'route',
      'route (2)',
    ]);
  });

  it('hands rows on chunk by chunk, in order, keeping inner blank rows and dropping trailing ones', () => {
    const lines = ['a,b'];
    for (let i = 1; i <= 500; i++) lines.push(i === 250 ? '' : `${i},"x, ${i}"`);
    const text = `${lines.join('\n')}\n\n\n`;
    const seen: string[][] = [];
    const firsts: number[] = [];
    const summary = readDelimited(
      text,
      (rows, first) => {
        firsts.push(first);
        for (const row of rows) seen.push([...row]);
      },
      '',
      1000,
    );
    expect(firsts.length).toBeGreaterThan(3);
    expect(summary.columns).toEqual(['a', 'b']);
    expect(summary.rowCount).toBe(500);
    expect(seen).toHaveLength(500);
    expect(seen[0]).toEqual(['1', 'x, 1']);
    expect(seen[249]).toEqual(['']);
    expect(seen[499]).toEqual(['500', 'x, 500']);
    let expectedFirst = 1;
    firsts.forEach((first, i) => {
      expect(first).toBe(expectedFirst);
      expectedFirst = first + (firsts[i + 1] ?? 501) - first;
    });
  });

  it('guesses tabs and semicolons, and reports broken quotes with their row', () => {
    expect(readDelimited('a\tb\n1\t2\n3\t4\n5\t6', () => undefined).delimiter).toBe('\t');
    expect(readDelimited('a;b\n1;2\n3;4\n', () => undefined).delimiter).toBe(';');
    const broken = readDelimited('a,b\n1,2\n3,"4\n', () => undefined);
    expect(broken.problemCount).toBe(1);
    expect(broken.problems[0]).toEqual({ row: 2, code: 'MissingQuotes' });
  });

  it('previews only the first rows of a cut slice, dropping a cut last row', () => {
    const lines = ['date,n'];
    for (let i = 0; i < 100; i++) lines.push(`2013-01-${String((i % 28) + 1).padStart(2, '0')},${i}`);
    const all = lines.join('\n');
    const full = previewText('csv', all, true);
    expect(full.ok && full.preview.rows.length).toBe(PREVIEW_ROWS);
    const cut = previewText('csv', all.slice(0, 40), false);
    if (!cut.ok) throw new Error('no preview');
    // "date,n\n2013-01-01,0\n2013-01-02,1\n2013-01" – the last row is cut.
    expect(cut.preview.rows).toEqual([
      ['2013-01-01', '0'],
      ['2013-01-02', '1'],
    ]);
  });
});

describe('JSON sources', () => {
  it('reads feature collections and arrays of records; keeps other items for the loader to reject', () => {
    const fc = readJsonRows({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: { a: 1 } }, 5],
    });
    expect(fc).toMatchObject({ ok: true, columns: ['a'], hasGeometry: true });
    if (fc.ok) expect(fc.items[1]).toEqual({ invalid: 5 });
    const list = readJsonRows([{ a: 1, b: 2 }, { c: 3 }]);
    expect(list).toMatchObject({ ok: true, columns: ['a', 'b', 'c'], hasGeometry: false });
    expect(readJsonRows({ type: 'Feature' })).toMatchObject({ ok: false, code: 'not-geojson' });
    expect(readJsonRows({ type: 'FeatureCollection', features: [] })).toMatchObject({
      ok: false,
      code: 'no-features',
    });
  });

  it('finds the first whole features in the head of a large file, strings with braces included', () => {
    const feature = (i: number): string =>
      `{"type":"Feature","geometry":{"type":"Point","coordinates":[${i},0]},"properties":{"n":${i},"t":"a } { \\" ]"}}`;
    const text = `{"type":"FeatureCollection","metadata":{"title":"x"},"features":[${[1, 2, 3].map(feature).join(',')}]}`;
    const head = text.slice(0, text.lastIndexOf('{"type":"Feature"') + 30);
    const { items } = scanFirstItems(head, 10);
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ properties: { n: 2, t: 'a } { " ]' } });
    expect(scanFirstItems(text, 2).items).toHaveLength(2);
    expect(scanFirstItems('[{"a":1},{"a":2}]', 10)).toEqual({
      items: [{ a: 1 }, { a: 2 }],
      isCollection: false,
    });
  });

  it('tells Lintas files from foreign ones', () => {
    const lintas = {
      properties: { id: 'a', kind: 'interception', date: '2013-01-01', route: 'r', site: 's' },
      geometry: null,
    };
    const foreign = { properties: { date: 'x', value: 1 }, geometry: null };
    expect(looksLikeLintasEvents([lintas])).toBe(true);
    expect(looksLikeLintasEvents([foreign])).toBe(false);
    expect(looksLikeLintasEvents([])).toBe(false);
    // A broken feature among the first rows of a Lintas file: still a Lintas file (the loader rejects it).
    const broken = { properties: { id: 'b', kind: 'departure' }, geometry: null };
    expect(looksLikeLintasEvents([broken, lintas, lintas])).toBe(true);
    expect(looksLikeLintasEvents([broken, lintas])).toBe(true);
    // Mostly other rows: a foreign file that happens to hold a Lintas-like row gets the mapping.
    expect(looksLikeLintasEvents([foreign, foreign, lintas])).toBe(false);
  });
});

describe('file kinds and header keys', () => {
  it('detects the kind by extension, then by content', () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(detectSourceKind('a.TSV', bytes('x'))).toBe('tsv');
    expect(detectSourceKind('a.geojson', bytes('x'))).toBe('json');
    expect(detectSourceKind('pasted', bytes('\uFEFF  {"type"'))).toBe('json');
    expect(detectSourceKind('data.txt', bytes('a,b\n'))).toBe('csv');
    expect(detectSourceKind('book', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
  });

  it('keys a header by its names in order', () => {
    expect(headerKey(['a', 'b'])).toBe(headerKey([' a', 'b ']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['b', 'a']));
    expect(headerKey(['a', 'b'])).not.toBe(headerKey(['a,b']));
    expect(headerKey(['a', 'b'])).toMatch(/^h2-[0-9a-f]{16}$/);
  });
});
