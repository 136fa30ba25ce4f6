// The time window and the active filters in words, for the headers of exports (CSV, PNG, print).
import {
  epochDayToMonth,
  epochDayToMs,
  formatEpochDay,
  monthOfYear,
  monthToEpochDay,
  monthYear,
  type EpochDay,
  type EpochMonth,
} from '@/domain/epoch-day';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { UNKNOWN_NATIONALITY } from '@/domain/vocabulary';
import type { Formatters } from '@/i18n/translate';
import { FILTER_DIMENSIONS, type FilterDimension } from '@/domain/filter-dimensions';

export interface FilterLine {
  /** The dimension, e.g. "Route". */
  readonly label: string;
  /** Its ticked values, e.g. "Java – Christmas Island, Rote – Ashmore Reef". */
  readonly value: string;
}

export interface FilterWords {
  /** "Jan 2008 – Dec 2014", "May 2012", or "3 Jan 2012 – 9 Feb 2012". */
  readonly window: string;
  /** First and last day, inclusive: "2008-01-01 – 2014-12-31". */
  readonly windowIso: string;
  /** True when no time window is set (the dataset's whole span). */
  readonly wholePeriod: boolean;
  /** One line per filtered dimension, in FILTER_DIMENSIONS order; empty without filters. */
  readonly lines: readonly FilterLine[];
}

type DateWords = Pick<Formatters, 'formatDate' | 'formatMonth'>;

/** Months `first`..`last` inclusive: whole years as "2012" or "2011–2012", else "May 2012 – Jul 2012". */
function monthWords(first: EpochMonth, last: EpochMonth, f: DateWords): string {
  if (monthOfYear(first) === 0 && monthOfYear(last) === 11) {
    const from = monthYear(first);
    const to = monthYear(last);
    return from === to ? String(from) : `${from}–${to}`;
  }
  const month = (m: EpochMonth): string => f.formatMonth(epochDayToMs(monthToEpochDay(m)));
  return first === last ? month(first) : `${month(first)} – ${month(last)}`;
}

/** Words for the half-open days [startDay, endDay): whole months by name, otherwise first and last day. */
function windowWords(startDay: EpochDay, endDay: EpochDay, f: DateWords): string {
  const startMonth = epochDayToMonth(startDay);
  const endMonth = epochDayToMonth(endDay);
  if (
    monthToEpochDay(startMonth) === startDay &&
    monthToEpochDay(endMonth) === endDay &&
    endMonth > startMonth
  )
    return monthWords(startMonth, (endMonth - 1) as EpochMonth, f);
  const last = Math.max(startDay, endDay - 1) as EpochDay;
  return last === startDay
    ? f.formatDate(epochDayToMs(startDay))
    : `${f.formatDate(epochDayToMs(startDay))} – ${f.formatDate(epochDayToMs(last))}`;
}

/** The ticked values of one dimension, named as a person reads them. */
function valueLabels(
  table: EventTable,
  filters: EventFilters,
  dimension: FilterDimension,
  f: Formatters,
): string[] {
  switch (dimension) {
    case 'routes':
      return filters.routes.map((id) => table.routes.find((r) => r.id === id)?.name ?? id);
    case 'nationalities':
      // ISO 3166-1 alpha-3 codes: short, unambiguous, the same in both languages.
      return filters.nationalities.map((code) =>
        code === UNKNOWN_NATIONALITY ? f.t('charts.nationalityUnknown') : code,
      );
    case 'kinds':
      return filters.kinds.map((kind) => f.t(`kind.${kind}`));
    case 'outcomes':
      return filters.outcomes.map((outcome) => f.t(`outcome.${outcome}`));
    case 'sites':
      return [...filters.sites];
  }
}

export function describeFilters(table: EventTable, filters: EventFilters, f: Formatters): FilterWords {
  const range = filters.timeRange;
  const startDay = range ? range.startDay : monthToEpochDay(table.firstMonth);
  const endDay = range
    ? range.endDay
    : monthToEpochDay((table.firstMonth + Math.max(1, table.monthCount)) as EpochMonth);
  const lastDay = Math.max(startDay, endDay - 1) as EpochDay;
  const lines: FilterLine[] = [];
  for (const dimension of FILTER_DIMENSIONS) {
    const values = valueLabels(table, filters, dimension, f);
    if (values.length === 0) continue;
    lines.push({ label: f.t(`filters.dimension.${dimension}`), value: values.join(', ') });
  }
  return {
    window: windowWords(startDay, endDay, f),
    windowIso: `${formatEpochDay(startDay)} – ${formatEpochDay(lastDay)}`,
    wholePeriod: range === null,
    lines,
  };
}

/** All filter lines as one sentence ("Route: A, B; Outcome: Landed"), or `none` when there are none. */
export function filtersSentence(words: FilterWords, none: string): string {
  return words.lines.length === 0 ? none : words.lines.map((l) => `${l.label}: ${l.value}`).join('; ');
}
