// The list-valued filter dimensions of EventFilters, with the type of their values.
import type { EventKind, Outcome } from './vocabulary';

export interface FilterLists {
  readonly kinds: EventKind;
  readonly routes: string;
  readonly nationalities: string;
  readonly outcomes: Outcome;
  readonly sites: string;
}
export type FilterDimension = keyof FilterLists;
export const FILTER_DIMENSIONS: readonly FilterDimension[] = [
  'routes',
  'nationalities',
  'kinds',
  'outcomes',
  'sites',
];
