// The JSON error scanner agrees with JSON.parse on what is valid, and points at the first bad character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from './find-json-error';
import { parseJson } from './parse-json';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonError', () => {
  it.each([
    ['nope', 1, false],
    ['', 0, true],
    ['{"a":1,}', 7, false],
    ['[1,]', 3, false],
    ['{"type":"FeatureCollection","features":[', 40, true],
    ['{\n  "type": "FeatureCollection"\n  "features": []\n}', 34, false],
    ["{'a':1}", 1, false],
    ['{"a":01}', 6, false],
    ['{"a":1.}', 7, false],
    ['{"a":-}', 6, false],
    ['{"a":"x\ty"}', 7, false],
    ['{"a":"\\x"}', 7, false],
    ['{"a":"\\u12G4"}', 10, false],
    ['{"a":tru}', 8, false],
    ['{"a":NaN}', 5, false],
    ['[1] [2]', 4, false],
    ['{"a" 1}', 5, false],
    ['{"a":1]', 6, false],
    ['"unterminated', 13, true],
  ])('%j fails at offset %i', (text, offset, atEnd) => {
    expect(parses(text)).toBe(false);
    expect(findJsonError(text)).toEqual({ offset, atEnd });
  });

  it('accepts what JSON.parse accepts, and nests deeply without recursion', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
        expect(findJsonError(text)).toBeNull();
      }),
    );
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(findJsonError(deep)).toBeNull();
    expect(findJsonError(`${'['.repeat(100_000)}`)).toEqual({ offset: 100_000, atEnd: true });
  });

  it('finds an error wherever JSON.parse finds one (random damage to valid JSON)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', 'x', ':', '\n'),
        (v, at, ch) => {
          const valid = JSON.stringify(v) ?? 'null';
          const k = at % (valid.length + 1);
          const damaged = valid.slice(0, k) + ch + valid.slice(k + 1);
          expect(findJsonError(damaged) === null).toBe(parses(damaged));
        },
      ),
    );
  });
});

describe('parseJson positions', () => {
  it('gives line:column of the first error, and marks an early end', () => {
    expect(parseJson('nope')).toEqual({ ok: false, error: { code: 'not-json', value: '1:2' } });
    expect(parseJson('{\n  "a": 1,\n  ]\n}')).toEqual({
      ok: false,
      error: { code: 'not-json', value: '3:3' },
    });
    expect(parseJson('{"features":[\n1,')).toEqual({
      ok: false,
      error: { code: 'not-json', value: 'end:2:3' },
    });
  });
});
