// The camera: published on the map element (data-view) for tests and exports, moves the person makes
// written to the store (and so the URL), and the store's camera (a link, back/forward) applied to the map,
// else a fit to the dataset. A fixed embed disables every interaction handler.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { EventTable } from '@/domain/event-table';
import { useAppStore } from '@/state/store';
import { dataBounds } from './data-bounds';

/** Room around the data when fitting: labels above places, the scale bar and attribution below. */
function fitPaddingPx(container: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  // Small maps (embeds, phones) get a proportionally smaller margin, so the data still fill them.
  const side = Math.min(40, Math.round(container.clientWidth * 0.05));
  const vertical = Math.min(40, Math.round(container.clientHeight * 0.07));
  return { top: vertical + 14, bottom: vertical + 20, left: side, right: side + 30 };
}

export function useCameraSync(map: MapLibreMap | null, table: EventTable | null): void {
  useEffect(() => {
    if (!map) return;
    const element = map.getContainer();
    const publishView = (): void => {
      const center = map.getCenter();
      element.dataset['view'] = JSON.stringify({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    };
    // Only moves the person makes go to the store (and the URL); automatic fits do not.
    const storeMove = (event: { originalEvent?: unknown }): void => {
      if (event.originalEvent === undefined) return;
      const center = map.getCenter();
      useAppStore.getState().setCamera({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    };
    map.on('moveend', publishView);
    map.on('moveend', storeMove);
    publishView();
    return () => {
      map.off('moveend', publishView);
      map.off('moveend', storeMove);
    };
  }, [map]);

  const fixed = useAppStore((s) => s.embed && s.embedFixed);
  useEffect(() => {
    if (!map) return;
    const handlers = [
      map.dragPan,
      map.scrollZoom,
      map.boxZoom,
      map.dragRotate,
      map.keyboard,
      map.doubleClickZoom,
      map.touchZoomRotate,
    ];
    for (const handler of handlers) {
      if (fixed) handler.disable();
      else handler.enable();
    }
  }, [map, fixed]);

  const camera = useAppStore((s) => s.camera);
  useEffect(() => {
    if (!map || !table) return;
    if (camera) {
      const center = map.getCenter();
      const same =
        Math.abs(center.lng - camera.lon) < 1e-3 &&
        Math.abs(center.lat - camera.lat) < 1e-3 &&
        Math.abs(map.getZoom() - camera.zoom) < 1e-2;
      if (!same) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      return;
    }
    // No camera chosen: fit to the data, and fit again whenever the map's box changes size (the header
    // and panels settle after the first fit; a window or an embed is resized), so the whole story stays
    // framed. A camera the person chose or a link gave is never overridden.
    const fit = (): void => {
      const bounds = dataBounds(table);
      if (bounds) map.fitBounds(bounds, { padding: fitPaddingPx(map.getContainer()), duration: 0 });
    };
    fit();
    map.on('resize', fit);
    return () => {
      map.off('resize', fit);
    };
  }, [map, table, camera]);
}
