// The map: a MapLibre basemap built offline with deck.gl layers over it (flows, direction, site symbols,
// labels, optional per-event points), a hover tooltip, click selection and the settle signal. Each concern
// lives in a hook of its own; this component composes them and pushes the layers.
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { useFlowHighlight } from './flow-highlight';
import { makeFlowLines } from './flow-lines';
import { DEFAULT_FLOW_STYLE } from './flow-scale';
import { CompareSwipe } from './compare-swipe';
import { MapHover } from './map-hover';
import { useCameraSync } from './use-camera-sync';
import { useDeclutteredLabels } from './use-decluttered-labels';
import { useFlowAnimation } from './use-flow-animation';
import { useMapControlLabels } from './use-map-control-labels';
import { useMapData, type MapData } from './use-map-data';
import { useMapLibre } from './use-maplibre';
import { useMapPicking } from './use-map-picking';
import { useRenderSettle } from './use-render-settle';
import { useSideHandlers, useSwipeOverlay, useSwipePeriods } from './use-swipe';

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

  // With the swipe on, the map's own layers show period A and a second set shows B (use-swipe.ts).
  const swipe = useSwipePeriods();
  const data = useMapData(swipe?.a);
  const dataB = useMapData(swipe?.b ?? null);
  useCameraSync(map, data?.table ?? null);
  useMapControlLabels(map, deck !== null);
  const picking = useMapPicking();
  const pickingB = useMapPicking();
  const handlersA = useSideHandlers(picking, 'a');
  const handlersB = useSideHandlers(pickingB, 'b');
  const animate = useFlowAnimation();
  const measure = useAppStore((s) => s.measure);
  const showEventPoints = useAppStore((s) => s.showEventPoints);
  const scaleToView = useAppStore((s) => s.flowScaleToView);
  // The swipe's two sides share one width scale (the whole period's largest leg). A boolean, not the
  // periods: turning the swipe on must not rebuild A's layers when nothing changed.
  const viewScale = scaleToView && swipe === null;
  // Labels keep clear of the flows as drawn (same widths as the flow layers).
  const flowLines = useMemo(
    () =>
      data
        ? makeFlowLines(data.segments, {
            ...DEFAULT_FLOW_STYLE,
            measure,
            referenceValue: viewScale ? null : data.periodMax[measure],
          })
        : [],
    [data, measure, viewScale],
  );
  const { labels, characters } = useDeclutteredLabels(map, data?.table ?? null, flowLines);
  const selection = useAppStore((s) => s.selection);
  const highlightedRoute = useFlowHighlight();

  const compose = useMemo(() => {
    if (!deck) return null;
    return (input: MapData | null) =>
      input &&
      deck.module.composeLayers({
        data: input,
        measure,
        selectedRoute:
          selection?.kind === 'route' ? input.table.routes.findIndex((r) => r.id === selection.id) : -1,
        highlightedRoute,
        selectedSite:
          selection?.kind === 'site' ? input.table.sites.findIndex((s) => s.name === selection.id) : -1,
        showEventPoints,
        // The swipe's two sides share one width scale: the whole period's largest leg.
        scaleToView: viewScale,
        labels,
        characters,
      });
  }, [deck, measure, selection, highlightedRoute, showEventPoints, viewScale, labels, characters]);
  const layers = useMemo(() => compose?.(data) ?? null, [compose, data]);
  const layersB = useMemo(() => compose?.(dataB) ?? null, [compose, dataB]);
  useSwipeOverlay(map, deck, layersB, handlersB);

  useEffect(() => {
    if (!deck || !layers) return;
    deck.module.pushLayers(deck.overlay, layers, handlersA);
    settle.notePush();
  }, [deck, layers, handlersA, settle]);
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
      <div ref={container} className="map-canvas" data-testid="map">
        {swipe && data && <CompareSwipe periods={swipe} table={data.table} />}
      </div>
      {source !== '' && (
        <p className="map-source" title={source}>
          {source}
        </p>
      )}
      {data && <MapHover sink={picking.hoverSink} table={data.table} filters={data.filters} />}
      {dataB && <MapHover sink={pickingB.hoverSink} table={dataB.table} filters={dataB.filters} />}
    </section>
  );
}
