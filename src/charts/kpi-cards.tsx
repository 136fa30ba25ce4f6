// Key figures of the current filters, each with its change against the previous period of equal length.
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MessageKey } from '@/i18n/messages-en';
import { useI18n } from '@/i18n/i18n-context';
import { cellText, countText } from '@/domain/analysis/protected-count-text';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { BoatsKnownNote } from '@/ui/boats-known-note';
import { OUTCOME_LANDED } from '@/domain/vocabulary';
import { formatSigned } from './chart-format';
import type { KpiId } from './kpi-values';
import { makeKpiView, type KpiFigure } from './kpi-view';
import { protectKpiView } from './protect-kpi-view';
import { periodLabel } from './period-label';

const KPI_LABELS: Readonly<Record<KpiId, MessageKey>> = {
  'landed-people': 'charts.kpi.landedPeople',
  'landed-boats': 'charts.kpi.landedBoats',
  departures: 'charts.kpi.departures',
  'turned-back': 'charts.kpi.turnedBack',
  disrupted: 'charts.kpi.disrupted',
  rescued: 'charts.kpi.rescued',
  'lost-at-sea': 'charts.kpi.lostAtSea',
  deaths: 'charts.kpi.deaths',
  records: 'charts.kpi.records',
};
const ARROWS = { up: '▲', down: '▼', same: '▬' } as const;

export interface KpiCardsProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
}

export function KpiCards({ table, filters }: KpiCardsProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatMonth, formatDate } = i18n;
  const dates = { formatMonth, formatDate };
  const view = makeKpiView(table, filters);
  const { previous, figures, deathsAtSeaOnly } = view;
  const k = useAppStore(selectSmallCountK);
  const protection = protectKpiView(table, filters, view, k);
  // Boats landed count only the landed records whose boats are known (a file where some records know them).
  const landedBoatsKnown = selectBoatsKnown(table, filters)?.byOutcome[OUTCOME_LANDED] ?? null;

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

  const changeOf = ({ id, change }: KpiFigure): React.JSX.Element | null => {
    if (change === null) return null;
    const testId = `overview-${id}-change`;
    if (protection.changeHidden.has(id)) {
      return (
        <span className="kpi-change is-none" data-testid={testId}>
          {t('analysis.compare.hiddenChange')}
        </span>
      );
    }
    if (change === 'no-earlier-data') {
      return (
        <span className="kpi-change is-none" data-testid={testId}>
          {t('charts.change.noEarlierData')}
        </span>
      );
    }
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
        {figures.map((figure) => (
          <div key={figure.id} className="kpi-card" data-testid={`overview-kpi-${figure.id}`}>
            <span className="kpi-card-value" data-testid={`overview-${figure.id}`}>
              {cellText(
                figure.value,
                protection.value.get(figure.id) ?? 'shown',
                k,
                formatNumber,
                t('analysis.protect.hiddenMark'),
              )}
            </span>
            <span className="kpi-card-label">
              {t(figure.id === 'deaths' && !deathsAtSeaOnly ? 'charts.kpi.deathsAll' : KPI_LABELS[figure.id])}
            </span>
            {changeOf(figure)}
            {figure.id === 'landed-boats' && (
              <BoatsKnownNote
                count={landedBoatsKnown}
                f={i18n}
                testId="overview-landed-boats-known"
                className="kpi-card-note"
                formatCount={(value) => countText(value, k, formatNumber)}
              />
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
