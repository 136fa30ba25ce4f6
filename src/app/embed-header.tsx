// The one-line header of an embedded dashboard: title, period, illustrative label, source, a link out.
import { useMemo } from 'react';
import { OUTCOME_LANDED } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/i18n-context';
import { selectAggregates } from '@/state/select-aggregates';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { encodeUrlState, selectUrlState } from '@/state/url-state';

export function EmbedHeader(): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const landed = useMemo(
    () => (table ? selectAggregates(table, filters).totals.byOutcome[OUTCOME_LANDED] : undefined),
    [table, filters],
  );
  const full = `${window.location.pathname}?${encodeUrlState({ ...selectUrlState(useAppStore.getState()), embed: false })}`;
  return (
    <header className="embed-header" data-testid="embed-header">
      <strong>{table?.meta.title ?? t('app.title')}</strong>
      {table?.meta.illustrative === true && (
        <span
          className="badge-illustrative"
          title={t('header.illustrativeNote')}
          data-testid="illustrative-badge"
        >
          {t('header.illustrative')}
        </span>
      )}
      <span className="embed-kpi">
        <span data-testid="kpi-landed-people">{landed ? formatNumber(landed.people) : '–'}</span>{' '}
        {t('header.arrivals')}
      </span>
      <a href={full} target="_blank" rel="noopener noreferrer" className="embed-open">
        {t('share.openFull')}
      </a>
    </header>
  );
}
