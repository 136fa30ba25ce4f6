import { describe, expect, it } from 'vitest';
import { epochDayToMonth, parseIsoDay, type EpochDay, type EpochMonth } from '../epoch-day';
import { compareFigures, comparePeriods } from './compare-periods';
import {
  beforeAfterDate,
  beforeAfterMonth,
  dayYearEarlier,
  sameDaysYearEarlier,
  sameMonthsYearEarlier,
} from './period-presets';

const day = (iso: string): EpochDay => parseIsoDay(iso);
const month = (iso: string): EpochMonth => epochDayToMonth(parseIsoDay(`${iso}-01`));

describe('compareFigures', () => {
  it('gives difference and percent change, B against A', () => {
    expect(compareFigures(200, 250)).toEqual({
      a: 200,
      b: 250,
      difference: 50,
      percentChange: 25,
      change: 'up',
    });
    expect(compareFigures(80, 60)).toEqual({
      a: 80,
      b: 60,
      difference: -20,
      percentChange: -25,
      change: 'down',
    });
    expect(compareFigures(7, 7)).toMatchObject({ difference: 0, percentChange: 0, change: 'same' });
  });

  it('says new, gone or none instead of dividing by zero', () => {
    expect(compareFigures(0, 12)).toEqual({
      a: 0,
      b: 12,
      difference: 12,
      percentChange: null,
      change: 'new',
    });
    expect(compareFigures(12, 0)).toEqual({
      a: 12,
      b: 0,
      difference: -12,
      percentChange: -100,
      change: 'gone',
    });
    expect(compareFigures(0, 0)).toEqual({ a: 0, b: 0, difference: 0, percentChange: null, change: 'none' });
  });

  it('rejects values that are not counts', () => {
    expect(() => compareFigures(-1, 3)).toThrow(/A must be a finite count/);
    expect(() => compareFigures(1, Number.NaN)).toThrow(/B must be/);
  });
});

describe('comparePeriods: per-key totals ranked', () => {
  // Sites (people) in period A and B. Hand-computed:
  //   Kupang 100 → 150 (+50, +50 %), Rote 40 → 10 (−30, −75 %), Ashmore 5 → 15 (+10, +200 %),
  //   Christmas Is. 0 → 70 (new), Merauke 25 → 0 (gone), Darwin 3 → 3 (same), Ende 0.5 → 2 (+300 % on a tiny base).
  const a = new Map([
    ['Kupang', 100],
    ['Rote', 40],
    ['Ashmore', 5],
    ['Merauke', 25],
    ['Darwin', 3],
    ['Ende', 0.5],
  ]);
  const b: [string, number][] = [
    ['Kupang', 150],
    ['Rote', 10],
    ['Ashmore', 15],
    ['Christmas Is.', 70],
    ['Darwin', 3],
    ['Ende', 2],
  ];
  const c = comparePeriods(a, b);

  it('lists every key of either period once', () => {
    expect(c.rows.map((r) => r.key)).toEqual([
      'Ashmore',
      'Christmas Is.',
      'Darwin',
      'Ende',
      'Kupang',
      'Merauke',
      'Rote',
    ]);
  });

  it('ranks what appeared and disappeared by size', () => {
    expect(c.appeared.map((r) => [r.key, r.b])).toEqual([['Christmas Is.', 70]]);
    expect(c.disappeared.map((r) => [r.key, r.a])).toEqual([['Merauke', 25]]);
  });

  it('ranks the largest changes in absolute and in relative terms', () => {
    expect(c.largestAbsolute.map((r) => [r.key, r.difference])).toEqual([
      ['Kupang', 50],
      ['Rote', -30],
      ['Ashmore', 10],
      ['Ende', 1.5],
    ]);
    // Ende (base 0.5 < minBase 1) is left out of the relative ranking; unchanged Darwin is in neither.
    expect(c.largestRelative.map((r) => [r.key, r.percentChange])).toEqual([
      ['Ashmore', 200],
      ['Rote', -75],
      ['Kupang', 50],
    ]);
  });

  it('adds up a key given twice, honours the limit, and breaks ties by key', () => {
    const twice = comparePeriods(
      [
        ['x', 1],
        ['x', 2],
      ],
      [['x', 6]],
    );
    expect(twice.rows[0]).toMatchObject({ key: 'x', a: 3, b: 6, percentChange: 100 });
    const ties = comparePeriods(
      new Map([
        ['b', 10],
        ['a', 10],
        ['c', 10],
      ]),
      new Map([
        ['b', 20],
        ['a', 20],
        ['c', 20],
      ]),
      { limit: 2 },
    );
    expect(ties.largestAbsolute.map((r) => r.key)).toEqual(['a', 'b']);
  });

  it('names the bad value', () => {
    expect(() => comparePeriods([['Rote', -4]], [])).toThrow(/A value of "Rote"/);
  });
});

describe('period presets', () => {
  it('same months a year earlier', () => {
    const b = { startMonth: month('2013-03'), endMonth: month('2013-07') };
    expect(sameMonthsYearEarlier(b)).toEqual({
      a: { startMonth: month('2012-03'), endMonth: month('2012-07') },
      b,
    });
  });

  it('same days a year earlier, with 29 February as the day after 28 February', () => {
    expect(dayYearEarlier(day('2013-07-15'))).toBe(day('2012-07-15'));
    expect(dayYearEarlier(day('2016-02-29'))).toBe(day('2015-03-01'));
    const b = { startDay: day('2016-02-01'), endDay: day('2016-03-01') };
    expect(sameDaysYearEarlier(b).a).toEqual({ startDay: day('2015-02-01'), endDay: day('2015-03-01') });
  });

  it('before / after a date, equal lengths, shrunk to the data', () => {
    expect(beforeAfterDate(day('2013-07-19'), 30)).toEqual({
      a: { startDay: day('2013-06-19'), endDay: day('2013-07-19') },
      b: { startDay: day('2013-07-19'), endDay: day('2013-08-18') },
      lengthDays: 30,
    });
    const bounds = { startDay: day('2013-07-01'), endDay: day('2014-01-01') };
    expect(beforeAfterDate(day('2013-07-19'), 90, bounds)?.lengthDays).toBe(18);
    expect(beforeAfterDate(day('2013-07-01'), 90, bounds)).toBeNull();
  });

  it('before / after in months from a date inside a month', () => {
    const bounds = { startMonth: month('2010-01'), endMonth: month('2015-01') };
    expect(beforeAfterMonth(day('2013-07-19'), 6, bounds)).toEqual({
      a: { startMonth: month('2013-01'), endMonth: month('2013-07') },
      b: { startMonth: month('2013-07'), endMonth: month('2014-01') },
      lengthMonths: 6,
    });
    expect(beforeAfterMonth(day('2014-10-02'), 6, bounds)?.lengthMonths).toBe(3);
  });
});
