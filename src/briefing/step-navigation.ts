// Moving through the loaded briefing: apply a step's view, remember where we are, enter and leave the
// presentation (full screen when the browser allows it; otherwise the fixed overlay alone).
import { applyView, currentViewState } from '@/state/apply-view';
import { useAppStore } from '@/state/store';
import { stepViewOf } from './step-view';

/**
 * Shows step `index` (clamped to the briefing); returns the index shown, or -1 without steps. Playback
 * stops, and the language stays the presenter's: captions and numbers follow the UI language.
 */
export function goToStep(index: number): number {
  const state = useAppStore.getState();
  const steps = state.briefing?.steps ?? [];
  if (steps.length === 0) return -1;
  const clamped = Math.min(Math.max(0, Math.trunc(index)), steps.length - 1);
  const step = steps[clamped];
  if (step) {
    const { language } = state;
    if (state.playing) state.setPlaying(false);
    applyView(step.view);
    if (useAppStore.getState().language !== language) useAppStore.getState().setLanguage(language);
  }
  useAppStore.getState().setStepIndex(clamped);
  return clamped;
}

export function stepBy(delta: number): number {
  const { stepIndex } = useAppStore.getState();
  return goToStep(stepIndex < 0 ? 0 : stepIndex + delta);
}

/** The current view as a step's view (language and embed options left out). */
export function currentStepView(): string {
  return stepViewOf(currentViewState());
}

/** Asks for full screen; must run inside the click or key handler that starts the presentation. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (
    document.fullscreenElement ||
    !document.fullscreenEnabled ||
    typeof root.requestFullscreen !== 'function'
  )
    return;
  // Refused (no user gesture, an iframe without allowfullscreen): the overlay alone is the fallback.
  root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    document.exitFullscreen().catch(() => undefined);
}

/** Starts presenting at step `index`; call enterFullscreen() first, in the same user gesture. */
export function startPresentation(index = 0): boolean {
  if (goToStep(index) < 0) return false;
  useAppStore.getState().setPresenting(true);
  return true;
}

export function stopPresentation(): void {
  useAppStore.getState().setPresenting(false);
  exitFullscreen();
}
