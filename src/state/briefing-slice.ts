// Briefing slice: the loaded briefing (a list of steps, each a saved view with captions), the current
// step, and whether the full-screen presentation is on. Applying a step's view to the other slices is
// done by state/apply-view.ts.
import type { StateCreator } from 'zustand';
import type { Briefing } from '@/domain/briefing';
import type { AppState } from './app-state';

export interface BriefingSlice {
  readonly briefing: Briefing | null;
  /** Index of the current step, or -1 when no step is shown. */
  readonly stepIndex: number;
  readonly presenting: boolean;
  setBriefing: (briefing: Briefing | null) => void;
  setStepIndex: (index: number) => void;
  setPresenting: (presenting: boolean) => void;
}

export const createBriefingSlice: StateCreator<AppState, [], [], BriefingSlice> = (set) => ({
  briefing: null,
  stepIndex: -1,
  presenting: false,
  setBriefing: (briefing) => set({ briefing, stepIndex: -1 }),
  setStepIndex: (stepIndex) => set({ stepIndex }),
  setPresenting: (presenting) => set({ presenting }),
});
