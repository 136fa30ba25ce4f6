import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay } from '@/domain/epoch-day';
import { createFormatters } from '@/i18n/translate';
import { periodLabel } from './period-label';

const en = createFormatters('en');
const id = createFormatters('id');
const day = parseIsoDay;
const span = { firstMonth: epochDayToMonth(day('2008-01-01')), monthCount: 84 }; // 2008–2014
const range = (
  from: string,
  to: string,
): { startDay: ReturnType<typeof day>; endDay: ReturnType<typeof day> } => ({
  startDay: day(from),
  endDay: day(to),
});

describe('periodLabel', () => {
  it('names whole calendar years by their years', () => {
    expect(periodLabel(null, span, en)).toBe('2008–2014');
    expect(periodLabel(range('2012-01-01', '2013-01-01'), span, en)).toBe('2012');
    expect(periodLabel(range('2011-01-01', '2013-01-01'), span, en)).toBe('2011–2012');
  });

  it('names other month windows by their first and last month', () => {
    expect(periodLabel(range('2012-05-01', '2012-06-01'), span, en)).toBe('May 2012');
    expect(periodLabel(range('2012-03-01', '2012-07-01'), span, en)).toBe('Mar 2012 – Jun 2012');
    expect(periodLabel(range('2012-05-01', '2012-06-01'), span, id)).toBe('Mei 2012');
  });

  it('names day windows by their first and last day', () => {
    expect(periodLabel(range('2012-05-15', '2012-06-15'), span, en)).toBe('May 15, 2012 – Jun 14, 2012');
  });

  it('names a partial data span by months', () => {
    expect(periodLabel(null, { firstMonth: epochDayToMonth(day('2012-03-01')), monthCount: 2 }, en)).toBe(
      'Mar 2012 – Apr 2012',
    );
  });
});
