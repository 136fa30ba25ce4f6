import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { bucketLabel } from './bucket-label';

const may2012 = epochDayToMonth(parseIsoDay('2012-05-01'));

describe('bucketLabel', () => {
  it('names months, quarters and years in both languages', () => {
    const en = createFormatters('en');
    const id = createFormatters('id');
    expect(bucketLabel(may2012, 'month', en)).toBe('May 2012');
    expect(bucketLabel(may2012, 'month', id)).toBe('Mei 2012');
    expect(bucketLabel(may2012, 'quarter', en)).toBe('Q2 2012');
    expect(bucketLabel(may2012, 'quarter', id)).toBe('K2 2012');
    expect(bucketLabel(may2012, 'year', en)).toBe('2012');
  });
});
