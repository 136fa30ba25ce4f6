// Timeline slice: granularity and playback settings (the time window itself is in filters.timeRange).
import type { StateCreator } from 'zustand';
import type { Granularity } from '@/domain/time-buckets';
import type { WindowMode } from '@/domain/time-window';
import type { AppState } from './app-state';

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4, 8] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export interface TimelineSlice {
  readonly granularity: Granularity;
  readonly playing: boolean;
  readonly speed: PlaybackSpeed;
  readonly loop: boolean;
  readonly windowMode: WindowMode;
  setGranularity: (granularity: Granularity) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: PlaybackSpeed) => void;
  setLoop: (loop: boolean) => void;
  setWindowMode: (mode: WindowMode) => void;
}

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  granularity: 'month',
  playing: false,
  speed: 1,
  loop: false,
  windowMode: 'moving',
  setGranularity: (granularity) => set({ granularity }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setWindowMode: (windowMode) => set({ windowMode }),
});
