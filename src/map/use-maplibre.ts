// The MapLibre instance and the deck.gl overlay: created once per container, the basemap style built
// offline, deck.gl loaded as its own chunk after the first basemap frame. Nothing here knows the data.
import type { MapboxOverlay } from '@deck.gl/mapbox';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useState, type RefObject } from 'react';
import { setRenderNow } from '@/lib/render-now';
import { DEFAULT_BOUNDS, makeBasemapStyle } from './basemap-style';
import type * as DeckLayers from './deck-layers';
import { loadBasemap } from './natural-earth';

setWorkerUrl(workerUrl);

export type DeckModule = typeof DeckLayers;

export interface MapHandles {
  readonly map: MapLibreMap;
  /** Null until the deck.gl chunk has arrived. */
  readonly deck: {
    readonly module: DeckModule;
    readonly overlay: MapboxOverlay;
    /** Over the first: only the travelling dashes, redrawn every frame while they move. */
    readonly motionOverlay: MapboxOverlay;
  } | null;
}

/**
 * Creates the map in `container` and, after its first frame, the deck.gl overlay. `onDeckRendered.current`
 * is called after every deck.gl frame (the settle signal listens to it).
 */
export function useMapLibre(
  container: RefObject<HTMLDivElement | null>,
  onDeckRendered: RefObject<() => void>,
): MapHandles | null {
  const [handles, setHandles] = useState<MapHandles | null>(null);
  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const map = new MapLibreMap({
      container: element,
      style: makeBasemapStyle(null),
      bounds: DEFAULT_BOUNDS,
      attributionControl: false,
      renderWorldCopies: true,
      fadeDuration: 0,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    setHandles({ map, deck: null });
    let cancelled = false;
    let overlays: readonly MapboxOverlay[] = [];
    map.once('render', () => {
      void import('./deck-layers').then((module) => {
        if (cancelled) return;
        const overlay = module.createOverlay(() => onDeckRendered.current());
        const motionOverlay = module.createMotionOverlay();
        map.addControl(overlay);
        map.addControl(motionOverlay);
        overlays = [overlay, motionOverlay];
        setHandles({ map, deck: { module, overlay, motionOverlay } });
      });
    });
    void loadBasemap().then((basemap) => {
      if (!cancelled) map.setStyle(makeBasemapStyle(basemap));
    });
    // Export reads the canvases right after this paints them, in the same task (no preserveDrawingBuffer).
    const unregister = setRenderNow(() => {
      map.redraw();
      for (const overlay of overlays) redrawDeck(overlay);
    });
    return () => {
      cancelled = true;
      unregister();
      map.remove();
    };
  }, [container, onDeckRendered]);
  return handles;
}

/**
 * Draws deck.gl's canvas synchronously. MapboxOverlay keeps its Deck private; `redraw(reason)` with a
 * reason draws at once whatever the redraw flags say.
 */
export function redrawDeck(overlay: MapboxOverlay): void {
  const deck = (overlay as unknown as { _deck?: { redraw: (reason: string) => void } })._deck;
  deck?.redraw('capture');
}
