// The filters every view uses: the person's filters narrowed by the current selection.
import type { EventFilters } from '@/domain/event-filters';
import { memoizeLast } from '@/lib/memoize-last';
import type { Selection } from '@/domain/selection';

export const selectEffectiveFilters = memoizeLast(
  (filters: EventFilters, selection: Selection | null): EventFilters => {
    if (selection === null) return filters;
    return selection.kind === 'route'
      ? { ...filters, routes: [selection.id] }
      : { ...filters, sites: [selection.id] };
  },
);
