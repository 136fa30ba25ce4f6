// The header: title, dataset and its load counts, the illustrative label, headline numbers, language.
import { countRemarks } from './summarised-remarks';
import { useMemo } from 'react';
import { BriefingMenu } from '@/briefing/briefing-menu';
import { makeHeadlineView } from '@/charts/headline-view';
import { DatasetsMenu } from '@/import/datasets-menu';
import { ExportMenu } from '@/export/export-menu';
import { epochDayToMs, monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';
import { useI18n } from '@/i18n/i18n-context';
import { LANGUAGES, isLanguage } from '@/i18n/translate';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { selectSmallCountK } from '@/state/select-protection';
import { countText } from '@/domain/analysis/protected-count-text';
import { OUTCOME_LANDED } from '@/domain/vocabulary';
import { boatsKnownText } from '@/ui/boats-known-text';
import { KpiFigure } from '@/ui/kpi-figure';
import { AggregationLine } from './aggregation-line';
import { countKey } from './describe-issue';
import { DEMO_EVENTS, DEMO_ROUTES } from './demo-files';
import { FilePicker } from './file-picker';
import { figureLabel, findingText } from './headline-text';
import { LoadProgress } from './load-progress';
import { NotLoadedLine } from './not-loaded-line';

const DEMO = { events: DEMO_EVENTS, routes: DEMO_ROUTES } as const;

export function HeaderBar(): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatMonth } = i18n;
  const table = useAppStore((s) => s.table);
  const report = useAppStore((s) => s.report);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const language = useAppStore((s) => s.language);
  const smallCountK = useAppStore(selectSmallCountK);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setSourcesOpen = useAppStore((s) => s.setSourcesOpen);
  const setReportOpen = useAppStore((s) => s.setReportOpen);
  const warningCount = report ? countRemarks(report.warningCounts) : 0;
  const headline = useMemo(() => (table ? makeHeadlineView(table, filters) : null), [table, filters]);
  // The data's own tagline (untrusted text, bidi-isolated) stands in until the headline is computed.
  const fromData = !headline && table !== null && table.meta.tagline !== '';
  const finding =
    table && headline
      ? findingText(headline.finding, table, filters, i18n, 'short')
      : fromData
        ? table.meta.tagline
        : t('app.tagline');
  // The tooltip names the route in full where the line names it by its ends.
  const findingInFull = table && headline ? findingText(headline.finding, table, filters, i18n) : finding;
  const period =
    table && table.monthCount > 0
      ? t('header.period', {
          from: formatMonth(epochDayToMs(monthToEpochDay(table.firstMonth))),
          to: formatMonth(
            epochDayToMs(monthToEpochDay((table.firstMonth + table.monthCount - 1) as EpochMonth)),
          ),
        })
      : '';

  return (
    <header className="header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        {/* One line whatever the sentence (CSS ellipsis): a filter click never resizes the header and refits
            the map. A long route name is shortened to its ends; the whole sentence is in the tooltip. */}
        <p className="finding" data-testid="finding-title" aria-live="polite" title={findingInFull}>
          {fromData ? <bdi>{finding}</bdi> : finding}
        </p>
      </div>
      <div className="dataset" data-testid="dataset-info">
        <span className="dataset-title" data-testid="dataset-title">
          {table?.meta.title ?? ''}
        </span>
        {period !== '' && <span className="dataset-period">{period}</span>}
        <AggregationLine />
        {report && (
          <button
            type="button"
            className="link-button"
            onClick={() => setReportOpen(true)}
            data-testid="load-counts"
          >
            {t(countKey('header.accepted', report.accepted), { count: report.accepted })} ·{' '}
            {t(countKey('header.rejected', report.rejectedFeatures), { count: report.rejectedFeatures })} ·{' '}
            {t(countKey('header.warnings', warningCount), { count: warningCount })}
          </button>
        )}
        <NotLoadedLine />
        <LoadProgress />
        {table?.meta.illustrative === true && (
          <span
            className="badge-illustrative"
            title={t('header.illustrativeNote')}
            data-testid="illustrative-badge"
          >
            {t('header.illustrative')}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => setSourcesOpen(true)}
          data-testid="sources-button"
        >
          {t('header.sources')}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => useAppStore.getState().setShareOpen(true)}
          data-testid="share-button"
        >
          {t('share.button')}
        </button>
        <ExportMenu />
      </div>
      <div className="kpis">
        {headline?.figures.map((figure) => (
          <KpiFigure
            key={figure.id}
            label={figureLabel(figure, headline, i18n)}
            value={formatNumber(figure.value)}
            testId={`kpi-${figure.id}`}
            note={
              figure.id === 'landed-boats' && table
                ? boatsKnownText(
                    selectBoatsKnown(table, filters)?.byOutcome[OUTCOME_LANDED] ?? null,
                    i18n,
                    'clause',
                    (value) => countText(value, smallCountK, formatNumber),
                  )
                : null
            }
          />
        ))}
      </div>
      <div className="header-tools">
        <BriefingMenu />
        <DatasetsMenu demo={DEMO} />
        <FilePicker />
        <label className="language-switch">
          <span className="visually-hidden">{t('app.language')}</span>
          <select
            value={language}
            onChange={(e) => {
              if (isLanguage(e.target.value)) setLanguage(e.target.value);
            }}
            data-testid="language-select"
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang === 'en' ? 'English' : 'Bahasa Indonesia'}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
