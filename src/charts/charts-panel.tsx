// Overview tab: active filters, key figures with the change against the previous period, the series over
// time, ranked nationalities and sites, and how far people got along each route. Every view reads the same
// effective filters and cross-filters by click; charts get small aggregated arrays only.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { FilterChips } from './filter-chips';
import { nationalityLabel } from './filter-value-label';
import { FlowBreakdown } from './flow-breakdown';
import { KpiCards } from './kpi-cards';
import { periodLabel } from './period-label';
import { RankedSection } from './ranked-section';
import { rankedTitle } from './ranked-title';
import { makeRankedViews } from './ranked-views';
import { SeriesSection } from './series-section';
import { useLabelContext } from './use-label-context';
import { useShownDataset } from './use-shown-dataset';
import './charts.css';

export function ChartsPanel(): React.JSX.Element {
  const { t } = useI18n();
  const { table, filters } = useShownDataset();
  return (
    <div className="charts-panel" data-testid="charts-panel">
      {table && (
        <>
          <FilterChips table={table} />
          <KpiCards table={table} filters={filters} />
          <p className="chart-note chart-hint">{t('charts.clickHint')}</p>
          <SeriesSection table={table} filters={filters} />
          <RankedSections table={table} filters={filters} />
          <FlowBreakdown table={table} filters={filters} />
        </>
      )}
    </div>
  );
}

function RankedSections({
  table,
  filters,
}: {
  readonly table: EventTable;
  readonly filters: EventFilters;
}): React.JSX.Element {
  const { t, formatMonth, formatDate } = useI18n();
  const ctx = useLabelContext(table);
  const period = periodLabel(filters.timeRange, table, { formatMonth, formatDate });
  const measure = useAppStore((s) => s.measure);
  const views = makeRankedViews(table, filters, measure);
  const siteLabel = (name: string): string => name;
  return (
    <>
      <RankedSection
        title={rankedTitle(t, 'nationalities', measure)}
        testId="ranked-nationalities"
        period={period}
        view={views.nationalities}
        ticked={filters.nationalities}
        labelOf={(code, long) => nationalityLabel(code, ctx, !long)}
      />
      <RankedSection
        title={rankedTitle(t, 'embarkation', measure)}
        testId="ranked-embarkation"
        period={period}
        view={views.embarkation}
        ticked={filters.sites}
        labelOf={siteLabel}
      />
      <RankedSection
        title={rankedTitle(t, 'interception', measure)}
        testId="ranked-interception"
        period={period}
        view={views.interception}
        ticked={filters.sites}
        labelOf={siteLabel}
      />
    </>
  );
}
