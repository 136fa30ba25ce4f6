// The headline as a view-model: the figures this dataset can fill under the current filters, and the
// finding the header states ("17,202 people landed in 2012, most via …"). Pure; the header, the embed
// header and tests render it.
import type { EventFilters } from '@/domain/event-filters';
import { NO_FILTERS } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { fillableMeasures } from '@/domain/dataset-measures';
import { OUTCOMES, type Outcome } from '@/domain/vocabulary';
import { selectAggregates, selectAggregatesBy } from '@/state/select-aggregates';

export type HeadlineFigureId =
  'landed-people' | 'landed-boats' | 'outcome-people' | 'deaths' | 'records' | 'people';

export interface HeadlineFigure {
  readonly id: HeadlineFigureId;
  readonly value: number;
  /** For 'outcome-people': the outcomes counted (the outcome filter). */
  readonly outcomes?: readonly Outcome[];
}

export type Finding =
  | { readonly kind: 'landed'; readonly people: number; readonly topRoute: TopRoute | null }
  | { readonly kind: 'outcome'; readonly people: number; readonly outcomes: readonly Outcome[] }
  | { readonly kind: 'deaths'; readonly deaths: number }
  | { readonly kind: 'records'; readonly records: number }
  | { readonly kind: 'empty' };

export interface TopRoute {
  readonly name: string;
  /**
   * The name short enough for the header's one line: the route's own name when short, else its first
   * and last stages ("Quetta → Christmas Island"), words of the data either way.
   */
  readonly shortName: string;
  /** Share (0..1) of the finding's people on this route. */
  readonly share: number;
}

export interface HeadlineView {
  readonly figures: readonly HeadlineFigure[];
  readonly finding: Finding;
  /** "Dead or missing at sea" only when the dataset records no deaths on land. */
  readonly deathsAtSeaOnly: boolean;
}

const LANDED = OUTCOMES.indexOf('landed');
const LOST_ON_LAND = OUTCOMES.indexOf('lost_on_land');

export function makeHeadlineView(table: EventTable, filters: EventFilters): HeadlineView {
  const everything = selectAggregates(table, NO_FILTERS).totals;
  const has = (outcome: number): boolean => (everything.byOutcome[outcome]?.events ?? 0) > 0;
  const deathsAtSeaOnly = !has(LOST_ON_LAND);
  const current = selectAggregates(table, filters).totals;
  const deaths: HeadlineFigure = { id: 'deaths', value: current.all.deaths };

  const landedShown = has(LANDED) && (filters.outcomes.length === 0 || filters.outcomes.includes('landed'));
  if (landedShown) {
    const landed = current.byOutcome[LANDED];
    const people = landed?.people ?? 0;
    return {
      figures: [
        { id: 'landed-people', value: people },
        // No boat figure for a file that records no boats (it would be stuck at 0).
        ...(fillableMeasures(table).has('boats')
          ? [{ id: 'landed-boats', value: landed?.boats ?? 0 } as const]
          : []),
        deaths,
      ],
      finding:
        people > 0
          ? { kind: 'landed', people, topRoute: topLandedRoute(table, filters, people) }
          : { kind: 'empty' },
      deathsAtSeaOnly,
    };
  }
  if (filters.outcomes.length > 0) {
    const people = filters.outcomes.reduce(
      (a, o) => a + (current.byOutcome[OUTCOMES.indexOf(o)]?.people ?? 0),
      0,
    );
    return {
      figures: [{ id: 'outcome-people', value: people, outcomes: filters.outcomes }, deaths],
      finding: people > 0 ? { kind: 'outcome', people, outcomes: filters.outcomes } : { kind: 'empty' },
      deathsAtSeaOnly,
    };
  }
  // Nothing landed in these data (e.g. a record of deaths): what they do count.
  const figures: HeadlineFigure[] = [];
  if (everything.all.deaths > 0) figures.push(deaths);
  figures.push({ id: 'records', value: current.all.events });
  if (everything.all.people > 0) figures.push({ id: 'people', value: current.all.people });
  const finding: Finding =
    current.all.events === 0
      ? { kind: 'empty' }
      : everything.all.deaths > 0
        ? { kind: 'deaths', deaths: current.all.deaths }
        : { kind: 'records', records: current.all.events };
  return { figures, finding, deathsAtSeaOnly };
}

/** The route most of the landed people took (interception records of landed voyages), with its share. */
function topLandedRoute(table: EventTable, filters: EventFilters, people: number): TopRoute | null {
  const flows = selectAggregatesBy(table, { ...filters, outcomes: ['landed'] }, 'route').flows;
  let best = -1;
  flows.forEach((flow, r) => {
    if (flow.people > (flows[best]?.people ?? 0)) best = r;
  });
  const route = table.routes[best];
  const value = flows[best]?.people ?? 0;
  return route && value > 0
    ? { name: route.name, shortName: shortRouteName(route), share: value / people }
    : null;
}

/** Longest route name (characters) the header's finding shows whole. */
const SHORT_ROUTE_NAME_CHARS = 28;

function shortRouteName(route: EventTable['routes'][number]): string {
  const first = route.stages[0]?.name;
  const last = route.stages[route.stages.length - 1]?.name;
  if (route.name.length <= SHORT_ROUTE_NAME_CHARS || first === undefined || last === undefined)
    return route.name;
  return first === last ? route.name : `${first} → ${last}`;
}
