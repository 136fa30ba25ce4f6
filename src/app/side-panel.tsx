// The side panel beside the map: overview (numbers and charts), filters, the map legend and analysis, under
// the small-count protection line when protection is on. On wide screens it folds to a narrow rail so the
// map takes the width; on a phone it is a section below the map and never folds (a fold chosen on a wide
// screen does not hide it there).
import { ProtectionLine } from '@/analysis/protection-line';
import { ChartsPanel } from '@/charts/charts-panel';
import { lazy, Suspense, useId } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { MapSidePanel } from '@/map/map-side-panel';
import { useAppStore } from '@/state/store';
import { TabPanels } from '@/ui/tab-panels';
import { FiltersPanel } from './filters-panel';
import { useNarrowScreen } from './use-narrow-screen';

// The Analysis tab (period comparison, flag list, protection settings) loads when it is first opened,
// outside what a first visit transfers before the map.
const AnalysisPanel = lazy(() =>
  import('@/analysis/analysis-panel').then((m) => ({ default: m.AnalysisPanel })),
);

export function SidePanel(): React.JSX.Element {
  const { t } = useI18n();
  const tab = useAppStore((s) => s.sideTab);
  const setTab = useAppStore((s) => s.setSideTab);
  const narrow = useNarrowScreen();
  const collapsed = useAppStore((s) => s.panelCollapsed) && !narrow;
  const setCollapsed = useAppStore((s) => s.setPanelCollapsed);
  const contentId = useId();
  const toggle = narrow ? null : (
    <button
      type="button"
      className="panel-toggle"
      aria-expanded={!collapsed}
      aria-controls={contentId}
      aria-label={t(collapsed ? 'panel.show' : 'panel.hide')}
      title={t(collapsed ? 'panel.show' : 'panel.hide')}
      onClick={() => setCollapsed(!collapsed)}
      data-testid="panel-toggle"
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={collapsed ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'} />
      </svg>
    </button>
  );
  if (collapsed)
    return (
      <aside className="side-panel is-collapsed" data-testid="side-panel" aria-label={t('panel.label')}>
        {toggle}
        <div id={contentId} hidden />
      </aside>
    );
  return (
    <aside className="side-panel" data-testid="side-panel" aria-label={t('panel.label')}>
      {toggle}
      <div id={contentId} className="side-panel-content">
        <ProtectionLine />
        <TabPanels
          label={t('panel.label')}
          active={tab}
          onChange={setTab}
          tabs={[
            { key: 'overview', label: t('panel.overview'), render: () => <ChartsPanel /> },
            { key: 'filters', label: t('panel.filters'), render: () => <FiltersPanel /> },
            { key: 'map', label: t('panel.map'), render: () => <MapSidePanel /> },
            {
              key: 'analysis',
              label: t('panel.analysis'),
              render: () => (
                <Suspense fallback={<p className="chart-loading">{t('charts.loading')}</p>}>
                  <AnalysisPanel />
                </Suspense>
              ),
            },
          ]}
        />
      </div>
    </aside>
  );
}
