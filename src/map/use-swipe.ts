// The swipe between the two compared periods on the one map: A on the map's own deck.gl canvases, B on a
// third canvas made only while the swipe is on, each clipped to its side of the divider by CSS (moving
// the divider redraws nothing). Both follow MapLibre's one camera, so they cannot drift apart; both are
// drawn with the whole period's largest leg as their width reference (one scale).
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resolveComparePeriods, type ComparePeriodsPair } from '@/domain/analysis/resolve-compare-periods';
import { setRenderNow } from '@/lib/render-now';
import { useAppStore } from '@/state/store';
import type { DeckHandlers } from './deck-layers';
import type { MapPicking } from './use-map-picking';
import { redrawDeck, type MapHandles } from './use-maplibre';
import { isOnSideB, swipeClipPaths } from './swipe-geometry';

/** The periods of the swipe's two sides, or null while the swipe is off (or nothing is loaded). */
export function useSwipePeriods(): ComparePeriodsPair | null {
  const { on, table, compareA, compareB, timeRange } = useAppStore(
    useShallow((s) => ({
      on: s.compareSwipe,
      table: s.table,
      compareA: s.compareA,
      compareB: s.compareB,
      timeRange: s.filters.timeRange,
    })),
  );
  return useMemo(
    () => (on && table ? resolveComparePeriods(compareA, compareB, timeRange, table) : null),
    [on, table, compareA, compareB, timeRange],
  );
}

/**
 * Hover and click of one side: a pointer over the other side of the divider hovers nothing here (that
 * side's own deck.gl answers it), so each tooltip tells the figures of the period under the pointer.
 */
export function useSideHandlers(picking: MapPicking, side: 'a' | 'b'): DeckHandlers {
  // The swipe is read when the pointer moves, so the handlers keep their identity (a push of new
  // handlers alone would not redraw deck.gl, and the settle signal would wait for that frame).
  return useMemo(() => {
    const mine = (info: PickingInfo): boolean => {
      const { compareSwipe, compareSwipeAtPct } = useAppStore.getState();
      if (!compareSwipe) return side === 'a';
      return isOnSideB(info.x, info.viewport?.width ?? 0, compareSwipeAtPct) === (side === 'b');
    };
    return {
      onHover: (info) => picking.onHover(mine(info) ? info : { ...info, object: null, layer: null }),
      onClick: (info) => {
        if (mine(info)) picking.onClick(info);
      },
    };
  }, [picking, side]);
}

/** Creates side B's overlay while `on`, pushes its layers, and clips both sides to the divider. */
export function useSwipeOverlay(
  map: MapLibreMap | null,
  deck: MapHandles['deck'],
  layersB: Layer[] | null,
  handlersB: DeckHandlers,
): MapboxOverlay | null {
  const on = layersB !== null;
  const [overlay, setOverlay] = useState<MapboxOverlay | null>(null);
  const pct = useAppStore((s) => s.compareSwipeAtPct);
  const pctNow = useRef(pct);
  useEffect(() => {
    if (!map || !deck || !on) return;
    const element = map.getContainer();
    // deck.gl makes its canvas with its device (asynchronously): B's clip is applied again after each of
    // its frames. Tests wait for side B as for the map: its last push is on screen when the numbers match.
    const created: MapboxOverlay = deck.module.createOverlay(() => {
      applyClips(deck, created, pctNow.current);
      element.setAttribute('data-swipe-render-seq', element.getAttribute('data-swipe-layer-seq') ?? '0');
    });
    map.addControl(created);
    const unregister = setRenderNow(() => redrawDeck(created));
    setOverlay(created);
    return () => {
      unregister();
      map.removeControl(created);
      setOverlay(null);
    };
  }, [map, deck, on]);

  useEffect(() => {
    if (!map || !deck || !overlay || !layersB) return;
    deck.module.pushLayers(overlay, layersB, handlersB);
    const element = map.getContainer();
    const seq = Number(element.getAttribute('data-swipe-layer-seq') ?? '0') + 1;
    element.setAttribute('data-swipe-layer-seq', String(seq));
    // The overlay draws on MapLibre's frames; an idle map would not draw B's new layers.
    map.triggerRepaint();
  }, [map, deck, overlay, layersB, handlersB]);

  useEffect(() => {
    pctNow.current = pct;
    if (deck) applyClips(deck, overlay, pct);
  }, [deck, overlay, pct]);
  return overlay;
}

/** Clips A's canvases (the map's own) left of the divider and B's right of it; none without B. */
function applyClips(
  deck: NonNullable<MapHandles['deck']>,
  overlayB: MapboxOverlay | null,
  pct: number,
): void {
  const clips = swipeClipPaths(pct);
  for (const canvas of [deck.overlay.getCanvas(), deck.motionOverlay.getCanvas()])
    if (canvas) clipCanvas(canvas, overlayB ? clips.a : null, 0, pct);
  const sideB = overlayB?.getCanvas() ?? null;
  if (sideB) clipCanvas(sideB, clips.b, pct, 100);
}

/** The CSS clip and, for the export's composition, the same clip as data attributes (null: none). */
function clipCanvas(canvas: HTMLCanvasElement, clip: string | null, fromPct: number, toPct: number): void {
  canvas.style.clipPath = clip ?? '';
  if (clip === null) {
    delete canvas.dataset['clipFromPct'];
    delete canvas.dataset['clipToPct'];
  } else {
    canvas.dataset['clipFromPct'] = String(fromPct);
    canvas.dataset['clipToPct'] = String(toPct);
  }
}
