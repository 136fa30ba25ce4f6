// Filters tab: a checkbox list per dimension (routes, nationalities, kinds, outcomes, sites) with the
// people of each value in the current period beside it. Counts apply every filter but the dimension's
// own (as crossfilter does), so ticking a value never hides the others. Long lists have a search box.
import { useMemo, useState } from 'react';
import { outcomeColor, routeColor, cssRgb } from '@/theme/palette';
import { withoutDimension } from '@/charts/chart-filters';
import { countSplit, dimensionValues, optionCounts } from '@/charts/filter-counts';
import { FilterChips } from '@/charts/filter-chips';
import { filterValueLabel } from '@/charts/filter-value-label';
import { selectAggregatesBy } from '@/state/select-aggregates';
import { toggleFilter } from '@/charts/toggle-filter';
import { useLabelContext } from '@/charts/use-label-context';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { FILTER_DIMENSIONS, type FilterDimension } from '@/domain/filter-dimensions';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import '@/charts/charts.css';

/** Lists long enough to need a search box, ordered by count rather than by code. */
const LONG_LISTS: ReadonlySet<FilterDimension> = new Set(['nationalities', 'sites']);

export function FiltersPanel(): React.JSX.Element {
  const { t } = useI18n();
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
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

interface Option {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly color: string | null;
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
  const { t, formatNumber, language } = useI18n();
  const ctx = useLabelContext(table);
  const ticked: readonly string[] = useAppStore((s) => s.filters[dimension]);
  const [query, setQuery] = useState('');
  const long = LONG_LISTS.has(dimension);

  const aggregates = selectAggregatesBy(table, withoutDimension(filters, dimension), countSplit(dimension));
  const options = useMemo((): Option[] => {
    const counts = optionCounts(aggregates, dimension);
    const list = dimensionValues(table, dimension).map((value, code) => ({
      value,
      label: filterValueLabel(dimension, value, ctx),
      count: counts[code] ?? 0,
      color:
        dimension === 'routes'
          ? cssRgb(routeColor(code))
          : dimension === 'outcomes'
            ? cssRgb(outcomeColor(code))
            : null,
    }));
    return long ? list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)) : list;
  }, [aggregates, dimension, table, ctx, long]);

  const needle = query.trim().toLocaleLowerCase(language);
  const shown =
    needle === ''
      ? options
      : options.filter(
          (o) =>
            o.label.toLocaleLowerCase(language).includes(needle) ||
            o.value.toLocaleLowerCase(language).includes(needle),
        );
  const title = t(`filters.title.${dimension}`);

  return (
    <fieldset className="filter-group" data-testid={`filter-group-${dimension}`}>
      <legend>
        {title}{' '}
        {ticked.length > 0 && (
          <span className="filter-group-ticked">({t('filters.selected', { count: ticked.length })})</span>
        )}
      </legend>
      <div className="filter-group-tools">
        {long && (
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
      <ul className={long ? 'filter-options is-long' : 'filter-options'}>
        {shown.map((option) => (
          <li key={option.value}>
            <label className={option.count === 0 ? 'is-empty' : undefined}>
              <input
                type="checkbox"
                checked={ticked.includes(option.value)}
                onChange={() => toggleFilter(dimension, option.value)}
                data-testid={`filter-option-${dimension}-${option.value}`}
              />
              {option.color !== null && (
                <i className="swatch" style={{ background: option.color }} aria-hidden="true" />
              )}
              <span className="filter-option-label">{option.label}</span>
              <span className="filter-option-count" title={t('filters.countLabel', { value: option.count })}>
                {formatNumber(option.count)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="filter-no-match">{t('filters.noMatch', { query })}</p>}
    </fieldset>
  );
}
