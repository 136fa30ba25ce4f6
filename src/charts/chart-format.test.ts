import { describe, expect, it } from 'vitest';
import { createFormatters } from '@/i18n/translate';
import { formatShare, formatSigned } from './chart-format';

const en = createFormatters('en').formatNumber;
const id = createFormatters('id').formatNumber;

describe('chart number formats', () => {
  it('writes shares as whole percentages', () => {
    expect(formatShare(0.6234, en)).toBe('62%');
    expect(formatShare(1, en)).toBe('100%');
    expect(formatShare(0, en)).toBe('0%');
    expect(formatShare(0.001, en)).toBe('<1%');
  });

  it('writes signed changes with the locale grouping', () => {
    expect(formatSigned(1234, en)).toBe('+1,234');
    expect(formatSigned(-1234, id)).toBe('−1.234');
    expect(formatSigned(0.2, en)).toBe('0');
  });
});
