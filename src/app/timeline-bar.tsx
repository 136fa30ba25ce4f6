// The timeline across the dashboard: histogram and window (TimeBrush), playback and granularity.
import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { epochDayToMs, monthOfYear, monthToEpochDay, monthYear, type EpochMonth } from '@/domain/epoch-day';
import { GRANULARITIES } from '@/domain/time-buckets';
import {
  advancePlayback,
  largeStepMonths,
  rangeFromWindow,
  resizeWindow,
  shiftWindow,
  stepMonths,
  windowFromRange,
  type MonthWindow,
} from '@/domain/time-window';
import { makeBrushBins } from '@/charts/brush-bins';
import { protectBrushBins } from '@/charts/protect-heights';
import { selectSmallCountK } from '@/state/select-protection';
import { useTimelineMarkers } from '@/analysis/use-timeline-markers';
import { useI18n } from '@/i18n/i18n-context';
import { OUTCOME_COLORS } from '@/theme/palette';
import { useShownDataset } from '@/charts/use-shown-dataset';
import { useAppStore } from '@/state/store';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '@/state/timeline-slice';
import { TimeBrush, type BrushBin, type BrushMarker } from '@/ui/time-brush';

/** No markers while the flags are computed (one array, so the brush sees no change). */
const NO_MARKERS: readonly BrushMarker[] = [];

const KIND_COLORS = [OUTCOME_COLORS[0], [90, 110, 120] as const].map(
  (c) => `rgb(${c?.[0] ?? 0} ${c?.[1] ?? 0} ${c?.[2] ?? 0})`,
);

