// The hover tooltip: names, counts in the current filter, dates, sources and confidence. Text only.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { epochDayToMs } from '@/domain/epoch-day';
import { filterEvents } from '@/domain/filter-events';
import type { FlowSegment } from '@/domain/flow-segments';
import { summarizeRows } from '@/domain/summarize-rows';
import { OUTCOMES, type Outcome } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';
import { countText } from '@/domain/analysis/protected-count-text';
import { selectSmallCountK } from '@/state/select-protection';
import { useAppStore } from '@/state/store';
import { hasPartialBoats } from '@/domain/boats-known';
import { boatsKnownText } from '@/ui/boats-known-text';
import type { SiteSymbol } from './site-symbols';

export type HoverTarget =
  | { readonly kind: 'segment'; readonly segment: FlowSegment }
  | { readonly kind: 'symbol'; readonly symbol: SiteSymbol };

export interface MapTooltipProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
  readonly target: HoverTarget;
  readonly xPx: number;
  readonly yPx: number;
}

export function outcomeKey(outcome: number): MessageKey {
  const name: Outcome = OUTCOMES[outcome] ?? 'none';
  return `outcome.${name}`;
}

/** Gap between the pointer and the tooltip, in CSS pixels. */
const OFFSET_PX = 14;

/**
 * Where the tooltip goes: below right of the pointer, flipped left or up when it would leave the map, so
 * it is always whole inside the map's box. Measured after layout, before paint.
 */
function useTooltipPlacement(
  box: React.RefObject<HTMLDivElement | null>,
  xPx: number,
  yPx: number,
): { leftPx: number; topPx: number; measured: boolean } {
  const [placed, setPlaced] = useState({ leftPx: xPx + OFFSET_PX, topPx: yPx + OFFSET_PX, measured: false });
  useLayoutEffect(() => {
    const element = box.current;
    const parent = element?.offsetParent;
    if (!element || !(parent instanceof HTMLElement)) return;
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    const maxLeft = Math.max(0, parent.clientWidth - width - 4);
    const maxTop = Math.max(0, parent.clientHeight - height - 4);
    const right = xPx + OFFSET_PX;
    const below = yPx + OFFSET_PX;
    setPlaced({
      leftPx: Math.min(
        maxLeft,
        right + width > parent.clientWidth ? Math.max(0, xPx - OFFSET_PX - width) : right,
      ),
      topPx: Math.min(
        maxTop,
        below + height > parent.clientHeight ? Math.max(0, yPx - OFFSET_PX - height) : below,
      ),
      measured: true,
    });
  }, [box, xPx, yPx]);
  return placed;
}

/** The filters narrowed to what is hovered: a route's interceptions, or one site's records of one outcome. */
function scopeToHovered(filters: EventFilters, hovered: FlowSegment | SiteSymbol): EventFilters {
  if ('routeId' in hovered) return { ...filters, routes: [hovered.routeId], kinds: ['interception'] };
  return {
    ...filters,
    sites: [hovered.siteName],
    kinds: hovered.outcome === 0 ? ['departure'] : ['interception'],
    outcomes: hovered.outcome === 0 ? [] : [OUTCOMES[hovered.outcome] ?? 'landed'],
  };
}

export function MapTooltip({ table, filters, target, xPx, yPx }: MapTooltipProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  // Small-count protection: counts from 1 to k − 1 read "< k" (k = 0: off).
  const k = useAppStore(selectSmallCountK);
  const count = (value: number): string => countText(value, k, formatNumber);
  // Keyed on the hovered leg or symbol itself (stable objects of the map data), not on the hover record,
  // which is new on every pointer move: moving along one leg does not recount its records.
  const hovered = target.kind === 'segment' ? target.segment : target.symbol;
  const summary = useMemo(
    () => summarizeRows(table, filterEvents(table, scopeToHovered(filters, hovered))),
    [table, filters, hovered],
  );

  const box = useRef<HTMLDivElement>(null);
  const placed = useTooltipPlacement(box, xPx, yPx);
  const title = target.kind === 'segment' ? target.segment.routeName : target.symbol.siteName;
  const subtitle =
    target.kind === 'segment'
      ? target.segment.fallback
        ? t('tooltip.noCorridor')
        : t('tooltip.leg', { from: target.segment.fromName, to: target.segment.toName })
      : t(outcomeKey(target.symbol.outcome));
  const people = target.kind === 'segment' ? target.segment.people : target.symbol.people;
  const boats = target.kind === 'segment' ? target.segment.boats : target.symbol.boats;
  const [first, ...more] = summary.sources;
  // Only some records of the table know their boats: say how many of the hovered ones do.
  const boatsNote = hasPartialBoats(table)
    ? boatsKnownText({ known: summary.boatsKnown, records: summary.events }, i18n, 'clause', count)
    : null;
  return (
    <div
      ref={box}
      className="map-tooltip"
      style={{ left: placed.leftPx, top: placed.topPx, visibility: placed.measured ? 'visible' : 'hidden' }}
      role="status"
      data-testid="map-tooltip"
    >
      <strong className="tooltip-title">
        <bdi>{title}</bdi>
      </strong>
      <span>{subtitle}</span>
      <span data-testid="tooltip-people">{t('tooltip.people', { value: count(people) })}</span>
      <span data-testid="tooltip-boats">
        {t('tooltip.boats', { value: count(boats) })}
        {boatsNote !== null && <span data-testid="tooltip-boats-known"> ({boatsNote})</span>}
      </span>
      <span>{t('tooltip.events', { value: count(summary.events) })}</span>
      {summary.firstDay !== null && summary.lastDay !== null && (
        <span>
          {t('tooltip.period', {
            from: formatDate(epochDayToMs(summary.firstDay)),
            to: formatDate(epochDayToMs(summary.lastDay)),
          })}
        </span>
      )}
      {first && (
        <span>
          {more.length === 0
            ? t('tooltip.sources', { value: first.name })
            : t('tooltip.sourcesMore', { value: first.name, count: formatNumber(more.length) })}
        </span>
      )}
      <span>
        {t('tooltip.confidence', {
          high: count(summary.confidence[0] ?? 0),
          medium: count(summary.confidence[1] ?? 0),
          low: count(summary.confidence[2] ?? 0),
        })}
      </span>
      <span className="tooltip-hint">{t('tooltip.clickToSelect')}</span>
    </div>
  );
}
