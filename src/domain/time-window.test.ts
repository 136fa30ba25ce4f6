import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay, type EpochMonth } from './epoch-day';
import {
  advancePlayback,
  rangeFromWindow,
  resizeWindow,
  shiftWindow,
  windowFromRange,
  type MonthWindow,
} from './time-window';

const m = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));
const w = (from: string, to: string): MonthWindow => ({ startMonth: m(from), endMonth: m(to) });
const bounds = w('2008-01', '2015-01'); // Jan 2008 .. Dec 2014

describe('month windows', () => {
  it('convert to and from half-open UTC day ranges', () => {
    const year2012 = w('2012-01', '2013-01');
    expect(rangeFromWindow(year2012)).toEqual({
      startDay: parseIsoDay('2012-01-01'),
      endDay: parseIsoDay('2013-01-01'),
    });
    expect(windowFromRange(rangeFromWindow(year2012), bounds)).toEqual(year2012);
    // A range ending mid-month still covers that month.
    expect(
      windowFromRange({ startDay: parseIsoDay('2012-03-15'), endDay: parseIsoDay('2012-05-02') }, bounds),
    ).toEqual(w('2012-03', '2012-06'));
    expect(windowFromRange(null, bounds)).toEqual(bounds);
  });

  it('shift keeping their length and stay inside the data', () => {
    expect(shiftWindow(w('2012-01', '2013-01'), 3, bounds)).toEqual(w('2012-04', '2013-04'));
    expect(shiftWindow(w('2014-01', '2015-01'), 1, bounds)).toEqual(w('2014-01', '2015-01'));
    expect(shiftWindow(w('2008-03', '2008-06'), -12, bounds)).toEqual(w('2008-01', '2008-04'));
  });

  it('resize one edge, never below the minimum length nor past the data', () => {
    expect(resizeWindow(w('2012-01', '2013-01'), 'end', 6, bounds)).toEqual(w('2012-01', '2013-07'));
    expect(resizeWindow(w('2012-01', '2012-03'), 'start', 5, bounds)).toEqual(w('2012-02', '2012-03'));
    expect(resizeWindow(w('2014-01', '2014-12'), 'end', 5, bounds)).toEqual(w('2014-01', '2015-01'));
  });
});

describe('playback', () => {
  it('slides a moving window and grows a cumulative one', () => {
    expect(advancePlayback(w('2010-01', '2011-01'), 1, 'moving', bounds, false).window).toEqual(
      w('2010-02', '2011-02'),
    );
    expect(advancePlayback(w('2010-01', '2011-01'), 3, 'cumulative', bounds, false).window).toEqual(
      w('2010-01', '2011-04'),
    );
  });

  it('finishes at the end of the data, or loops back to the start', () => {
    const last = w('2014-01', '2015-01');
    expect(advancePlayback(last, 1, 'moving', bounds, false)).toEqual({ window: last, finished: true });
    expect(advancePlayback(last, 1, 'moving', bounds, true)).toEqual({
      window: w('2008-01', '2009-01'),
      finished: false,
    });
    expect(advancePlayback(w('2008-01', '2015-01'), 1, 'cumulative', bounds, true).window).toEqual(
      w('2008-01', '2008-02'),
    );
  });
});
