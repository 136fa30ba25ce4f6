// Active filters as removable chips (one per value, the time window and the map selection) and "Reset all".
import { useShallow } from 'zustand/react/shallow';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { FILTER_DIMENSIONS } from '@/domain/filter-dimensions';
import { useAppStore } from '@/state/store';
import { filterValueLabel } from './filter-value-label';
import { periodLabel } from './period-label';
import { toggleFilter } from './toggle-filter';
import { useLabelContext } from './use-label-context';
import './charts.css';

interface Chip {
  readonly id: string;
  readonly text: string;
  readonly remove: () => void;
}

export function FilterChips({ table }: { readonly table: EventTable }): React.JSX.Element {
  const { t, formatMonth, formatDate } = useI18n();
  const { filters, selection } = useAppStore(
    useShallow((s) => ({ filters: s.filters, selection: s.selection })),
  );
  const ctx = useLabelContext(table);
  const { setTimeRange, clearSelection, resetFilters } = useAppStore.getState();

  const chips: Chip[] = [];
  if (filters.timeRange !== null) {
    chips.push({
      id: 'period',
      text: `${t('charts.chips.period')}: ${periodLabel(filters.timeRange, table, { formatMonth, formatDate })}`,
      remove: () => setTimeRange(null),
    });
  }
  if (selection !== null) {
    const name =
      selection.kind === 'route'
        ? filterValueLabel('routes', selection.id, ctx)
        : filterValueLabel('sites', selection.id, ctx);
    chips.push({
      id: 'selection',
      text: `${t('charts.chips.selection')}: ${name}`,
      remove: clearSelection,
    });
  }
  for (const dimension of FILTER_DIMENSIONS) {
    const values: readonly string[] = filters[dimension];
    for (const value of values) {
      chips.push({
        id: `${dimension}-${value}`,
        text: t('charts.chips.item', {
          dimension: t(`filters.dimension.${dimension}`),
          label: filterValueLabel(dimension, value, ctx),
        }),
        remove: () => toggleFilter(dimension, value),
      });
    }
  }

  return (
    <div className="filter-chips" data-testid="filter-chips">
      {chips.length === 0 ? (
        <p className="filter-chips-none">{t('charts.chips.none')}</p>
      ) : (
        <ul aria-label={t('charts.chips.label')}>
          {chips.map((chip) => (
            <li key={chip.id} className="chip" data-testid={`chip-${chip.id}`}>
              <span>{chip.text}</span>
              <button
                type="button"
                onClick={chip.remove}
                aria-label={t('charts.chips.remove', { label: chip.text })}
                title={t('charts.chips.remove', { label: chip.text })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="reset-filters"
        onClick={resetFilters}
        disabled={chips.length === 0}
        data-testid="reset-filters"
      >
        {t('charts.chips.reset')}
      </button>
    </div>
  );
}
