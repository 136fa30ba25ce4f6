// The swipe's divider over the map: a slider (drag it, or focus it and use the arrow keys) with the two
// periods named on either side, and a button that closes the swipe. Its place is in the store (and link).
import { useRef } from 'react';
import type { ComparePeriodsPair } from '@/domain/analysis/resolve-compare-periods';
import type { EventTable } from '@/domain/event-table';
import { periodLabel } from '@/domain/period-label';
import { useI18n } from '@/i18n/i18n-context';
import { SWIPE_MAX_PCT, SWIPE_MIN_PCT } from '@/state/analysis-slice';
import { useAppStore } from '@/state/store';
import { nextSwipePct, swipePctAt } from './swipe-geometry';
import './compare-swipe.css';

export interface CompareSwipeProps {
  readonly periods: ComparePeriodsPair;
  readonly table: EventTable;
}

export function CompareSwipe({ periods, table }: CompareSwipeProps): React.JSX.Element {
  const { t, formatDate, formatMonth } = useI18n();
  const pct = useAppStore((s) => s.compareSwipeAtPct);
  const setAt = useAppStore((s) => s.setCompareSwipeAt);
  const setSwipe = useAppStore((s) => s.setCompareSwipe);
  const root = useRef<HTMLDivElement>(null);
  const dates = { formatDate, formatMonth };
  const labelA = periodLabel(periods.a, table, dates);
  const labelB = periodLabel(periods.b, table, dates);

  const moveTo = (clientX: number): void => {
    const box = root.current?.getBoundingClientRect();
    if (box) setAt(swipePctAt(clientX, box.left, box.width));
  };
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>): void => {
    // The map must not start a pan under the divider.
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };
  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>): void => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    const next = nextSwipePct(event.key, pct, event.shiftKey);
    if (next === null) return;
    // Arrow keys would otherwise also pan the map.
    event.preventDefault();
    event.stopPropagation();
    setAt(next);
  };

  return (
    <div ref={root} className="compare-swipe" data-testid="compare-swipe">
      <div
        className="compare-swipe-divider"
        style={{ left: `${pct}%` }}
        role="slider"
        tabIndex={0}
        aria-label={t('analysis.swipe.label')}
        aria-orientation="horizontal"
        aria-valuemin={SWIPE_MIN_PCT}
        aria-valuemax={SWIPE_MAX_PCT}
        aria-valuenow={pct}
        aria-valuetext={t('analysis.swipe.valueText', { a: labelA, b: labelB, pct })}
        data-testid="swipe-divider"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <span className="compare-swipe-grip" aria-hidden="true" />
      </div>
      <p className="compare-swipe-label is-a" style={{ right: `${100 - pct}%` }} data-testid="swipe-label-a">
        <bdi>{t('analysis.swipe.sideA', { period: labelA })}</bdi>
      </p>
      <p className="compare-swipe-label is-b" style={{ left: `${pct}%` }} data-testid="swipe-label-b">
        <bdi>{t('analysis.swipe.sideB', { period: labelB })}</bdi>
      </p>
      <button
        type="button"
        className="compare-swipe-close"
        style={{ left: `${pct}%` }}
        onClick={() => setSwipe(false)}
        data-testid="swipe-close"
      >
        {t('analysis.swipe.close')}
      </button>
    </div>
  );
}
