// The map: a MapLibre basemap built offline, with deck.gl layers drawn over it.
import { MapboxOverlay } from '@deck.gl/mapbox';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { DEFAULT_BOUNDS, makeBasemapStyle } from './basemap-style';
import { makeEventPointAttributes, makeEventPointLayer } from './event-point-layer';
import { loadBasemap } from './natural-earth';

setWorkerUrl(workerUrl);

export function MapView(): React.JSX.Element {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  const table = useAppStore((s) => s.table);
  const timeRange = useAppStore((s) => s.filters.timeRange);
  const source = table?.meta.source ?? '';

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
    const deck = new MapboxOverlay({ interleaved: false, layers: [] });
    map.addControl(deck);
    overlay.current = deck;
    let cancelled = false;
    void loadBasemap().then((basemap) => {
      if (!cancelled) map.setStyle(makeBasemapStyle(basemap));
    });
    element.dataset['mapReady'] = 'false';
    map.on('idle', () => {
      element.dataset['mapReady'] = 'true';
    });
    return () => {
      cancelled = true;
      overlay.current = null;
      map.remove();
    };
  }, []);

  const attributes = useMemo(() => (table ? makeEventPointAttributes(table) : null), [table]);

  useEffect(() => {
    const deck = overlay.current;
    if (deck === null || attributes === null || table === null) return;
    const range: [number, number] = timeRange
      ? [timeRange.startDay - table.baseDay, timeRange.endDay - table.baseDay - 1]
      : [0, 65_535];
    deck.setProps({ layers: [makeEventPointLayer(attributes, range)] });
  }, [attributes, table, timeRange]);

  return (
    <section className="map-panel" aria-label={t('map.label')}>
      <div ref={container} className="map-canvas" data-testid="map" />
      {source !== '' && <p className="map-source">{source}</p>}
    </section>
  );
}
