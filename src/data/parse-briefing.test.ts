// The briefing file boundary: a valid file loads exactly; a corpus of malformed files gives one readable
// error or located issues (the valid rest still loads); no input throws; `__proto__` keys do nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRIEFING_ERROR_CODES,
  BRIEFING_ISSUE_CODES,
  MAX_CAPTION_CHARS,
  MAX_STEPS,
  normalizeView,
  parseBriefingBytes,
  parseBriefingText,
  type BriefingIssue,
  type BriefingParseResult,
  type ViewNotice,
} from './parse-briefing';

const step = (view: string, en = 'English', id = 'Indonesia'): unknown => ({ view, caption: { en, id } });
const file = (steps: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: 'lintas-briefing',
  version: 1,
  title: { en: 'Title', id: 'Judul' },
  steps,
  ...extra,
});
const parse = (value: unknown, checkView?: (view: string) => readonly ViewNotice[]): BriefingParseResult =>
  parseBriefingText(JSON.stringify(value), { checkView });

/** A fake view check: every `bad=` parameter is reported, as parseUrlState would report an unknown key. */
const fakeCheck = (view: string): ViewNotice[] =>
  [...new URLSearchParams(view)]
    .filter(([key]) => key === 'bad')
    .map(([key, value]) => ({ key, value, reason: 'unknown-key' }));

function issuesOf(result: BriefingParseResult): readonly BriefingIssue[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.issues;
}

describe('parseBriefingText: valid files', () => {
  it('reads title, views and captions exactly, with no issue', () => {
    const result = parse(file([step('v=1&t=2012-01-01..2012-12-31', 'a', 'b'), step('')]));
    expect(result).toEqual({
      ok: true,
      briefing: {
        title: { en: 'Title', id: 'Judul' },
        steps: [
          { view: 'v=1&t=2012-01-01..2012-12-31', caption: { en: 'a', id: 'b' } },
          { view: '', caption: { en: 'English', id: 'Indonesia' } },
        ],
      },
      issues: [],
    });
  });

  it('accepts a byte-order mark, and reads bytes as UTF-8', () => {
    const text = JSON.stringify(file([step('v=1', 'Kapal – ü')]));
    expect(parseBriefingText(`\uFEFF${text}`).ok).toBe(true);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const result = parseBriefingBytes(bytes);
    expect(result.ok && result.briefing.steps[0]?.caption.en).toBe('Kapal – ü');
  });

  it('reads a pasted link or a leading "?" as the view query', () => {
    expect(normalizeView('https://example.org/lintas/?v=1&t=2012-01-01..2012-12-31#x')).toBe(
      'v=1&t=2012-01-01..2012-12-31',
    );
    expect(normalizeView('?v=1&lang=id')).toBe('v=1&lang=id');
    expect(normalizeView(' v=1 ')).toBe('v=1');
    expect(normalizeView('https://example.org/lintas/')).toBe('');
  });

  it('accepts exactly 280 characters (code points, as JSON Schema counts) and 100 steps', () => {
    const emoji = '🚤'.repeat(MAX_CAPTION_CHARS); // 560 UTF-16 units, 280 code points
    const result = parse(file(Array.from({ length: MAX_STEPS }, () => step('v=1', emoji, 'x'))));
    expect(issuesOf(result)).toEqual([]);
    expect(result.ok && result.briefing.steps.length).toBe(MAX_STEPS);
  });
});

