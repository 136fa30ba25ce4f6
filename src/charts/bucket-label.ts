// Labels of time buckets: "May 2012", "Q2 2012" / "K2 2012", "2012".
import { epochDayToMs, monthOfYear, monthToEpochDay, monthYear, type EpochMonth } from '@/domain/epoch-day';
import type { Granularity } from '@/domain/time-buckets';
import type { Formatters } from '@/i18n/translate';

export function bucketLabel(
  startMonth: EpochMonth,
  granularity: Granularity,
  f: Pick<Formatters, 't' | 'formatMonth'>,
): string {
  switch (granularity) {
    case 'month':
      return f.formatMonth(epochDayToMs(monthToEpochDay(startMonth)));
    case 'quarter':
      return f.t('charts.quarter', {
        quarter: String(Math.floor(monthOfYear(startMonth) / 3) + 1),
        year: String(monthYear(startMonth)),
      });
    case 'year':
      return String(monthYear(startMonth));
  }
}
