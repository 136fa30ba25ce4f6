// monthOfDay must agree with the Date-based epochDayToMonth on every day, before 1970 and far after it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayToMonth, toEpochDay, type EpochDay } from './epoch-day';
import { monthOfDay } from './window-months';

describe('monthOfDay', () => {
  it('matches epochDayToMonth on month edges and leap days', () => {
    const days = [
      toEpochDay(1970, 1, 1),
      toEpochDay(1969, 12, 31),
      toEpochDay(2000, 2, 29),
      toEpochDay(2000, 3, 1),
      toEpochDay(1900, 2, 28),
      toEpochDay(1900, 3, 1),
      toEpochDay(2012, 12, 31),
      toEpochDay(2013, 1, 1),
      toEpochDay(1600, 2, 29),
    ];
    for (const day of days) expect(monthOfDay(day)).toBe(epochDayToMonth(day));
  });

  it('matches epochDayToMonth for any day from year 0100 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay(100, 1, 1), max: toEpochDay(9999, 12, 31) }), (day) => {
        expect(monthOfDay(day as EpochDay)).toBe(epochDayToMonth(day as EpochDay));
      }),
      { numRuns: 5000 },
    );
  });
});
