// The interaction sequence every implementation replays, per data shape (see bench/README.md):
//   1. first: a 12-month window from the unfiltered state;
//   2. month slides: the 12-month window moved one month at a time over the whole span, with a route and a
//      nationality filter toggled on and off at four positions;
//   3. day drags: three windows (365, 90 and 730 days, starting mid-month) dragged by one day for 40 steps
//      each, so both edges sit in partial months and cross month boundaries; a jump to each drag's start
//      (a click on the timeline), and one route and one nationality toggle in the middle of two drags.
import { monthToEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { BENCH_SHAPES, type BenchShape } from './synthetic-events';

export type StepKind = 'first' | 'month-slide' | 'day-slide' | 'jump' | 'toggle';
export const STEP_KINDS: readonly StepKind[] = ['first', 'month-slide', 'day-slide', 'jump', 'toggle'];

export interface InteractionStep {
  readonly label: string;
  readonly kind: StepKind;
  readonly filters: EventFilters;
}

export const WINDOW_MONTHS = 12;
/** Window offsets (as a share of the slide count) after which a toggle pair is inserted: 12, 30, 52, 66 of 73. */
const TOGGLE_AT = [12 / 73, 30 / 73, 52 / 73, 66 / 73];
const DRAG_STEPS = 40;
/** The day drags: where the window starts (share of the span, day of month), its length, its direction. */
const DRAGS = [
  { at: 0.25, dayOfMonth: 17, days: 365, direction: 1, toggle: 'route' as const },
  { at: 0.55, dayOfMonth: 9, days: 90, direction: -1, toggle: 'nationality' as const },
  { at: 0.75, dayOfMonth: 23, days: 730, direction: 1, toggle: null },
];

function dayLabel(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function firstMonthOf(shape: BenchShape): EpochMonth {
  return ((shape.firstYear - 1970) * 12) as EpochMonth;
}

/** Filters for the `months`-month window starting `offset` months after the shape's first month. */
export function windowFilters(offset: number, shape: BenchShape = BENCH_SHAPES.demo, months = WINDOW_MONTHS) {
  const start = (firstMonthOf(shape) + offset) as EpochMonth;
  return dayWindow(monthToEpochDay(start), monthToEpochDay((start + months) as EpochMonth));
}

function dayWindow(startDay: number, endDay: number): EventFilters {
  return { ...NO_FILTERS, timeRange: { startDay: startDay as EpochDay, endDay: endDay as EpochDay } };
}

function toggled(
  steps: InteractionStep[],
  base: EventFilters,
  label: string,
  what: 'route' | 'nationality',
  shape: BenchShape,
): void {
  const on: EventFilters =
    what === 'route'
      ? { ...base, routes: [shape.toggleRoute] }
      : { ...base, nationalities: [shape.toggleNationality] };
  const name = what === 'route' ? `route ${shape.toggleRoute}` : `nat ${shape.toggleNationality}`;
  steps.push({ label: `${label} +${name}`, kind: 'toggle', filters: on });
  steps.push({ label: `${label} -${name}`, kind: 'toggle', filters: base });
}

export function buildInteractionSteps(shape: BenchShape = BENCH_SHAPES.demo): InteractionStep[] {
  const steps: InteractionStep[] = [];
  const windows = shape.months - WINDOW_MONTHS + 1;
  const toggleAt = new Map(
    TOGGLE_AT.map((f, i) => [Math.round(f * windows), i % 2 === 0 ? 'route' : 'nationality'] as const),
  );
  for (let offset = 0; offset < windows; offset++) {
    const base = windowFilters(offset, shape);
    const range = base.timeRange;
    const label = range ? `${dayLabel(range.startDay)}..${dayLabel(range.endDay)}` : 'all';
    steps.push({ label, kind: offset === 0 ? 'first' : 'month-slide', filters: base });
    const toggle = toggleAt.get(offset);
    if (toggle !== undefined) toggled(steps, base, label, toggle, shape);
  }
  const first = monthToEpochDay(firstMonthOf(shape));
  for (const drag of DRAGS) {
    const month = (firstMonthOf(shape) + Math.round(drag.at * (shape.months - 24))) as EpochMonth;
    const start0 = monthToEpochDay(month) + drag.dayOfMonth - 1;
    for (let s = 0; s <= DRAG_STEPS; s++) {
      const start = Math.max(first, start0 + drag.direction * s);
      const base = dayWindow(start, start + drag.days);
      const label = `${dayLabel(start)}..${dayLabel(start + drag.days)} (${drag.days} d)`;
      steps.push({ label, kind: s === 0 ? 'jump' : 'day-slide', filters: base });
      if (drag.toggle !== null && s === DRAG_STEPS / 2) toggled(steps, base, label, drag.toggle, shape);
    }
  }
  return steps;
}
