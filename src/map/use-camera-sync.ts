// The camera: published on the map element (data-view) for tests and exports, moves the person makes
// written to the store (and so the URL), and the store's camera (a link, back/forward) applied to the map,
// else a fit to the dataset. A fixed embed disables every interaction handler.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { EventTable } from '@/domain/event-table';
import { useAppStore } from '@/state/store';
import { dataBounds } from './data-bounds';

const FIT_PADDING_PX = { top: 30, bottom: 60, left: 30, right: 30 };

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
    const bounds = dataBounds(table);
    if (bounds) map.fitBounds(bounds, { padding: FIT_PADDING_PX, duration: 0 });
  }, [map, table, camera]);
}
