// The ranked charts as view-models: people per nationality on the voyages, departure records per
// embarkation site and interception records per site, each counted with every filter but its own
// dimension (crossfilter), ranked with the top eight and "other". Pure.
import type { ViewMeasure } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { FilterDimension } from '@/domain/filter-dimensions';
import { DEPARTURE_COLOR, INTERCEPTION_COLOR, nationalityColor, type Rgb } from '@/theme/palette';
import { voyageFilters, withoutDimension } from './chart-filters';
import { seriesTotals, siteEntries } from './ranked-entries';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { toRankedRows, type RankedRows } from './to-ranked-rows';

export const RANKED_IDS = ['nationalities', 'embarkation', 'interception'] as const;
export type RankedId = (typeof RANKED_IDS)[number];

export interface RankedView {
  readonly id: RankedId;
  readonly dimension: FilterDimension;
  readonly ranked: RankedRows;
  /** What the bars count. */
  readonly measure: ViewMeasure;
  /** Colour of a bar by its code (dictionary code of the key). */
  readonly colorOf: (code: number) => Rgb;
}

export function makeRankedViews(
  table: EventTable,
  filters: EventFilters,
  measure: ViewMeasure = 'people',
): Readonly<Record<RankedId, RankedView>> {
  const siteNames = table.sites.map((s) => s.name);
  const nationalities = selectAggregatesBy(
    table,
    withoutDimension(voyageFilters(filters), 'nationalities'),
    'nationality',
  );
  const sites = selectAggregatesBy(table, withoutDimension(filters, 'sites'), 'route').sites;
  return {
    nationalities: {
      id: 'nationalities',
      dimension: 'nationalities',
      measure,
      ranked: toRankedRows(seriesTotals(nationalities.series, measure)),
      colorOf: nationalityColor,
    },
    embarkation: {
      id: 'embarkation',
      dimension: 'sites',
      measure,
      ranked: toRankedRows(siteEntries(siteNames, sites, 'departures', measure)),
      colorOf: () => DEPARTURE_COLOR,
    },
    interception: {
      id: 'interception',
      dimension: 'sites',
      measure,
      ranked: toRankedRows(siteEntries(siteNames, sites, 'interceptions', measure)),
      colorOf: () => INTERCEPTION_COLOR,
    },
  };
}
