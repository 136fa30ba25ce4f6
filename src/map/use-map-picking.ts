// Picking: hover goes to the tooltip's sink (not to React state of the map) and lights the route under the
// pointer (flow-highlight.ts), a click toggles the selection of a route or a site. Both callbacks keep their identity, so deck.gl props stay stable.
import type { PickingInfo } from '@deck.gl/core';
import { useMemo, useRef } from 'react';
import type { FlowSegment } from '@/domain/flow-segments';
import { useAppStore } from '@/state/store';
import { flowHighlight } from './flow-highlight';
import type { HoverSink } from './map-hover';
import type { HoverTarget } from './map-tooltip';
import { pickedSiteSymbol, SITE_SYMBOL_LAYER_ID } from './site-symbols';

export interface MapPicking {
  readonly hoverSink: HoverSink;
  readonly onHover: (info: PickingInfo) => void;
  readonly onClick: (info: PickingInfo) => void;
}

export function useMapPicking(): MapPicking {
  const hoverSink = useRef<HoverSink['current']>(() => undefined);
  return useMemo(() => {
    const onHover = (info: PickingInfo): void => {
      const symbol = pickedSiteSymbol(info);
      const object: unknown = info.object;
      if ((!symbol && !object) || info.layer === null) {
        hoverSink.current(null);
        flowHighlight.set(-1);
        return;
      }
      const target: HoverTarget = symbol
        ? { kind: 'symbol', symbol }
        : { kind: 'segment', segment: object as FlowSegment };
      hoverSink.current({ target, xPx: info.x, yPx: info.y });
      // Only a pointer entering another route changes the highlight (and so the layers' colours).
      flowHighlight.set(target.kind === 'segment' ? target.segment.route : -1);
    };
    const onClick = (info: PickingInfo): void => {
      const { toggleSelection } = useAppStore.getState();
      if (info.layer?.id === SITE_SYMBOL_LAYER_ID) {
        const symbol = pickedSiteSymbol(info);
        if (symbol) toggleSelection({ kind: 'site', id: symbol.siteName });
        return;
      }
      const object: unknown = info.object;
      if (!object || info.layer === null) return;
      toggleSelection({ kind: 'route', id: (object as FlowSegment).routeId });
    };
    return { hoverSink, onHover, onClick };
  }, []);
}
