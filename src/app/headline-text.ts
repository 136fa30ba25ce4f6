// Words of the headline view-model in the page's language: each figure's label and the finding sentence.
// Names from the data (routes) are bidi-isolated with FSI…PDI, since the sentence is plain text.
import type { Finding, HeadlineFigure, HeadlineView } from '@/charts/headline-view';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { MessageKey } from '@/i18n/messages-en';
import type { Formatters } from '@/i18n/translate';
import { formatShare } from '@/charts/chart-format';
import { periodLabel } from '@/charts/period-label';
import { isolateBidi } from '@/lib/isolate-bidi';

export function figureLabel(figure: HeadlineFigure, view: HeadlineView, f: Formatters): string {
  switch (figure.id) {
    case 'landed-people':
      return f.t('header.arrivals');
    case 'landed-boats':
      return f.t('header.boats');
    case 'deaths':
      return f.t(view.deathsAtSeaOnly ? 'header.deaths' : 'header.deathsAll');
    case 'outcome-people':
      return f.t('header.outcomePeople', { outcomes: outcomeList(figure.outcomes ?? [], f) });
    case 'records':
      return f.t('header.records');
    case 'people':
      return f.t('header.people');
  }
}

function outcomeList(outcomes: readonly string[], f: Formatters): string {
  return outcomes.map((o) => f.t(`outcome.${o}` as MessageKey)).join(', ');
}

/** The sentence that states what the current view shows. */
export function findingText(
  finding: Finding,
  table: EventTable,
  filters: EventFilters,
  f: Formatters,
  /** 'short' names the top route by its first and last stages when its name is long (the header line). */
  length: 'full' | 'short' = 'full',
): string {
  const period = periodLabel(filters.timeRange, table, f);
  switch (finding.kind) {
    case 'landed':
      return finding.topRoute
        ? f.t('header.finding.landedVia', {
            people: finding.people,
            period,
            share: formatShare(finding.topRoute.share, f.formatNumber),
            route: isolateBidi(length === 'short' ? finding.topRoute.shortName : finding.topRoute.name),
          })
        : f.t('header.finding.landed', { people: finding.people, period });
    case 'outcome':
      return f.t('header.finding.outcome', {
        people: finding.people,
        period,
        outcomes: outcomeList(finding.outcomes, f),
      });
    case 'deaths':
      return f.t('header.finding.deaths', { deaths: finding.deaths, period });
    case 'records':
      return f.t('header.finding.records', { records: finding.records, period });
    case 'empty':
      return f.t('header.finding.empty', { period });
  }
}
