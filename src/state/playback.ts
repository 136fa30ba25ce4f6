// Playback from the state layer: started once with the app (like URL sync), it advances the time window
// one step per interval while `playing` is set, and stops at the end unless looping. No component owns a
// timer, so playback goes on whatever is on screen (a tab switch, presenter mode, an embed).
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import type { DayRange } from '@/domain/event-filters';
import { advancePlayback, rangeFromWindow, stepMonths, windowFromRange } from '@/domain/time-window';
import type { AppState } from './app-state';
import { useAppStore } from './store';

/** Milliseconds between playback steps at speed 1×. */
export const STEP_INTERVAL_MS = 900;

/** What one playback step does: the next time window, or stop (the end, without looping). */
export type PlaybackStep = { readonly kind: 'show'; readonly range: DayRange } | { readonly kind: 'stop' };

/**
 * The step after the current state. A whole-period view starts from a first window: a year when the
 * window moves, one step when it grows (cumulative).
 */
export function nextPlaybackStep(state: AppState, table: EventTable): PlaybackStep {
  const limits = {
    startMonth: table.firstMonth,
    endMonth: (table.firstMonth + table.monthCount) as EpochMonth,
  };
  const months = stepMonths(state.granularity);
  if (state.filters.timeRange === null) {
    const length = state.windowMode === 'moving' ? 12 : months;
    return {
      kind: 'show',
      range: rangeFromWindow({
        startMonth: limits.startMonth,
        endMonth: (limits.startMonth + length) as EpochMonth,
      }),
    };
  }
  const from = windowFromRange(state.filters.timeRange, limits);
  const { window: next, finished } = advancePlayback(from, months, state.windowMode, limits, state.loop);
  return finished ? { kind: 'stop' } : { kind: 'show', range: rangeFromWindow(next) };
}

/** Starts the playback clock; returns the stop function. */
export function startPlayback(): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: { speed: number; table: EventTable } | null = null;
  const tick = (): void => {
    const state = useAppStore.getState();
    if (!state.table) return;
    const step = nextPlaybackStep(state, state.table);
    if (step.kind === 'stop') state.setPlaying(false);
    else state.setTimeRange(step.range);
  };
  const sync = (state: AppState): void => {
    const wanted =
      state.playing && state.table && state.table.monthCount > 0
        ? { speed: state.speed, table: state.table }
        : null;
    if (wanted?.speed === running?.speed && wanted?.table === running?.table) return;
    clearInterval(timer);
    running = wanted;
    if (wanted) timer = setInterval(tick, STEP_INTERVAL_MS / wanted.speed);
  };
  sync(useAppStore.getState());
  const unsubscribe = useAppStore.subscribe(sync);
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}
