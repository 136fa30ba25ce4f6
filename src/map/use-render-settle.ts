// The settle signal: a render sequence number the map publishes on its element once the basemap is idle
// and deck.gl has drawn after a layer push. Tests (and anything else that must know "what is on screen
// now matches the state") wait for it instead of sleeping.
//   data-layer-seq   layers handed to deck.gl so far
//   data-render-seq  the last layer push that is on screen, drawn, with the basemap idle
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';

export interface RenderSettle {
  /** Call right after handing new layers to deck.gl. */
  readonly notePush: () => void;
  /** Call after every deck.gl frame (stable identity). */
  readonly noteDeckRendered: () => void;
}

export function useRenderSettle(
  element: React.RefObject<HTMLElement | null>,
  map: MapLibreMap | null,
): RenderSettle {
  const state = useRef({ pushed: 0, pending: false, deckDrawn: false, mapIdle: false });
  const publish = useCallback(() => {
    const s = state.current;
    if (!s.pending || !s.deckDrawn || !s.mapIdle) return;
    s.pending = false;
    element.current?.setAttribute('data-render-seq', String(s.pushed));
  }, [element]);

  useEffect(() => {
    if (!map) return;
    const onIdle = (): void => {
      state.current.mapIdle = true;
      publish();
    };
    map.on('idle', onIdle);
    return () => {
      map.off('idle', onIdle);
    };
  }, [map, publish]);

  const notePush = useCallback(() => {
    const s = state.current;
    s.pushed += 1;
    s.pending = true;
    s.deckDrawn = false;
    s.mapIdle = false;
    element.current?.setAttribute('data-layer-seq', String(s.pushed));
    // One basemap frame after the push, so 'idle' fires again even when nothing of the basemap changed.
    map?.triggerRepaint();
  }, [element, map]);

  const noteDeckRendered = useCallback(() => {
    const s = state.current;
    if (!s.pending) return;
    s.deckDrawn = true;
    publish();
  }, [publish]);

  return { notePush, noteDeckRendered };
}
