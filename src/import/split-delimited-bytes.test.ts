// The byte splitter must give papaparse's rows (as readDelimited hands them on) for every file it takes:
// the same header, the same cells, blank rows kept between data rows and dropped at the end, whatever
// the chunk size, with stray "\r" or "\n" inside lines, white space past ASCII and short or long rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnNames, guessNewline, readDelimited } from './read-delimited';
import { canSplitBytes, rowCellsOf, splitDelimitedBytes } from './split-delimited-bytes';

/** Cell pieces: words, numbers, white space of both kinds, and text past ASCII. */
const PIECES = [
  'a',
  'ev-1',
  '12',
  '-8.25',
  ' ',
  '  ',
  '\u00a0',
  '\u3000',
  'é',
  'Java – Christmas',
  '澳',
  '🚢',
  '',
];

function textArbitrary(delimiter: string, newline: '\n' | '\r\n') {
  const stray = newline === '\n' ? '\r' : '\n';
  const cell = fc.array(fc.constantFrom(...PIECES, stray), { maxLength: 3 }).map((parts) => parts.join(''));
  const line = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(delimiter)),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', delimiter.repeat(3), '\u00a0', ` ${delimiter} `) },
  );
  return fc
    .tuple(fc.boolean(), fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean())
    .map(
      ([bom, lines, endsWithNewline]) =>
        `${bom ? '\uFEFF' : ''}${lines.join(newline)}${endsWithNewline ? newline : ''}`,
    );
}

/** What readDelimited hands on: the header's columns and every row in order. */
function papaparseRows(text: string, delimiter: string): { columns: readonly string[]; rows: string[][] } {
  const rows: string[][] = [];
  const summary = readDelimited(text, (chunk) => rows.push(...chunk.map((row) => [...row])), delimiter);
  return { columns: summary.columns, rows };
}

function splitRows(
  bytes: Uint8Array,
  delimiter: string,
  newline: '\n' | '\r\n',
  chunkBytes: number,
): { columns: readonly string[]; rows: string[][] } {
  const rows: string[][] = [];
  let columns: readonly string[] = [];
  splitDelimitedBytes(bytes, { delimiter, newline, chunkBytes }, (chunk, _parsed, header) => {
    columns = columnNames(header);
    for (let r = 0; r < chunk.length; r++) rows.push(rowCellsOf(chunk, r, delimiter));
  });
  return { columns, rows };
}

describe('splitDelimitedBytes', () => {
  for (const delimiter of [',', '\t', ';', '|'])
    for (const newline of ['\n', '\r\n'] as const)
      it(`gives papaparse's rows (delimiter ${JSON.stringify(delimiter)}, line end ${JSON.stringify(newline)})`, () => {
        fc.assert(
          fc.property(
            textArbitrary(delimiter, newline),
            fc.constantFrom(1, 7, 64, 1 << 20),
            (text, chunkBytes) => {
              const bytes = new TextEncoder().encode(text);
              const body = text.replace(/^\uFEFF/, '');
              // Files whose head reads as another line end go to papaparse: only compare those it takes.
              if (guessNewline(body, delimiter) !== newline) return;
              expect(canSplitBytes(bytes, delimiter, newline)).toBe(true);
              const expected = papaparseRows(text, delimiter);
              const actual = splitRows(bytes, delimiter, newline, chunkBytes);
              expect(actual.rows).toEqual(expected.rows);
              if (expected.rows.length > 0) expect(actual.columns).toEqual(expected.columns);
            },
          ),
          { numRuns: 400, seed: delimiter.charCodeAt(0) * 10 + newline.length },
        );
      });

  it('leaves quoted files, "\\r" line ends and unusual delimiters to papaparse', () => {
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(canSplitBytes(bytes('id,name\n1,"a, b"\n'), ',', '\n')).toBe(false);
    expect(canSplitBytes(bytes('id,name\r1,b\r'), ',', '\r')).toBe(false);
    expect(canSplitBytes(bytes('id::name\n'), '::', '\n')).toBe(false);
    expect(canSplitBytes(bytes('id name\n'), ' ', '\n')).toBe(false);
    expect(canSplitBytes(bytes('id,name\n1,b\n'), ',', '\n')).toBe(true);
  });

  it('hands rows on in chunks of about the size asked for, numbered on', () => {
    const text = `id,n\n${Array.from({ length: 1000 }, (_, i) => `r${i},${i}`).join('\n')}\n`;
    const sizes: number[] = [];
    const ids: string[] = [];
    splitDelimitedBytes(
      new TextEncoder().encode(text),
      { delimiter: ',', newline: '\n', chunkBytes: 1000 },
      (chunk) => {
        sizes.push(chunk.length);
        for (let r = 0; r < chunk.length; r++) ids.push(rowCellsOf(chunk, r, ',')[0] ?? '');
      },
    );
    expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => `r${i}`));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes.slice(0, -1))).toBeLessThan(200);
  });
});
