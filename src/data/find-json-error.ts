// Finds where JSON text first goes wrong, for the message when JSON.parse fails: V8 names no position for
// many errors ("Unexpected token 'o', "nope" is not valid JSON", "Unexpected end of JSON input").
// An iterative scanner over RFC 8259 (an explicit stack, so deep nesting cannot overflow). O(length).

export interface JsonErrorPosition {
  /** UTF-16 offset of the first character that cannot be part of valid JSON. */
  readonly offset: number;
  /** True when the text ends before the JSON value is complete. */
  readonly atEnd: boolean;
}

/** What the scanner accepts next (plain constants: the build strips types, not enums). */
const Expect = {
  Value: 0,
  /** After '[': a value or ']'. */
  ValueOrArrayEnd: 1,
  /** After '{': a key or '}'. */
  KeyOrObjectEnd: 2,
  Key: 3,
  Colon: 4,
  /** After a value inside a container: ',' or the closing bracket. */
  CommaOrEnd: 5,
  /** After the top-level value: only whitespace. */
  Nothing: 6,
} as const;
type Expect = (typeof Expect)[keyof typeof Expect];

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** End offset of the string starting at `i` (on its opening quote), or -(error offset + 1). */
function scanString(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x22) return k + 1;
    if (c < 0x20) return -(k + 1);
    if (c === 0x5c) {
      const e = text.charCodeAt(k + 1);
      if (e === 0x75) {
        for (let h = 2; h <= 5; h++)
          if (!isHex(text.charCodeAt(k + h))) return -(Math.min(k + h, text.length) + 1);
        k += 5;
      } else if ('"\\/bfnrt'.includes(text[k + 1] ?? '')) k++;
      else return -(Math.min(k + 1, text.length) + 1);
    }
  }
  return -(text.length + 1);
}

/** End offset of the number starting at `i`, or -(error offset + 1). */
function scanNumber(text: string, i: number): number {
  let k = i;
  if (text.charCodeAt(k) === 0x2d) k++;
  if (text.charCodeAt(k) === 0x30) k++;
  else if (isDigit(text.charCodeAt(k))) while (isDigit(text.charCodeAt(k))) k++;
  else return -(k + 1);
  if (text.charCodeAt(k) === 0x2e) {
    k++;
    if (!isDigit(text.charCodeAt(k))) return -(k + 1);
    while (isDigit(text.charCodeAt(k))) k++;
  }
  const e = text.charCodeAt(k);
  if (e === 0x65 || e === 0x45) {
    k++;
    const sign = text.charCodeAt(k);
    if (sign === 0x2b || sign === 0x2d) k++;
    if (!isDigit(text.charCodeAt(k))) return -(k + 1);
    while (isDigit(text.charCodeAt(k))) k++;
  }
  return k;
}

/** The first error of `text` as JSON, or null when it is valid JSON. */
export function findJsonError(text: string): JsonErrorPosition | null {
  const stack: number[] = []; // 0x5b '[' or 0x7b '{'
  let expect: Expect = Expect.Value;
  const fail = (offset: number): JsonErrorPosition => ({ offset, atEnd: offset >= text.length });
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      i++;
      continue;
    }
    switch (expect) {
      case Expect.Nothing:
        return fail(i);
      case Expect.Colon:
        if (c !== 0x3a) return fail(i);
        expect = Expect.Value;
        i++;
        continue;
      case Expect.CommaOrEnd: {
        const open = stack[stack.length - 1];
        if (c === 0x2c) expect = open === 0x7b ? Expect.Key : Expect.Value;
        else if ((c === 0x5d && open === 0x5b) || (c === 0x7d && open === 0x7b)) {
          stack.pop();
          expect = stack.length === 0 ? Expect.Nothing : Expect.CommaOrEnd;
        } else return fail(i);
        i++;
        continue;
      }
      case Expect.Key:
      case Expect.KeyOrObjectEnd:
        if (c === 0x7d && expect === Expect.KeyOrObjectEnd) {
          stack.pop();
          expect = stack.length === 0 ? Expect.Nothing : Expect.CommaOrEnd;
          i++;
          continue;
        }
        if (c !== 0x22) return fail(i);
        {
          const end = scanString(text, i);
          if (end < 0) return fail(-end - 1);
          i = end;
          expect = Expect.Colon;
        }
        continue;
      case Expect.Value:
      case Expect.ValueOrArrayEnd: {
        if (c === 0x5d && expect === Expect.ValueOrArrayEnd) {
          stack.pop();
          expect = stack.length === 0 ? Expect.Nothing : Expect.CommaOrEnd;
          i++;
          continue;
        }
        let end: number;
        if (c === 0x5b || c === 0x7b) {
          stack.push(c);
          expect = c === 0x5b ? Expect.ValueOrArrayEnd : Expect.KeyOrObjectEnd;
          i++;
          continue;
        }
        if (c === 0x22) end = scanString(text, i);
        else if (c === 0x2d || isDigit(c)) end = scanNumber(text, i);
        else {
          const word = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : '';
          if (word === '') return fail(i);
          end = i + word.length;
          for (let k = 1; k < word.length; k++)
            if (text[i + k] !== word[k]) return fail(Math.min(i + k, text.length));
        }
        if (end < 0) return fail(-end - 1);
        i = end;
        expect = stack.length === 0 ? Expect.Nothing : Expect.CommaOrEnd;
        continue;
      }
    }
  }
  return expect === Expect.Nothing ? null : fail(text.length);
}
