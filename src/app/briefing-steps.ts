// Moving through the loaded briefing's steps: apply the step's view and remember where we are.
import { applyView } from '@/state/apply-view';
import { useAppStore } from '@/state/store';

/** Goes to step `index` (clamped); returns the index shown, or -1 when no briefing is loaded. */
export function goToStep(index: number): number {
  const { briefing, setStepIndex } = useAppStore.getState();
  if (!briefing || briefing.steps.length === 0) return -1;
  const clamped = Math.min(Math.max(0, index), briefing.steps.length - 1);
  const step = briefing.steps[clamped];
  if (step) applyView(step.view);
  setStepIndex(clamped);
  return clamped;
}

export function stepBy(delta: number): number {
  return goToStep(useAppStore.getState().stepIndex + delta);
}
