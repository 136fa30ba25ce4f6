// Previous periods of labelled UTC windows over data that start in January 2008.
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import type { DayRange } from '@/domain/event-filters';
import { previousWindow, type DataCoverage } from './previous-window';

const day = (iso: string): EpochDay => parseIsoDay(iso);
const range = (from: string, to: string): DayRange => ({ startDay: day(from), endDay: day(to) });
const dayPrecision: DataCoverage = { startDay: day('2008-01-01'), hasMonthPrecision: false };
const monthPrecision: DataCoverage = { startDay: day('2008-01-01'), hasMonthPrecision: true };

describe('previousWindow', () => {
  it('has nothing to compare with when no window is set (whole period) or the window is empty', () => {
    expect(previousWindow(null, dayPrecision)).toEqual({ kind: 'none' });
    expect(previousWindow(range('2012-05-01', '2012-05-01'), dayPrecision)).toEqual({ kind: 'none' });
  });

  it('steps a calendar year back to the previous calendar year', () => {
    expect(previousWindow(range('2012-01-01', '2013-01-01'), dayPrecision)).toEqual({
      kind: 'comparable',
      range: range('2011-01-01', '2012-01-01'),
      approximate: false,
    });
  });

  it('steps month-aligned windows back by whole months, not days (Mar–Apr → Jan–Feb, not Dec 30 – Feb)', () => {
    // 61 days; a day-based step would start on 2011-12-31 and cut January's month-precision records.
    expect(previousWindow(range('2012-03-01', '2012-05-01'), monthPrecision)).toEqual({
      kind: 'comparable',
      range: range('2012-01-01', '2012-03-01'),
      approximate: false,
    });
  });

  it('steps day windows back by their length in days', () => {
    expect(previousWindow(range('2012-05-15', '2012-06-15'), dayPrecision)).toEqual({
      kind: 'comparable',
      range: range('2012-04-14', '2012-05-15'),
      approximate: false,
    });
  });

  it('calls a day window over month-precision records approximate (they sit on the 1st)', () => {
    expect(previousWindow(range('2012-05-15', '2012-06-15'), monthPrecision)).toEqual({
      kind: 'comparable',
      range: range('2012-04-14', '2012-05-15'),
      approximate: true,
    });
  });

  it('says "no earlier data" for a window at the start of the data (previous period wholly empty)', () => {
    expect(previousWindow(range('2008-01-01', '2009-01-01'), dayPrecision)).toEqual({
      kind: 'no-earlier-data',
      range: range('2007-01-01', '2008-01-01'),
    });
  });

  it('says "no earlier data" when the previous period is only partly covered', () => {
    // Jul 2008 – Jun 2009: the previous twelve months start in July 2007, before the data.
    expect(previousWindow(range('2008-07-01', '2009-07-01'), monthPrecision).kind).toBe('no-earlier-data');
    // A day window whose previous period starts on 2007-12-27.
    expect(previousWindow(range('2008-01-20', '2008-02-13'), dayPrecision).kind).toBe('no-earlier-data');
  });

  it('compares a window whose previous period starts exactly on the first day of the data', () => {
    expect(previousWindow(range('2009-01-01', '2010-01-01'), monthPrecision)).toEqual({
      kind: 'comparable',
      range: range('2008-01-01', '2009-01-01'),
      approximate: false,
    });
  });
});
