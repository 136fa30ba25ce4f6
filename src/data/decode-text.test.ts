// The byte scan that stands in for a strict decode (checkUtf8Bytes) must judge every byte string as
// TextDecoder's fatal mode does: same verdict on random bytes, on bytes built from the edges of every
// UTF-8 sequence class, and on real text cut at every position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUtf8Bytes, decodeText, isWellFormedUtf8 } from './decode-text';

const strict = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array): boolean => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Bytes at the edges of UTF-8's classes: ASCII, continuation bytes, lead bytes and the bytes never used. */
const EDGE_BYTES = [
  0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee,
  0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff,
];

describe('isWellFormedUtf8', () => {
  it('agrees with a strict TextDecoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => isWellFormedUtf8(bytes) === decodes(bytes)),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it('agrees on sequences built from the edge bytes of every class, at every alignment', () => {
    const edgy = fc.array(fc.constantFrom(...EDGE_BYTES), { maxLength: 12 });
    fc.assert(
      fc.property(fc.nat({ max: 7 }), edgy, fc.nat({ max: 20 }), (offset, middle, asciiRun) => {
        // ASCII runs before and after, so the four-byte skipping meets the sequence at any position.
        const bytes = new Uint8Array([
          ...Array<number>(asciiRun).fill(0x61),
          ...middle,
          0x62,
          0x63,
          0x64,
          0x65,
        ]);
        const buffer = new Uint8Array(bytes.length + offset);
        buffer.set(bytes, offset);
        const view = buffer.subarray(offset);
        return isWellFormedUtf8(view) === decodes(view);
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });

  it('accepts real text and refuses it cut inside a character', () => {
    const text = 'Kupang – Ashmore, Sri Lanka — Cocos: آسترالیا · 澳大利亚 · 🚢 ok';
    const bytes = new TextEncoder().encode(text);
    expect(isWellFormedUtf8(bytes)).toBe(true);
    for (let end = 0; end <= bytes.length; end++) {
      const cut = bytes.subarray(0, end);
      expect(isWellFormedUtf8(cut)).toBe(decodes(cut));
    }
  });

  it('gives decodeText’s file errors', () => {
    const latin1 = new Uint8Array([0x61, 0xe9, 0x62]);
    expect(checkUtf8Bytes(latin1)).toEqual({ code: 'not-utf8', value: '' });
    expect(decodeText(latin1)).toEqual({ ok: false, error: { code: 'not-utf8', value: '' } });
    expect(checkUtf8Bytes(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
      code: 'utf16-encoding',
      value: '',
    });
    expect(checkUtf8Bytes(new Uint8Array(0))).toEqual({ code: 'file-empty', value: '' });
    expect(checkUtf8Bytes(new Uint8Array(11), 10)).toEqual({ code: 'file-too-large', value: '11/10' });
    expect(checkUtf8Bytes(new TextEncoder().encode('\uFEFFid,date\n1,2012-01-01\n'))).toBeNull();
  });
});
