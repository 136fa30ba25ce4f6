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
  /** The map split by a swipe: A left of the divider, B right of it (URL `csw`). */
  readonly compareSwipe: boolean;
  /** Where the divider stands, percent of the map's width from its left edge (URL `csx`). */
  readonly compareSwipeAtPct: number;
  readonly protectionChoice: ProtectionChoice | null;
  /** Whose flags are listed and marked on the timeline (the total by default: sparse series flag often). */
  readonly flagScope: FlagScope;
  setComparePeriods: (a: DayRange | null, b: DayRange | null) => void;
  setCompareSwipe: (on: boolean) => void;
  setCompareSwipeAt: (pct: number) => void;
  setProtectionChoice: (choice: ProtectionChoice | null) => void;
  setFlagScope: (scope: FlagScope) => void;
}

/** The divider stays this far inside the map's edges (percent), so both sides are always seen. */
export const SWIPE_MIN_PCT = 5;
export const SWIPE_MAX_PCT = 95;

/** A whole percent between the limits (links and the store hold whole percents). */
export function clampSwipePct(pct: number): number {
  if (!Number.isFinite(pct)) return 50;
  return Math.min(SWIPE_MAX_PCT, Math.max(SWIPE_MIN_PCT, Math.round(pct)));
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  compareA: null,
  compareB: null,
  compareSwipe: false,
  compareSwipeAtPct: 50,
  protectionChoice: null,
  flagScope: 'total',
  setComparePeriods: (compareA, compareB) => set({ compareA, compareB }),
  setCompareSwipe: (compareSwipe) => set({ compareSwipe }),
  setCompareSwipeAt: (pct) => set({ compareSwipeAtPct: clampSwipePct(pct) }),
  setProtectionChoice: (protectionChoice) => set({ protectionChoice }),
  setFlagScope: (flagScope) => set({ flagScope }),
});
