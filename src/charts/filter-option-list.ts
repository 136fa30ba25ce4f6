// The options of one Filters-tab list, prepared once per (table, language) and ordered per set of counts:
// labels, search text, swatch colours and an alphabetical rank are computed when the table or the
// language changes, so a filter click or a brush step only re-reads the counts and re-sorts code numbers
// (5,000 sites: a numeric sort, no string comparisons, no label building).
import { orderByValueDescending } from '@/lib/order-by-value';
import { routeSlotOf } from '@/domain/route-groups';
import type { EventTable } from '@/domain/event-table';
import type { FilterDimension } from '@/domain/filter-dimensions';
import { cssRgb, outcomeColor, routeSlotColor } from '@/theme/palette';
import { dimensionValues } from './filter-counts';
import { filterValueLabel, type LabelContext } from './filter-value-label';

export interface OptionLabels {
  readonly dimension: FilterDimension;
  /** The filter value of each code (what the store holds and the data-testid carries). */
  readonly values: readonly string[];
  readonly labels: readonly string[];
  /** Lower-cased label and value, searched by `searchOptions`. */
  readonly haystacks: readonly string[];
  /** Swatch colour per code (routes, outcomes), else null. */
  readonly colors: readonly (string | null)[];
  /** Position of each code when the labels are sorted for the language (ties broken by code). */
  readonly labelRank: Uint32Array;
}

const cache = new WeakMap<EventTable, WeakMap<LabelContext['t'], Map<FilterDimension, OptionLabels>>>();

function buildOptionLabels(table: EventTable, dimension: FilterDimension, ctx: LabelContext): OptionLabels {
  const values = dimensionValues(table, dimension);
  // Routes by code: filterValueLabel looks a route up by id, which is quadratic over 200 routes.
  const labels = values.map((value, code) =>
    dimension === 'routes' ? (table.routes[code]?.name ?? value) : filterValueLabel(dimension, value, ctx),
  );
  const haystacks = labels.map(
    (label, code) =>
      `${label.toLocaleLowerCase(ctx.locale)}\n${(values[code] ?? '').toLocaleLowerCase(ctx.locale)}`,
  );
  const colors = values.map((_, code) =>
    dimension === 'routes'
      ? cssRgb(routeSlotColor(routeSlotOf(ctx.table, code)))
      : dimension === 'outcomes'
        ? cssRgb(outcomeColor(code))
        : null,
  );
  const collator = new Intl.Collator(ctx.locale);
  const byLabel = Array.from(values, (_, code) => code).sort(
    (a, b) => collator.compare(labels[a] ?? '', labels[b] ?? '') || a - b,
  );
  const labelRank = new Uint32Array(values.length);
  byLabel.forEach((code, rank) => {
    labelRank[code] = rank;
  });
  return { dimension, values, labels, haystacks, colors, labelRank };
}

/** The prepared options of `dimension`, cached per table and translation (i.e. per language). */
export function selectOptionLabels(
  table: EventTable,
  dimension: FilterDimension,
  ctx: LabelContext,
): OptionLabels {
  let byT = cache.get(table);
  if (byT === undefined) {
    byT = new WeakMap();
    cache.set(table, byT);
  }
  let byDimension = byT.get(ctx.t);
  if (byDimension === undefined) {
    byDimension = new Map();
    byT.set(ctx.t, byDimension);
  }
  let labels = byDimension.get(dimension);
  if (labels === undefined) {
    labels = buildOptionLabels(table, dimension, ctx);
    byDimension.set(dimension, labels);
  }
  return labels;
}

/**
 * The codes in display order: by count (most first, then alphabetically) when `byCount`, else in code
 * order (the file's order, which routes and the fixed vocabularies keep).
 */
export function orderOptions(labels: OptionLabels, counts: ArrayLike<number>, byCount: boolean): Uint32Array {
  if (!byCount) return Uint32Array.from(labels.values, (_, code) => code);
  const byCode =
    counts.length === labels.values.length
      ? counts
      : Float64Array.from(labels.values, (_, code) => counts[code] ?? 0);
  return orderByValueDescending(byCode, labels.labelRank);
}

/** The codes of `order` whose label or value contains `query` (case-insensitive for `locale`). */
export function searchOptions(
  labels: OptionLabels,
  order: Uint32Array,
  query: string,
  locale: string,
): Uint32Array {
  const needle = query.trim().toLocaleLowerCase(locale);
  if (needle === '') return order;
  return order.filter((code) => (labels.haystacks[code] ?? '').includes(needle));
}
