// Whole-day calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, for placing synthetic events in time.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD`; throws if the date does not exist. */
export function isoToDayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`date does not exist: ${iso}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The ISO date `days` days before `iso`. */
export function isoMinusDays(iso: string, days: number): string {
  return dayNumberToIso(isoToDayNumber(iso) - days);
}

/** True when `iso` (a day or a month) lies in [from, to] (both `YYYY-MM-DD`); a month counts by its first day. */
export function isoInRange(iso: string, from: string, to: string): boolean {
  const day = iso.length === 7 ? `${iso}-01` : iso;
  return day >= from && day <= to;
}
