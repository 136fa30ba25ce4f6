import { describe, expect, it } from 'vitest';
import { isIsoAlpha3, looksLikeAlpha3 } from './iso-alpha3';

describe('isIsoAlpha3', () => {
  it('accepts assigned codes and refuses unassigned, lower-case and other texts', () => {
    for (const code of ['AFG', 'IDN', 'AUS', 'ZWE', 'ABW']) expect(isIsoAlpha3(code)).toBe(true);
    for (const code of ['XXX', 'ZZZ', 'AAA', 'afg', 'Afg', 'AF', 'AFGX', '', 'AF1', 'A G', 'ÀFG'])
      expect(isIsoAlpha3(code)).toBe(false);
  });

  it('is looksLikeAlpha3 narrowed to the assigned codes (every three-letter text checked)', () => {
    let assigned = 0;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters)
      for (const b of letters)
        for (const c of letters) {
          const code = a + b + c;
          expect(looksLikeAlpha3(code)).toBe(true);
          if (isIsoAlpha3(code)) assigned++;
        }
    // ISO 3166-1 has 249 officially assigned codes.
    expect(assigned).toBe(249);
  });
});
