// The table and effective filters a side panel or the timeline draws. When another table arrives (a file
// loaded), they keep drawing the previous one in that render and draw the new one in a transition right
// after it (useDeferredValue): the map and the header take the first task after a load on their own, and
// React yields between the panels' components instead of rendering everything in one long task. Filter
// changes on the same table are drawn at once, so a click and its figures stay in one render.
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';

export interface ShownDataset {
  readonly table: EventTable | null;
  readonly filters: EventFilters;
}

export function useShownDataset(): ShownDataset {
  const current = useAppStore(
    useShallow((s) => ({ table: s.table, filters: selectEffectiveFilters(s.filters, s.selection) })),
  );
  const deferred = useDeferredValue(current);
  return deferred.table === current.table ? current : deferred;
}
