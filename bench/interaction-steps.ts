// The interaction sequence every implementation replays: a 12-month window slid month by month over
// 2008-01..2014-12 (73 windows), with a route and a nationality filter toggled on and off at four positions.
import { monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { BENCH_FIRST_YEAR, BENCH_MONTHS } from './synthetic-events';

export interface InteractionStep {
  readonly label: string;
  readonly filters: EventFilters;
}

export const WINDOW_MONTHS = 12;
/** Route and nationality toggled in the sequence. */
export const TOGGLE_ROUTE = 'java-christmas';
export const TOGGLE_NATIONALITY = 'IRN';

const FIRST_MONTH = ((BENCH_FIRST_YEAR - 1970) * 12) as EpochMonth;

function monthLabel(month: number): string {
  return `${1970 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Filters for the 12-month window starting `offset` months after 2008-01 (half-open day range). */
export function windowFilters(offset: number, months = WINDOW_MONTHS): EventFilters {
  const start = (FIRST_MONTH + offset) as EpochMonth;
  return {
    ...NO_FILTERS,
    timeRange: { startDay: monthToEpochDay(start), endDay: monthToEpochDay((start + months) as EpochMonth) },
  };
}

/** 73 window steps + 4 toggles × (on, off) = 81 steps. */
export function buildInteractionSteps(): InteractionStep[] {
  const windows = BENCH_MONTHS - WINDOW_MONTHS + 1;
  // Window offset after which a toggle pair is inserted, and what it toggles.
  const toggles = new Map<number, 'route' | 'nationality'>([
    [12, 'route'],
    [30, 'nationality'],
    [52, 'route'],
    [66, 'nationality'],
  ]);
  const steps: InteractionStep[] = [];
  for (let offset = 0; offset < windows; offset++) {
    const base = windowFilters(offset);
    const label = `${monthLabel(FIRST_MONTH + offset)}..${monthLabel(FIRST_MONTH + offset + WINDOW_MONTHS - 1)}`;
    steps.push({ label, filters: base });
    const toggle = toggles.get(offset);
    if (toggle === 'route') {
      steps.push({ label: `${label} +route ${TOGGLE_ROUTE}`, filters: { ...base, routes: [TOGGLE_ROUTE] } });
      steps.push({ label: `${label} -route`, filters: base });
    } else if (toggle === 'nationality') {
      steps.push({
        label: `${label} +nat ${TOGGLE_NATIONALITY}`,
        filters: { ...base, nationalities: [TOGGLE_NATIONALITY] },
      });
      steps.push({ label: `${label} -nat`, filters: base });
    }
  }
  return steps;
}
