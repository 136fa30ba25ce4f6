// Composition root: language context, layout, and the first load of the bundled demo data.
import { memo, useEffect, useMemo } from 'react';
import { BriefingPresenter } from '@/briefing/briefing-presenter';
import { PrintSheet } from '@/export/print-sheet';
import { openStartupDataset } from '@/import/import-actions';
import { I18nContext } from '@/i18n/i18n-context';
import { formattersFor, LOCALES } from '@/i18n/translate';
import { MapView } from '@/map/map-view';
import { useAppStore } from '@/state/store';
import { startPlayback } from '@/state/playback';
import { startUrlSync } from '@/state/url-sync';
import { DEMO_EVENTS, DEMO_ROUTES } from './demo-files';
import { startEmbedBridge } from './embed-bridge';
import { EmbedHeader } from './embed-header';
import { ErrorBoundary } from './error-boundary';
import { HeaderBar } from './header-bar';
import { LoadErrorBanner, LoadReportDialog } from './load-report-dialog';
import { ShareDialog } from './share-dialog';
import { SidePanel } from './side-panel';
import { SourcesDialog } from './sources-dialog';
import { TimelineBar } from './timeline-bar';
import { UrlNotice } from './url-notice';

// The app re-renders when the load status changes (loading, ready); these parts read the store and the
// language themselves, so they skip those renders (each one cost ~170 ms with a 100k-event dataset).
const MemoHeaderBar = memo(HeaderBar);
const MemoMapView = memo(MapView);
const MemoSidePanel = memo(SidePanel);
const MemoTimelineBar = memo(TimelineBar);

export function App(): React.JSX.Element {
  const language = useAppStore((s) => s.language);
  const status = useAppStore((s) => s.status);
  const embed = useAppStore((s) => s.embed);
  const showPanel = useAppStore((s) => !s.embed || s.embedCharts);
  const showTimeline = useAppStore((s) => !s.embed || s.embedTimeline);
  const fixed = useAppStore((s) => s.embed && s.embedFixed);
  const presenting = useAppStore((s) => s.presenting && (s.briefing?.steps.length ?? 0) > 0);
  const destination = useAppStore((s) => s.table?.meta.destination ?? '');
  const formatters = useMemo(() => formattersFor(language, { destination }), [language, destination]);

  const datasetTitle = useAppStore((s) => s.table?.meta.title ?? '');
  useEffect(() => {
    document.documentElement.lang = LOCALES[language];
  }, [language]);
  // The tab's title names the dataset, in the page's language when the data give no title.
  useEffect(() => {
    document.title = `${formatters.t('app.title')} — ${datasetTitle !== '' ? datasetTitle : formatters.t('app.tagline')}`;
  }, [formatters, datasetTitle]);
  useEffect(() => {
    const stopUrlSync = startUrlSync();
    const stopPlayback = startPlayback();
    // After the URL is applied: embed mode and its allowed hosts come from the link.
    const stopEmbedBridge = startEmbedBridge();
    // The kept dataset used last, else the demo data (docs/import.md).
    void openStartupDataset({ events: DEMO_EVENTS, routes: DEMO_ROUTES });
    return () => {
      stopEmbedBridge();
      stopPlayback();
      stopUrlSync();
    };
  }, []);
  // Escape clears the map selection (an open dialog takes Escape for itself).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && document.querySelector('dialog[open]') === null)
        useAppStore.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const crashed = <p role="alert">{formatters.t('error.crash')}</p>;
  return (
    <I18nContext.Provider value={formatters}>
      <div
        className={`app${embed ? ' embed' : ''}${fixed ? ' fixed' : ''}${showPanel ? '' : ' no-panel'}${presenting ? ' presenting' : ''}`}
        data-status={status}
        data-testid="app"
      >
        <ErrorBoundary fallback={crashed}>{embed ? <EmbedHeader /> : <MemoHeaderBar />}</ErrorBoundary>
        <LoadErrorBanner />
        <UrlNotice />
        <main className="dashboard">
          <div className="map-area">
            <ErrorBoundary fallback={crashed}>
              <MemoMapView />
            </ErrorBoundary>
          </div>
          {showPanel && (
            <ErrorBoundary fallback={crashed}>
              <MemoSidePanel />
            </ErrorBoundary>
          )}
        </main>
        {showTimeline && (
          <section
            className="timeline-area"
            aria-label={formatters.t('timeline.label')}
            data-testid="timeline-area"
          >
            <ErrorBoundary fallback={crashed}>
              <MemoTimelineBar />
            </ErrorBoundary>
          </section>
        )}
        <SourcesDialog />
        <ShareDialog />
        <LoadReportDialog />
        <PrintSheet />
        <BriefingPresenter />
      </div>
    </I18nContext.Provider>
  );
}
