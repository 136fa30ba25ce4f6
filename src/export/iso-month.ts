// ISO `YYYY-MM` of an epoch month (UTC).
import { formatEpochDay, monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';

export function isoMonth(month: EpochMonth): string {
  return formatEpochDay(monthToEpochDay(month)).slice(0, 7);
}
