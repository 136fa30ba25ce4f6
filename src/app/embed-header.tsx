// The one-line header of an embedded dashboard: title, period, illustrative label, source, a link out.
import { useMemo } from 'react';
import { makeHeadlineView } from '@/charts/headline-view';
import { useI18n } from '@/i18n/i18n-context';
import { figureLabel } from './headline-text';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { encodeUrlState, selectUrlState } from '@/state/url-state';

export function EmbedHeader(): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const i18n = useI18n();
  const headline = useMemo(() => (table ? makeHeadlineView(table, filters) : null), [table, filters]);
  const first = headline?.figures[0];
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
      {headline && first && (
        <span className="embed-kpi">
          <span data-testid={`kpi-${first.id}`}>{formatNumber(first.value)}</span>{' '}
          {figureLabel(first, headline, i18n)}
        </span>
      )}
      <a href={full} target="_blank" rel="noopener noreferrer" className="embed-open">
        {t('share.openFull')}
      </a>
    </header>
  );
}
