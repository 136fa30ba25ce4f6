// The map: a MapLibre basemap built offline, with deck.gl layers over it (flows, direction, site symbols,
// labels, optional per-event points), a hover tooltip, click selection and a legend.
import type { PickingInfo } from '@deck.gl/core';
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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FlowSegment } from '@/domain/flow-segments';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { DEFAULT_BOUNDS, makeBasemapStyle } from './basemap-style';
import { dataBounds } from './data-bounds';
import { declutterLabels, estimateLabelBox } from './declutter-labels';
import { MapTooltip, type HoverTarget } from './map-tooltip';
import { loadBasemap } from './natural-earth';
import { labelCharacterSet, labelSizePx, PLACE_LABELS } from './place-labels';
import type * as DeckLayers from './deck-layers';
import type { SiteSymbol } from './site-symbols';
import { useMapData } from './use-map-data';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';

type DeckModule = typeof DeckLayers;

setWorkerUrl(workerUrl);

/** Seconds for a particle to travel one leg. */
const PARTICLE_PERIOD_S = 6;

interface Hover {
  readonly target: HoverTarget;
  readonly xPx: number;
  readonly yPx: number;
}

export function MapView(): React.JSX.Element {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  // deck.gl arrives as a separate chunk after the first basemap frame, so the basemap shows sooner.
  const [deck, setDeck] = useState<DeckModule | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const data = useMapData();
  const measure = useAppStore((s) => s.measure);
  const motionSetting = useAppStore((s) => s.motion);
  const showEventPoints = useAppStore((s) => s.showEventPoints);
  const selection = useAppStore((s) => s.selection);
  const toggleSelection = useAppStore((s) => s.toggleSelection);
  const reducedMotion = usePrefersReducedMotion();
  const animate = motionSetting && !reducedMotion;

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
      // Keeps the last frame readable, so an export can copy the map's pixels (src/export/).
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    mapRef.current = map;
    let cancelled = false;
    map.once('render', () => {
      void import('./deck-layers').then((module) => {
        if (cancelled) return;
        const deckOverlay = module.createOverlay();
        map.addControl(deckOverlay);
        overlay.current = deckOverlay;
        setDeck(module);
      });
    });
    void loadBasemap().then((basemap) => {
      if (!cancelled) map.setStyle(makeBasemapStyle(basemap));
    });
    element.dataset['mapReady'] = 'false';
    map.on('idle', () => {
      element.dataset['mapReady'] = 'true';
    });
    // The camera as data attributes: lets tests (and later the URL state) read the view without globals.
    const publishView = (): void => {
      const center = map.getCenter();
      element.dataset['view'] = JSON.stringify({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    };
    map.on('moveend', publishView);
    publishView();
    // Only moves the person makes go to the store (and the URL); automatic fits do not.
    map.on('moveend', (event: { originalEvent?: unknown }) => {
      if (event.originalEvent === undefined) return;
      const center = map.getCenter();
      useAppStore.getState().setCamera({ lon: center.lng, lat: center.lat, zoom: map.getZoom() });
    });
    return () => {
      cancelled = true;
      overlay.current = null;
      mapRef.current = null;
      map.remove();
    };
  }, []);

  // A fixed embed: no panning, zooming or rotating (the view is set by the link or the host page).
  const fixed = useAppStore((s) => s.embed && s.embedFixed);
  useEffect(() => {
    const map = mapRef.current;
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
  }, [fixed]);

  // The camera: the one in the store (a link, back/forward), else fit to the dataset (events and corridors).
  const table = data?.table ?? null;
  const camera = useAppStore((s) => s.camera);
  useEffect(() => {
    const map = mapRef.current;
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
    if (bounds) map.fitBounds(bounds, { padding: { top: 30, bottom: 60, left: 30, right: 30 }, duration: 0 });
  }, [table, camera]);

  const labels = useMemo(() => PLACE_LABELS.map((label) => ({ ...label, text: t(label.key) })), [t]);
  const characters = useMemo(() => labelCharacterSet(labels), [labels]);
  const [shownLabelKeys, setShownLabelKeys] = useState<ReadonlySet<string>>(() => new Set());
  // Place labels by rank on the CPU whenever the camera settles.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const update = (): void => {
      const boxes = labels.map((label) => {
        const point = map.project([label.lon, label.lat]);
        const text = label.kind === 'country' ? label.text.toUpperCase() : label.text;
        const size = estimateLabelBox(text, labelSizePx(label));
        return {
          id: label.key,
          xPx: point.x,
          yPx: point.y + (label.kind === 'place' ? -12 : 0),
          ...size,
          rank: label.rank,
        };
      });
      const canvas = map.getCanvas();
      setShownLabelKeys(declutterLabels(boxes, canvas.clientWidth, canvas.clientHeight));
    };
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [labels]);
  const shownLabels = useMemo(
    () => labels.filter((l) => shownLabelKeys.has(l.key)),
    [labels, shownLabelKeys],
  );

  const onHover = useCallback((info: PickingInfo) => {
    const object: unknown = info.object;
    if (!object || info.layer === null) {
      setHover(null);
      return;
    }
    const target: HoverTarget =
      info.layer.id === 'site-symbols'
        ? { kind: 'symbol', symbol: object as SiteSymbol }
        : { kind: 'segment', segment: object as FlowSegment };
    setHover({ target, xPx: info.x, yPx: info.y });
  }, []);
  const onClick = useCallback(
    (info: PickingInfo) => {
      const object: unknown = info.object;
      if (!object || info.layer === null) return;
      if (info.layer.id === 'site-symbols')
        toggleSelection({ kind: 'site', id: (object as SiteSymbol).siteName });
      else toggleSelection({ kind: 'route', id: (object as FlowSegment).routeId });
    },
    [toggleSelection],
  );

  const staticLayers = useMemo(() => {
    if (!data || !deck) return [];
    return deck.composeStaticLayers({
      data,
      measure,
      selectedRoute:
        selection?.kind === 'route' ? data.table.routes.findIndex((r) => r.id === selection.id) : -1,
      selectedSite:
        selection?.kind === 'site' ? data.table.sites.findIndex((s) => s.name === selection.id) : -1,
      showEventPoints,
      labels: shownLabels,
      characters,
    });
  }, [deck, data, measure, selection, showEventPoints, shownLabels, characters]);

  // Push layers to deck.gl; while animating, only the particle layer changes from frame to frame.
  useEffect(() => {
    const target = overlay.current;
    if (!target || !deck || !data) return;
    const handlers = { onHover, onClick };
    if (!animate) {
      deck.pushLayers(target, staticLayers, handlers);
      return;
    }
    let frame = 0;
    const start = performance.now();
    const tick = (now: number): void => {
      const phase = (((now - start) / 1000) % PARTICLE_PERIOD_S) / PARTICLE_PERIOD_S;
      deck.pushLayers(target, deck.withParticles(staticLayers, data, measure, phase), handlers);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [deck, staticLayers, data, measure, animate, onHover, onClick]);

  const source = data?.table.meta.source ?? '';
  return (
    <section
      className="map-panel"
      aria-label={t('map.label')}
      data-layers-ready={deck !== null && data !== null}
    >
      <div ref={container} className="map-canvas" data-testid="map" />
      {source !== '' && (
        <p className="map-source" title={source}>
          {source}
        </p>
      )}
      {hover && data && (
        <MapTooltip
          table={data.table}
          filters={data.filters}
          target={hover.target}
          xPx={hover.xPx}
          yPx={hover.yPx}
        />
      )}
    </section>
  );
}
