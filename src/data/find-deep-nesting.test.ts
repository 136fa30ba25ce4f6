// Deep nesting is refused before JSON.parse, where it is found; ordinary files pay only the bounded scan.
import { describe, expect, it } from 'vitest';
import { findDeepNesting, MAX_JSON_DEPTH } from './find-deep-nesting';
import { parseJson } from './parse-json';

const nested = (depth: number, open = '[', close = ']'): string =>
  `${open.repeat(depth)}${close.repeat(depth)}`;
const MIB = 1 << 20;
/** Valid JSON text of about `chars` characters, with brackets only inside strings. */
const padding = (chars: number): string => `"${'[{x '.repeat(Math.ceil(chars / 4))}"`;

describe('findDeepNesting', () => {
  it('accepts the limit and refuses one level more, at the opening bracket', () => {
    expect(findDeepNesting(nested(MAX_JSON_DEPTH))).toBe(-1);
    expect(findDeepNesting(nested(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH);
    expect(findDeepNesting(nested(12, '{"a":', '}'), 10)).toBe(50);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    const text = `{"a":"${'['.repeat(MAX_JSON_DEPTH * 2)}\\"${'['.repeat(100)}","b":[[1]]}`;
    expect(findDeepNesting(text)).toBe(-1);
    expect(JSON.parse(text)).toHaveProperty('b');
  });

  it('finds a run of brackets past the first MiB of a large text', () => {
    const head = `[${padding(5 * MIB)},`;
    const text = `${head}${nested(MAX_JSON_DEPTH + 5)}]`;
    // The head's own `[` is the first level.
    expect(findDeepNesting(text)).toBe(head.length + MAX_JSON_DEPTH - 1);
  });

  it('does not mistake a long run of brackets inside a late string for nesting', () => {
    const text = `[${padding(5 * MIB)},"${'['.repeat(MAX_JSON_DEPTH * 2)}"]`;
    expect(findDeepNesting(text)).toBe(-1);
  });
});

describe('parseJson on deep nesting', () => {
  it('refuses it with the line, the column and the limit', () => {
    const text = `{"type":"FeatureCollection",\n"features":[${nested(MAX_JSON_DEPTH + 1)}]}`;
    expect(parseJson(text)).toEqual({
      ok: false,
      // `{` and the features' `[` are levels 1 and 2; line 2's nesting starts at column 13.
      error: { code: 'json-too-deep', value: `2:${13 + MAX_JSON_DEPTH - 2}/${MAX_JSON_DEPTH}` },
    });
  });

  it('still parses what nests within the limit', () => {
    expect(parseJson(nested(100))).toMatchObject({ ok: true });
  });
});
