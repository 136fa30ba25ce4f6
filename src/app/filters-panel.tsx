// Filters tab: a checkbox list per dimension (routes, nationalities, kinds, outcomes, sites) with the
// people of each value in the current period beside it. Counts apply every filter but the dimension's
// own (as crossfilter does), so ticking a value never hides the others. Long lists have a search box and
// are virtualised: only the rows in view are in the DOM (5,000 sites cost what 30 do), and labels, search
// text and the alphabetical order are prepared once per table and language (charts/filter-option-list.ts).
import { useMemo, useState } from 'react';
import { withoutDimension } from '@/charts/chart-filters';
import { countSplit, optionCounts } from '@/charts/filter-counts';
import {
  orderOptions,
  searchOptions,
  selectOptionLabels,
  type OptionLabels,
} from '@/charts/filter-option-list';
import { FilterChips } from '@/charts/filter-chips';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { toggleFilter } from '@/charts/toggle-filter';
import { useLabelContext } from '@/charts/use-label-context';
import { useShownDataset } from '@/charts/use-shown-dataset';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { FILTER_DIMENSIONS, type FilterDimension } from '@/domain/filter-dimensions';
import { useAppStore } from '@/state/store';
import { VirtualList } from '@/ui/virtual-list';
import '@/charts/charts.css';

/** Lists ordered by count rather than by code, with a search box whatever their length. */
const LONG_LISTS: ReadonlySet<FilterDimension> = new Set(['nationalities', 'sites']);
/** From this many values a list is virtualised and gets a search box (200 routes, 150 nationalities). */
const VIRTUAL_FROM_ROWS = 60;
/** One option row, px (one line; the CSS of `.filter-options.is-virtual` holds it to this). */
const ROW_HEIGHT_PX = 24;
/** Height of a virtualised list, px: nine rows. */
const LIST_HEIGHT_PX = 9 * ROW_HEIGHT_PX;

export function FiltersPanel(): React.JSX.Element {
  const { t } = useI18n();
  const { table, filters } = useShownDataset();
  return (
    <div className="filters-panel" data-testid="filters-panel">
      {table && (
        <>
          <FilterChips table={table} />
          <p className="filters-hint">{t('filters.hint')}</p>
          {FILTER_DIMENSIONS.map((dimension) => (
            <DimensionFilter key={dimension} table={table} filters={filters} dimension={dimension} />
          ))}
        </>
      )}
    </div>
  );
}

interface OptionRowProps {
  readonly labels: OptionLabels;
  readonly code: number;
  readonly count: number;
  readonly checked: boolean;
}

function OptionRow({ labels, code, count, checked }: OptionRowProps): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const value = labels.values[code] ?? '';
  const label = labels.labels[code] ?? value;
  const color = labels.colors[code] ?? null;
  return (
    <label className={count === 0 ? 'is-empty' : undefined}>
      <input
        type="checkbox"
        checked={checked}
        onChange={() => toggleFilter(labels.dimension, value)}
        data-testid={`filter-option-${labels.dimension}-${value}`}
      />
      {color !== null && <i className="swatch" style={{ background: color }} aria-hidden="true" />}
      <span className="filter-option-label" title={label}>
        {label}
      </span>
      <span className="filter-option-count" title={t('filters.countLabel', { value: count })}>
        {formatNumber(count)}
      </span>
    </label>
  );
}

function DimensionFilter({
  table,
  filters,
  dimension,
}: {
  readonly table: EventTable;
  readonly filters: EventFilters;
  readonly dimension: FilterDimension;
}): React.JSX.Element {
  const { t, language } = useI18n();
  const ctx = useLabelContext(table);
  const ticked: readonly string[] = useAppStore((s) => s.filters[dimension]);
  const [query, setQuery] = useState('');
  const labels = selectOptionLabels(table, dimension, ctx);
  const virtual = labels.values.length >= VIRTUAL_FROM_ROWS;
  const searchable = virtual || LONG_LISTS.has(dimension);

  const aggregates = selectAggregatesBy(table, withoutDimension(filters, dimension), countSplit(dimension));
  const counts = useMemo(() => optionCounts(table, aggregates, dimension), [table, aggregates, dimension]);
  const order = useMemo(
    () => orderOptions(labels, counts, LONG_LISTS.has(dimension)),
    [labels, counts, dimension],
  );
  const shown = useMemo(
    () => Array.from(searchOptions(labels, order, query, ctx.locale)),
    [labels, order, query, ctx],
  );
  const tickedSet = useMemo(() => new Set(ticked), [ticked]);
  const title = t(`filters.title.${dimension}`);
  const row = (code: number): React.JSX.Element => (
    <OptionRow
      labels={labels}
      code={code}
      count={counts[code] ?? 0}
      checked={tickedSet.has(labels.values[code] ?? '')}
    />
  );

  return (
    <fieldset className="filter-group" data-testid={`filter-group-${dimension}`}>
      <legend>
        {title}{' '}
        {ticked.length > 0 && (
          <span className="filter-group-ticked">({t('filters.selected', { count: ticked.length })})</span>
        )}
      </legend>
      <div className="filter-group-tools">
        {searchable && (
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('filters.search', { dimension: title.toLocaleLowerCase(language) })}
            aria-label={t('filters.search', { dimension: title.toLocaleLowerCase(language) })}
            data-testid={`filter-search-${dimension}`}
          />
        )}
        <button
          type="button"
          onClick={() => useAppStore.getState().setFilterValues(dimension, [])}
          disabled={ticked.length === 0}
          aria-label={t('filters.clearLabel', { dimension: title })}
          data-testid={`filter-clear-${dimension}`}
        >
          {t('filters.clear')}
        </button>
      </div>
      {virtual ? (
        <VirtualList
          items={shown}
          getKey={(code) => labels.values[code] ?? String(code)}
          renderRow={row}
          rowHeightPx={ROW_HEIGHT_PX}
          maxHeightPx={LIST_HEIGHT_PX}
          className="filter-options is-virtual"
          label={title}
        />
      ) : (
        <ul className={searchable ? 'filter-options is-long' : 'filter-options'}>
          {shown.map((code) => (
            <li key={labels.values[code] ?? code}>{row(code)}</li>
          ))}
        </ul>
      )}
      {shown.length === 0 && <p className="filter-no-match">{t('filters.noMatch', { query })}</p>}
    </fieldset>
  );
}