describe('parseBriefingText: malformed corpus, whole file', () => {
  const cases: [name: string, text: string, code: string, value?: string][] = [
    ['empty text', '', 'file-empty'],
    ['only spaces', '  \n ', 'file-empty'],
    ['truncated JSON', '{"format": "lintas-briefing", "steps": [', 'not-json'],
    ['a trailing comma', '{"format":"lintas-briefing",}', 'not-json', '1:29'],
    ['an array', '[]', 'not-object', 'array'],
    ['a string', '"briefing"', 'not-object', '"briefing"'],
    ['null', 'null', 'not-object', 'null'],
    ['an events file', '{"type":"FeatureCollection","features":[]}', 'format-missing', ''],
    [
      'another format',
      JSON.stringify(file([step('')], { format: 'lintas-story' })),
      'wrong-format',
      '"lintas-story"',
    ],
    ['version as text', JSON.stringify(file([step('')], { version: '1' })), 'version-invalid', '"1"'],
    ['version 1.5', JSON.stringify(file([step('')], { version: 1.5 })), 'version-invalid', '1.5'],
    ['a newer version', JSON.stringify(file([step('')], { version: 2 })), 'version-unsupported', '2/1'],
    ['steps missing', JSON.stringify({ format: 'lintas-briefing', version: 1 }), 'steps-missing'],
    ['steps as an object', JSON.stringify(file({ 0: step('') })), 'steps-missing'],
    ['no steps', JSON.stringify(file([])), 'no-steps'],
    [
      '101 steps',
      JSON.stringify(file(Array.from({ length: 101 }, () => step('')))),
      'too-many-steps',
      '101/100',
    ],
    ['every step broken', JSON.stringify(file([1, { caption: {} }])), 'no-valid-steps', '2'],
  ];
  it.each(cases)('%s → %s', (_name, text, code, value) => {
    const result = parseBriefingText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (value !== undefined) expect(result.error.value).toBe(value);
    expect(BRIEFING_ERROR_CODES).toContain(result.error.code);
  });

  it('refuses a file larger than the limit, UTF-16 and invalid UTF-8', () => {
    expect(parseBriefingText('{}', { maxBytes: 1 })).toEqual({
      ok: false,
      error: { code: 'file-too-large', value: '2/1' },
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(parseBriefingBytes(utf16)).toMatchObject({ ok: false, error: { code: 'utf16-encoding' } });
    expect(parseBriefingBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toMatchObject({
      ok: false,
      error: { code: 'not-utf8' },
    });
    expect(parseBriefingBytes(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'file-empty' } });
  });
});

describe('parseBriefingText: malformed corpus, located issues (the valid rest loads)', () => {
  const good = step('v=1&t=2012-01-01..2012-12-31');
  const long = 'x'.repeat(MAX_CAPTION_CHARS + 20);
  const cases: [name: string, bad: unknown, expected: Partial<BriefingIssue>[], kept: number][] = [
    ['a step that is a number', 7, [{ step: 1, field: 'step', code: 'step-invalid', value: '7' }], 2],
    [
      'a step without view',
      { caption: { en: 'a', id: 'b' } },
      [{ step: 1, field: 'view', code: 'view-missing' }],
      2,
    ],
    [
      'a view that is not text',
      { view: { t: 1 }, caption: { en: '', id: '' } },
      [{ step: 1, code: 'view-missing', value: '{"t":1}' }],
      2,
    ],
    [
      'a view too long',
      step(`v=1&s=${'a'.repeat(5000)}`),
      [{ step: 1, code: 'view-too-long', value: '5006' }],
      2,
    ],
    ['a caption missing', { view: 'v=1' }, [{ step: 1, field: 'caption', code: 'caption-missing' }], 3],
    [
      'an Indonesian caption missing',
      { view: 'v=1', caption: { en: 'a' } },
      [{ step: 1, field: 'caption.id', code: 'caption-missing' }],
      3,
    ],
    [
      'a caption as a number',
      { view: 'v=1', caption: { en: 5, id: 'b' } },
      [{ step: 1, field: 'caption.en', code: 'caption-missing', value: '5' }],
      3,
    ],
    [
      'a caption too long',
      step('v=1', long),
      [{ step: 1, field: 'caption.en', code: 'caption-too-long', value: '300' }],
      3,
    ],
    [
      'a misspelled field',
      { view: 'v=1', captions: {}, caption: { en: '', id: '' } },
      [{ step: 1, field: 'captions', code: 'unknown-field' }],
      3,
    ],
    [
      'a view with an ignored parameter',
      step('v=1&bad=%3Cb%3E'),
      [{ step: 1, field: 'bad', code: 'view-parameter', value: '<b>', reason: 'unknown-key' }],
      3,
    ],
  ];
  it.each(cases)('%s', (_name, bad, expected, kept) => {
    const result = parse(file([good, bad, good]), fakeCheck);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.briefing.steps).toHaveLength(kept);
    expect(result.issues).toHaveLength(expected.length);
    expected.forEach((issue, i) => expect(result.issues[i]).toMatchObject(issue));
    for (const issue of result.issues) expect(BRIEFING_ISSUE_CODES).toContain(issue.code);
  });

  it('cuts a caption that is too long to 280 code points, never inside a surrogate pair', () => {
    const result = parse(file([step('v=1', '🚤'.repeat(300))]));
    const caption = result.ok ? (result.briefing.steps[0]?.caption.en ?? '') : '';
    expect(Array.from(caption)).toHaveLength(MAX_CAPTION_CHARS);
    expect(caption.endsWith('🚤')).toBe(true);
  });

  it('reads a file without version, title or with extra fields, saying so', () => {
    const result = parse({ format: 'lintas-briefing', steps: [step('')], author: 'x' });
    expect(issuesOf(result).map((i) => `${i.step} ${i.field} ${i.code}`)).toEqual([
      '-1 version version-missing',
      '-1 author unknown-field',
      '-1 title title-missing',
    ]);
    expect(result.ok && result.briefing.title).toEqual({ en: '', id: '' });
  });
});

describe('parseBriefingText: hostile input', () => {
  it('ignores __proto__ keys: nothing is polluted, they are only unknown fields', () => {
    const text =
      '{"format":"lintas-briefing","version":1,"__proto__":{"polluted":1},' +
      '"title":{"en":"a","id":"b","__proto__":{"polluted":2}},' +
      '"steps":[{"view":"v=1","caption":{"en":"c","id":"d"},"__proto__":{"view":"evil"}}]}';
    const result = parseBriefingText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.briefing.steps[0]).toEqual({ view: 'v=1', caption: { en: 'c', id: 'd' } });
    expect(Object.getPrototypeOf(result.briefing.steps[0])).toBe(Object.prototype);
    expect(result.issues.map((i) => i.field)).toEqual(['__proto__', 'title.__proto__', '__proto__']);
  });

  it('keeps markup in captions as plain text (rendering decides; the parser does not alter it)', () => {
    const result = parse(file([step('v=1', '<img src=x onerror=alert(1)>')]));
    expect(result.ok && result.briefing.steps[0]?.caption.en).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws, for any JSON value or any text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBriefingText(JSON.stringify(value) ?? '', { checkView: fakeCheck });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseBriefingText(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('loads any well-formed briefing exactly as written', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.record({ en: text, id: text }),
        fc.array(
          fc.record({
            view: fc.constantFrom('', 'v=1', 'v=1&o=landed'),
            caption: fc.record({ en: text, id: text }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (title, steps) => {
          const result = parse({ format: 'lintas-briefing', version: 1, title, steps });
          expect(result).toEqual({ ok: true, briefing: { title, steps }, issues: [] });
        },
      ),
      { numRuns: 200 },
    );
  });
});
