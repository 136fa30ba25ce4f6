// The table and effective filters a side panel or the timeline draws. When another table arrives (a file
// loaded), they draw nothing in that render and the new table in a transition right after it
// (useDeferredValue on the table alone): the map and the header take the first task after a load on their
// own, and React yields between the panels' components instead of rendering everything in one long task.
// Only the table is deferred (its reference changes on a load only), so a filter click or a brush step is
// drawn in one render, with no second, deferred pass.
import { useDeferredValue } from 'react';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { useAppStore } from '@/state/store';

export interface ShownDataset {
  readonly table: EventTable | null;
  readonly filters: EventFilters;
}

export function useShownDataset(): ShownDataset {
  const table = useAppStore((s) => s.table);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const shownTable = useDeferredValue(table);
  return { table: shownTable === table ? table : null, filters };
}
