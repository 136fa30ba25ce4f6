// The side panel beside the map: overview (numbers and charts), filters, the map legend and analysis, under
// the small-count protection line when protection is on.
import { ProtectionLine } from '@/analysis/protection-line';
import { ChartsPanel } from '@/charts/charts-panel';
import { lazy, Suspense } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { MapSidePanel } from '@/map/map-side-panel';
import { useAppStore } from '@/state/store';
import { TabPanels } from '@/ui/tab-panels';
import { FiltersPanel } from './filters-panel';

// The Analysis tab (period comparison, flag list, protection settings) loads when it is first opened,
// outside what a first visit transfers before the map.
const AnalysisPanel = lazy(() =>
  import('@/analysis/analysis-panel').then((m) => ({ default: m.AnalysisPanel })),
);

export function SidePanel(): React.JSX.Element {
  const { t } = useI18n();
  const tab = useAppStore((s) => s.sideTab);
  const setTab = useAppStore((s) => s.setSideTab);
  return (
    <aside className="side-panel" data-testid="side-panel">
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
    </aside>
  );
}
