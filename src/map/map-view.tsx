// The map: a MapLibre basemap built offline with deck.gl layers over it (flows, direction, site symbols,
// labels, optional per-event points), a hover tooltip, click selection and the settle signal. Each concern
// lives in a hook of its own; this component composes them and pushes the layers.
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { useFlowHighlight } from './flow-highlight';
import { makeFlowLines } from './flow-lines';
import { DEFAULT_FLOW_STYLE } from './flow-scale';
import { MapHover } from './map-hover';
import { useCameraSync } from './use-camera-sync';
import { useDeclutteredLabels } from './use-decluttered-labels';
import { useFlowAnimation } from './use-flow-animation';
import { useMapControlLabels } from './use-map-control-labels';
import { useMapData } from './use-map-data';
import { useMapLibre } from './use-maplibre';
import { useMapPicking } from './use-map-picking';
import { useRenderSettle } from './use-render-settle';

export function MapView(): React.JSX.Element {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const deckRendered = useRef<() => void>(() => undefined);
  const handles = useMapLibre(container, deckRendered);
  const map = handles?.map ?? null;
  const deck = handles?.deck ?? null;
  const settle = useRenderSettle(container, map);
  useEffect(() => {
    deckRendered.current = settle.noteDeckRendered;
  }, [settle]);

  const data = useMapData();
  useCameraSync(map, data?.table ?? null);
  useMapControlLabels(map, deck !== null);
  const picking = useMapPicking();
  const animate = useFlowAnimation();
  const measure = useAppStore((s) => s.measure);
  const showEventPoints = useAppStore((s) => s.showEventPoints);
  const scaleToView = useAppStore((s) => s.flowScaleToView);
  // Labels keep clear of the flows as drawn (same widths as the flow layers).
  const flowLines = useMemo(
    () =>
      data
        ? makeFlowLines(data.segments, {
            ...DEFAULT_FLOW_STYLE,
            measure,
            referenceValue: scaleToView ? null : data.periodMax[measure],
          })
        : [],
    [data, measure, scaleToView],
  );
  const { labels, characters } = useDeclutteredLabels(map, data?.table ?? null, flowLines);
  const selection = useAppStore((s) => s.selection);
  const highlightedRoute = useFlowHighlight();

  const layers = useMemo(() => {
    if (!data || !deck) return null;
    return deck.module.composeLayers({
      data,
      measure,
      selectedRoute:
        selection?.kind === 'route' ? data.table.routes.findIndex((r) => r.id === selection.id) : -1,
      highlightedRoute,
      selectedSite:
        selection?.kind === 'site' ? data.table.sites.findIndex((s) => s.name === selection.id) : -1,
      showEventPoints,
      scaleToView,
      labels,
      characters,
    });
  }, [deck, data, measure, selection, highlightedRoute, showEventPoints, scaleToView, labels, characters]);

  useEffect(() => {
    if (!deck || !layers) return;
    deck.module.pushLayers(deck.overlay, layers, picking);
    settle.notePush();
  }, [deck, layers, picking, settle]);
  // The dashes on their own canvas: starting or stopping them, or new flows, touch nothing else.
  useEffect(() => {
    if (!deck || !data) return;
    deck.module.pushMotion(deck.motionOverlay, data, measure, animate);
  }, [deck, data, measure, animate]);

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
      {data && <MapHover sink={picking.hoverSink} table={data.table} filters={data.filters} />}
    </section>
  );
}
