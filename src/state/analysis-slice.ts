// Analysis slice: the two periods compared (URL parameters ca, cb) and the person's small-count protection
// choice. The choice is tied to the table it was made for, so a newly loaded dataset starts from its own
// default again (protection on for imported data); it is never written to links (a link must not turn
// protection off for the person who opens it).
import type { StateCreator } from 'zustand';
import type { DayRange } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import type { AppState } from './app-state';

export interface ProtectionChoice {
  /** The table the choice was made for; another table ignores it. */
  readonly table: EventTable;
  readonly on: boolean;
  /** Threshold: counts 1 … k − 1 are hidden. */
  readonly k: number;
}

/** Which series' flags the list and the timeline markers show. */
export const FLAG_SCOPES = ['total', 'route', 'site', 'nationality', 'all'] as const;
export type FlagScope = (typeof FLAG_SCOPES)[number];

export interface AnalysisSlice {
  /** Period A (the reference), half-open UTC days; null: derived from the time window (a year earlier). */
  readonly compareA: DayRange | null;
  /** Period B (compared with A); null: the current time window. */
  readonly compareB: DayRange | null;
  readonly protectionChoice: ProtectionChoice | null;
  /** Whose flags are listed and marked on the timeline (the total by default: sparse series flag often). */
  readonly flagScope: FlagScope;
  setComparePeriods: (a: DayRange | null, b: DayRange | null) => void;
  setProtectionChoice: (choice: ProtectionChoice | null) => void;
  setFlagScope: (scope: FlagScope) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  compareA: null,
  compareB: null,
  protectionChoice: null,
  flagScope: 'total',
  setComparePeriods: (compareA, compareB) => set({ compareA, compareB }),
  setProtectionChoice: (protectionChoice) => set({ protectionChoice }),
  setFlagScope: (flagScope) => set({ flagScope }),
});
