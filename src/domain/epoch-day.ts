// Calendar arithmetic in UTC on whole days and months; no Date objects in hot paths, no local time anywhere.
import type { Brand } from '@/lib/brand';

/** Days since 1970-01-01 (UTC). */
export type EpochDay = Brand<number, 'EpochDay'>;
/** Months since 1970-01 (UTC): 1970-01 is 0, 1971-01 is 12. */
export type EpochMonth = Brand<number, 'EpochMonth'>;

const MS_PER_DAY = 86_400_000;

/** Epoch day of a valid calendar date, or NaN when the date does not exist (e.g. 2013-02-30). */
export function toEpochDay(year: number, month1: number, day: number): EpochDay {
  const ms = Date.UTC(year, month1 - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month1 - 1 || check.getUTCDate() !== day) {
    return NaN as EpochDay;
  }
  return Math.round(ms / MS_PER_DAY) as EpochDay;
}

export function epochDayToMonth(day: EpochDay): EpochMonth {
  const d = new Date(day * MS_PER_DAY);
  return ((d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth()) as EpochMonth;
}

/** First day of an epoch month. */
export function monthToEpochDay(month: EpochMonth): EpochDay {
  const year = 1970 + Math.floor(month / 12);
  const m0 = month - (year - 1970) * 12;
  return Math.round(Date.UTC(year, m0, 1) / MS_PER_DAY) as EpochDay;
}

export function monthYear(month: EpochMonth): number {
  return 1970 + Math.floor(month / 12);
}

/** 0-based month of year (0 = January). */
export function monthOfYear(month: EpochMonth): number {
  return month - (monthYear(month) - 1970) * 12;
}

/** ISO `YYYY-MM-DD` of an epoch day (UTC). */
export function formatEpochDay(day: EpochDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Epoch day of an ISO `YYYY-MM-DD` string, or NaN. */
export function parseIsoDay(text: string): EpochDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return NaN as EpochDay;
  return toEpochDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function epochDayToMs(day: EpochDay): number {
  return day * MS_PER_DAY;
}