export function TimelineBar(): React.JSX.Element | null {
  const { t, formatMonth } = useI18n();
  const { table, filters } = useShownDataset();
  const timeRange = useAppStore((s) => s.filters.timeRange);
  const measure = useAppStore((s) => s.measure);
  const { granularity, playing, speed, loop, windowMode } = useAppStore(
    useShallow((s) => ({
      granularity: s.granularity,
      playing: s.playing,
      speed: s.speed,
      loop: s.loop,
      windowMode: s.windowMode,
    })),
  );
  const { setTimeRange, setPlaying, setSpeed, setLoop, setWindowMode, setGranularity } =
    useAppStore.getState();

  const bounds: MonthWindow | null = table
    ? { startMonth: table.firstMonth, endMonth: (table.firstMonth + table.monthCount) as EpochMonth }
    : null;
  const bins: BrushBin[] = useMemo(
    () => (table ? makeBrushBins(table, filters, granularity, measure) : []),
    [table, filters, granularity, measure],
  );
  // Small-count protection: a hidden count is drawn as tall as k (charts/protect-heights.ts).
  const k = useAppStore(selectSmallCountK);
  const drawnBins = useMemo(() => protectBrushBins(bins, k), [bins, k]);

  const markers = useTimelineMarkers(table, bins, granularity);

  const current = bounds ? windowFromRange(timeRange, bounds) : null;
  const step = stepMonths(granularity);

  // While a new table waits for its deferred render (useShownDataset), the timeline keeps its height:
  // collapsing for that one render would grow the map above and shrink it back, and each resize
  // reallocates both map canvases.
  const storeHasTable = useAppStore((s) => s.table !== null);
  const [rootRef, lastHeightPx] = useLastHeightPx();

  if (!table || !bounds || !current) {
    return storeHasTable && lastHeightPx.current > 0 ? (
      <div className="timeline-pending" style={{ height: lastHeightPx.current }} aria-hidden="true" />
    ) : null;
  }
  const monthLabel = (index: number): string =>
    formatMonth(epochDayToMs(monthToEpochDay((table.firstMonth + index) as EpochMonth)));
  const ticks = Array.from({ length: table.monthCount }, (_, i) => i)
    .filter((i) => monthOfYear((table.firstMonth + i) as EpochMonth) === 0)
    .map((i) => ({ month: i, label: String(monthYear((table.firstMonth + i) as EpochMonth)) }));
  const setWindow = (w: { start: number; end: number }): void => {
    setTimeRange(
      rangeFromWindow({
        startMonth: (table.firstMonth + w.start) as EpochMonth,
        endMonth: (table.firstMonth + w.end) as EpochMonth,
      }),
    );
  };
  const stepBy = (direction: 1 | -1): void => {
    const from =
      timeRange === null
        ? { startMonth: bounds.startMonth, endMonth: (bounds.startMonth + 12) as EpochMonth }
        : current;
    const next =
      direction > 0
        ? advancePlayback(from, step, windowMode, bounds, false).window
        : windowMode === 'moving'
          ? shiftWindow(from, -step, bounds)
          : resizeWindow(from, 'end', -step, bounds, step);
    setTimeRange(rangeFromWindow(next));
  };

  return (
    <div
      ref={rootRef}
      className="timeline"
      role="group"
      aria-label={t('timeline.label')}
      data-testid="timeline"
      data-flags={markers === null ? 'pending' : 'ready'}
    >
      <div className="timeline-controls">
        <button
          type="button"
          onClick={() => stepBy(-1)}
          aria-label={t('timeline.stepBack')}
          data-testid="step-back"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 2h2v12H3zM14 2v12L6 8z" />
          </svg>
        </button>
        <button
          type="button"
          onClick={() => setPlaying(!playing)}
          aria-pressed={playing}
          aria-label={playing ? t('timeline.pause') : t('timeline.play')}
          data-testid="play-button"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d={playing ? 'M3 2h4v12H3zM9 2h4v12H9z' : 'M4 2v12l10-6z'} />
          </svg>
        </button>
        <button
          type="button"
          onClick={() => stepBy(1)}
          aria-label={t('timeline.stepForward')}
          data-testid="step-forward"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M11 2h2v12h-2zM2 2v12l8-6z" />
          </svg>
        </button>
        <label>
          {t('timeline.speed')}{' '}
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as PlaybackSpeed)}
            data-testid="speed-select"
          >
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />{' '}
          {t('timeline.loop')}
        </label>
        <label>
          {t('timeline.mode')}{' '}
          <select
            value={windowMode}
            onChange={(e) => setWindowMode(e.target.value === 'cumulative' ? 'cumulative' : 'moving')}
            data-testid="mode-select"
          >
            <option value="moving">{t('timeline.modeMoving')}</option>
            <option value="cumulative">{t('timeline.modeCumulative')}</option>
          </select>
        </label>
        <label>
          {t('timeline.granularity')}{' '}
          <select
            value={granularity}
            onChange={(e) => setGranularity(GRANULARITIES.find((g) => g === e.target.value) ?? 'month')}
            data-testid="granularity-select"
          >
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {t(`timeline.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => setTimeRange(null)}
          disabled={timeRange === null}
          data-testid="whole-period"
        >
          {t('timeline.wholePeriod')}
        </button>
        <output className="timeline-current" data-testid="timeline-current">
          {t('timeline.current', {
            from: monthLabel(current.startMonth - table.firstMonth),
            to: monthLabel(current.endMonth - table.firstMonth - 1),
          })}
        </output>
        <span className="timeline-legend" aria-hidden="true">
          <i style={{ background: KIND_COLORS[0] }} /> {t('timeline.legendDepartures')}{' '}
          <i style={{ background: KIND_COLORS[1] }} /> {t('timeline.legendInterceptions')}
        </span>
      </div>
      <TimeBrush
        bins={drawnBins}
        colors={KIND_COLORS}
        totalMonths={table.monthCount}
        window={{ start: current.startMonth - table.firstMonth, end: current.endMonth - table.firstMonth }}
        step={step}
        largeStep={largeStepMonths(granularity)}
        onChange={setWindow}
        formatMonth={monthLabel}
        ticks={ticks}
        markers={markers ?? NO_MARKERS}
        onMarker={() => useAppStore.getState().setSideTab('analysis')}
        labels={{
          start: t('timeline.startSlider'),
          end: t('timeline.endSlider'),
          window: t('timeline.windowSlider'),
          histogram: t('timeline.histogram', { granularity: t(`timeline.${granularity}`) }),
        }}
      />
    </div>
  );
}

/**
 * A ref callback for an element and the last border-box height it had, px, kept by a ResizeObserver:
 * read after layout, so no render forces one (measuring in a layout effect cost ~16 ms a brush step).
 */
function useLastHeightPx(): [(element: HTMLDivElement | null) => void, { readonly current: number }] {
  const heightPx = useRef(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver((entries) => {
      const height = entries[0]?.borderBoxSize[0]?.blockSize;
      if (height !== undefined && height > 0) heightPx.current = height;
    });
    observer.current.observe(element, { box: 'border-box' });
  }, []);
  return [ref, heightPx];
}
