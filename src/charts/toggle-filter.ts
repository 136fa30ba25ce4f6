// Cross-filter clicks and chip removals: toggle a value of a filter dimension in the store.
import type { FilterDimension } from '@/domain/filter-dimensions';
import { useAppStore } from '@/state/store';
import { isEventKind, isOutcome } from './vocabulary-guards';

/** Adds `value` to the dimension's filter list, or removes it when present. */
export function toggleFilter(dimension: FilterDimension, value: string): void {
  const { toggleFilterValue } = useAppStore.getState();
  switch (dimension) {
    case 'kinds':
      if (isEventKind(value)) toggleFilterValue('kinds', value);
      return;
    case 'outcomes':
      if (isOutcome(value)) toggleFilterValue('outcomes', value);
      return;
    case 'routes':
    case 'nationalities':
    case 'sites':
      toggleFilterValue(dimension, value);
      return;
  }
}
