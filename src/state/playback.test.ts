// Playback steps from the state layer: a first window from the whole period, a step forward, the stop at
// the end, and looping back to the start.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatEpochDay, type EpochDay } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { nextPlaybackStep, startPlayback, STEP_INTERVAL_MS } from './playback';
import { useAppStore } from './store';

let table: EventTable;
const days = (range: { startDay: EpochDay; endDay: EpochDay }): string =>
  `${formatEpochDay(range.startDay)}..${formatEpochDay((range.endDay - 1) as EpochDay)}`;

describe('playback', () => {
  beforeAll(() => {
    table = loadTestTable([
      makeEventFeature({ date: '2010-01-05' }),
      makeEventFeature({ date: '2012-12-20' }),
    ]);
  });

  it('starts from a first year when the whole period is shown, then moves by one step', () => {
    useAppStore.setState({
      filters: { ...useAppStore.getState().filters, timeRange: null },
      windowMode: 'moving',
      granularity: 'month',
      loop: false,
    });
    const first = nextPlaybackStep(useAppStore.getState(), table);
    expect(first.kind === 'show' && days(first.range)).toBe('2010-01-01..2010-12-31');
    if (first.kind !== 'show') return;
    useAppStore.getState().setTimeRange(first.range);
    const second = nextPlaybackStep(useAppStore.getState(), table);
    expect(second.kind === 'show' && days(second.range)).toBe('2010-02-01..2011-01-31');
  });

  it('stops at the end of the data, or loops back to the start', () => {
    const last = {
      startDay: Date.UTC(2012, 0, 1) / 86_400_000,
      endDay: Date.UTC(2013, 0, 1) / 86_400_000,
    } as {
      startDay: EpochDay;
      endDay: EpochDay;
    };
    useAppStore.getState().setTimeRange(last);
    useAppStore.setState({ loop: false });
    expect(nextPlaybackStep(useAppStore.getState(), table).kind).toBe('stop');
    useAppStore.setState({ loop: true });
    const looped = nextPlaybackStep(useAppStore.getState(), table);
    expect(looped.kind === 'show' && days(looped.range)).toBe('2010-01-01..2010-12-31');
  });

  describe('the clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('advances one step per interval while playing, faster at higher speeds, and not after a pause', () => {
      vi.useFakeTimers();
      useAppStore.setState({ table, loop: false, speed: 2, playing: false });
      useAppStore.getState().setTimeRange(null);
      const stop = startPlayback();
      vi.advanceTimersByTime(10 * STEP_INTERVAL_MS);
      expect(useAppStore.getState().filters.timeRange).toBeNull(); // not playing: nothing moves
      useAppStore.getState().setPlaying(true);
      vi.advanceTimersByTime(STEP_INTERVAL_MS / 2);
      const first = useAppStore.getState().filters.timeRange;
      expect(first && days(first)).toBe('2010-01-01..2010-12-31');
      vi.advanceTimersByTime(STEP_INTERVAL_MS);
      const third = useAppStore.getState().filters.timeRange;
      expect(third && days(third)).toBe('2010-03-01..2011-02-28');
      useAppStore.getState().setPlaying(false);
      vi.advanceTimersByTime(10 * STEP_INTERVAL_MS);
      expect(useAppStore.getState().filters.timeRange).toBe(third);
      stop();
    });

    it('stops by itself at the end of the data', () => {
      vi.useFakeTimers();
      useAppStore.setState({ table, loop: false, speed: 8, playing: false });
      useAppStore.getState().setTimeRange(null);
      const stop = startPlayback();
      useAppStore.getState().setPlaying(true);
      vi.advanceTimersByTime(100 * STEP_INTERVAL_MS);
      expect(useAppStore.getState().playing).toBe(false);
      const last = useAppStore.getState().filters.timeRange;
      expect(last && days(last)).toBe('2012-01-01..2012-12-31');
      stop();
    });
  });
});
