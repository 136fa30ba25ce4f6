// Key figures of the current filters, each with its change against the previous period of equal length.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MessageKey } from '@/i18n/messages-en';
import { useI18n } from '@/i18n/i18n-context';
import { formatSigned } from './chart-format';
import { withTimeRange } from './chart-filters';
import { dataCoverage } from './data-coverage';
import { KPI_IDS, kpiValues, type KpiId } from './kpi-values';
import { periodChange } from './period-change';
import { periodLabel } from './period-label';
import { previousWindow } from './previous-window';
import { selectChartAggregates } from './select-chart-aggregates';

const KPI_LABELS: Readonly<Record<KpiId, MessageKey>> = {
  'landed-people': 'charts.kpi.landedPeople',
  'landed-boats': 'charts.kpi.landedBoats',
  departures: 'charts.kpi.departures',
  'turned-back': 'charts.kpi.turnedBack',
  disrupted: 'charts.kpi.disrupted',
  rescued: 'charts.kpi.rescued',
  'lost-at-sea': 'charts.kpi.lostAtSea',
  deaths: 'charts.kpi.deaths',
};
const ARROWS = { up: '▲', down: '▼', same: '▬' } as const;

export interface KpiCardsProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
}

export function KpiCards({ table, filters }: KpiCardsProps): React.JSX.Element {
  const { t, formatNumber, formatMonth, formatDate } = useI18n();
  const dates = { formatMonth, formatDate };
  const current = kpiValues(selectChartAggregates(table, filters, 'route'));
  const previous = previousWindow(filters.timeRange, dataCoverage(table));
  const before =
    previous.kind === 'comparable'
      ? kpiValues(selectChartAggregates(table, withTimeRange(filters, previous.range), 'route'))
      : null;

  let compareNote: string;
  switch (previous.kind) {
    case 'none':
      compareNote = t('charts.kpi.wholePeriod');
      break;
    case 'no-earlier-data':
      compareNote = t('charts.kpi.noEarlierData', { period: periodLabel(previous.range, table, dates) });
      break;
    case 'comparable':
      compareNote = t(previous.approximate ? 'charts.kpi.compareApprox' : 'charts.kpi.compare', {
        period: periodLabel(previous.range, table, dates),
      });
      break;
  }

  const changeOf = (id: KpiId): React.JSX.Element | null => {
    if (previous.kind === 'none') return null;
    const testId = `overview-${id}-change`;
    if (before === null) {
      return (
        <span className="kpi-change is-none" data-testid={testId}>
          {t('charts.change.noEarlierData')}
        </span>
      );
    }
    const change = periodChange(current[id], before[id]);
    const delta = formatSigned(change.delta, formatNumber);
    const amount =
      change.percent === null
        ? t('charts.change.noBase', { delta })
        : t('charts.change.amount', {
            delta,
            percent: formatSigned(change.percent, formatNumber),
          });
    return (
      <span className={`kpi-change is-${change.direction}`} data-testid={testId}>
        <span aria-hidden="true">{ARROWS[change.direction]}</span>{' '}
        <span className="visually-hidden">{t(`charts.change.${change.direction}`)} </span>
        {change.direction === 'same' ? t('charts.change.same') : amount}
      </span>
    );
  };

  return (
    <section className="kpi-section" aria-labelledby="overview-kpi-heading" data-testid="overview-kpis">
      <h2 id="overview-kpi-heading">
        {t('charts.kpi.heading', { period: periodLabel(filters.timeRange, table, dates) })}
      </h2>
      <p className="chart-note" data-testid="overview-compare-note">
        {compareNote}
      </p>
      <div className="kpi-grid">
        {KPI_IDS.map((id) => (
          <div key={id} className="kpi-card" data-testid={`overview-kpi-${id}`}>
            <span className="kpi-card-value" data-testid={`overview-${id}`}>
              {formatNumber(current[id])}
            </span>
            <span className="kpi-card-label">{t(KPI_LABELS[id])}</span>
            {changeOf(id)}
          </div>
        ))}
      </div>
    </section>
  );
}
