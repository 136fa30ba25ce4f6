// The hover tooltip's own little state: picking writes to it through `HoverSink`, so a pointer move
// re-renders only the tooltip, never the map component or its layers.
import { useLayoutEffect, useState } from 'react';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { MapTooltip, type HoverTarget } from './map-tooltip';

export interface Hover {
  readonly target: HoverTarget;
  readonly xPx: number;
  readonly yPx: number;
}

/** Where picking sends hover changes; the tooltip component fills it in. */
export interface HoverSink {
  current: (hover: Hover | null) => void;
}

export function MapHover({
  sink,
  table,
  filters,
}: {
  readonly sink: HoverSink;
  readonly table: EventTable;
  readonly filters: EventFilters;
}): React.JSX.Element | null {
  const [hover, setHover] = useState<Hover | null>(null);
  useLayoutEffect(() => {
    sink.current = setHover;
    return () => {
      sink.current = () => undefined;
    };
  }, [sink]);
  if (!hover) return null;
  return <MapTooltip table={table} filters={filters} target={hover.target} xPx={hover.xPx} yPx={hover.yPx} />;
}
