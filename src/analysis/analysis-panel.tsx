// The Analysis tab: small-count protection, two periods compared, and the unusual months of the window.
import type { EventTable } from '@/domain/event-table';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';
import { CompareSection } from './compare-section';
import { FlagsSection } from './flags-section';
import { ProtectionSection } from './protection-section';
import './analysis.css';

export function AnalysisPanel(): React.JSX.Element {
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  return (
    <div className="analysis-panel" data-testid="analysis-panel">
      {table && <AnalysisSections table={table} filters={filters} />}
    </div>
  );
}

function AnalysisSections({
  table,
  filters,
}: {
  readonly table: EventTable;
  readonly filters: ReturnType<typeof selectEffectiveFilters>;
}): React.JSX.Element {
  return (
    <>
      <ProtectionSection table={table} />
      <CompareSection table={table} filters={filters} />
      <FlagsSection table={table} />
    </>
  );
}
