import { describe, expect, it } from 'vitest';
import { nationalityName } from './nationality-name';

describe('nationalityName', () => {
  it('names the codes of the demo data in English and Indonesian', () => {
    expect(nationalityName('AFG', 'en')).toBe('Afghanistan');
    expect(nationalityName('LKA', 'en')).toBe('Sri Lanka');
    expect(nationalityName('MMR', 'en')).toContain('Myanmar');
    expect(nationalityName('IRQ', 'id-ID')).toBe('Irak');
    for (const code of ['AFG', 'IRN', 'IRQ', 'LKA', 'MMR', 'PAK', 'SOM', 'BGD', 'VNM', 'IND', 'IDN'])
      expect(nationalityName(code, 'en')).not.toBe(code);
  });

  it('falls back to the code it cannot name', () => {
    expect(nationalityName('UNK', 'en')).toBe('UNK');
    expect(nationalityName('XKX', 'en')).toBe('XKX');
    expect(nationalityName('__proto__', 'en')).toBe('__proto__');
  });
});
