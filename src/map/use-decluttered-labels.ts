// Map labels (country names in the current language, the data's own place names), decluttered by rank on
// the CPU whenever the camera settles, and moved off the flow lines where a place beside them is free.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { createFormatters, LANGUAGES, type Translate } from '@/i18n/translate';
import {
  estimateLabelBox,
  placeLabels,
  type FlowObstacle,
  type LabelBox,
  type LabelShift,
} from './declutter-labels';
import type { FlowLine } from './flow-lines';
import type { LonLat } from '@/domain/flow-segments';
import type { EventTable } from '@/domain/event-table';
import {
  COUNTRY_LABELS,
  labelCharacterSet,
  labelSizePx,
  makeDataPlaceLabels,
  type ResolvedLabel,
} from './place-labels';

/** A label shown, with its shift in pixels from its default place. */
export interface PlacedLabel extends ResolvedLabel {
  readonly shiftPx: LabelShift;
}

export interface DeclutteredLabels {
  readonly labels: readonly PlacedLabel[];
  /** Every character any label may show (the SDF font atlas), stable while the language stays. */
  readonly characters: readonly string[];
}

/**
 * Screen positions of paths for one camera, by path (x, y pixels per vertex). A filter step changes the
 * lines' widths but not their paths (flow-segments.ts keeps the arrays), so it projects nothing again;
 * any camera change or resize starts a new cache.
 */
type ProjectedPaths = WeakMap<readonly LonLat[], Float64Array>;

function projectedPath(map: MapLibreMap, path: readonly LonLat[], cache: ProjectedPaths): Float64Array {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  const xy = new Float64Array(path.length * 2);
  path.forEach(([lon, lat], i) => {
    const point = map.project([lon, lat]);
    xy[i * 2] = point.x;
    xy[i * 2 + 1] = point.y;
  });
  cache.set(path, xy);
  return xy;
}

/** The flow lines projected to the screen, one straight piece per pair of vertices. */
function projectFlowLines(
  map: MapLibreMap,
  lines: readonly FlowLine[],
  cache: ProjectedPaths,
): FlowObstacle[] {
  const obstacles: FlowObstacle[] = [];
  for (const line of lines) {
    const xy = projectedPath(map, line.path, cache);
    for (let i = 2; i + 1 < xy.length; i += 2)
      obstacles.push({
        x0Px: xy[i - 2] ?? 0,
        y0Px: xy[i - 1] ?? 0,
        x1Px: xy[i] ?? 0,
        y1Px: xy[i + 1] ?? 0,
        halfWidthPx: line.halfWidthPx,
      });
  }
  return obstacles;
}

/** The country labels in one language. */
function countryLabelsIn(t: Translate): ResolvedLabel[] {
  return COUNTRY_LABELS.map((label) => ({
    id: label.key,
    text: t(label.key),
    lon: label.lon,
    lat: label.lat,
    rank: label.rank,
    kind: label.kind,
  }));
}

let everyLanguage: readonly ResolvedLabel[] | null = null;
/** The country labels in every language of the app (made once). */
function countryLabelsEveryLanguage(): readonly ResolvedLabel[] {
  everyLanguage ??= LANGUAGES.flatMap((language) => countryLabelsIn(createFormatters(language).t));
  return everyLanguage;
}

/** The labels' boxes on the screen for the map's camera. */
function projectLabelBoxes(map: MapLibreMap, labels: readonly ResolvedLabel[]): LabelBox[] {
  return labels.map((label) => {
    const point = map.project([label.lon, label.lat]);
    const text = label.kind === 'country' ? label.text.toUpperCase() : label.text;
    return {
      id: label.id,
      xPx: point.x,
      yPx: point.y + (label.kind === 'place' ? -12 : 0),
      ...estimateLabelBox(text, labelSizePx(label)),
      rank: label.rank,
    };
  });
}

/** What one camera's projections hold: flow paths, and the boxes of one set of labels. */
interface ProjectedView {
  readonly camera: string;
  readonly paths: ProjectedPaths;
  labels: readonly ResolvedLabel[] | null;
  boxes: readonly LabelBox[];
}

/**
 * The map's size in CSS pixels as MapLibre set it at its last resize (the canvas's inline style, else its
 * drawing buffer over the pixel ratio). Reading the canvas's client size forced a layout after every render
 * that changed the page: 32 ms of a language switch went to that, in this effect.
 */
function mapSizePx(map: MapLibreMap): { readonly widthPx: number; readonly heightPx: number } {
  const canvas = map.getCanvas();
  const ratio = map.getPixelRatio() || 1;
  const styled = (value: string, buffer: number): number => {
    const px = Number.parseFloat(value);
    return Number.isFinite(px) && px > 0 ? px : buffer / ratio;
  };
  return {
    widthPx: styled(canvas.style.width, canvas.width),
    heightPx: styled(canvas.style.height, canvas.height),
  };
}

/** Everything a screen projection depends on. */
function cameraKey(map: MapLibreMap, size: { readonly widthPx: number; readonly heightPx: number }): string {
  const { lng, lat } = map.getCenter();
  return `${lng},${lat},${map.getZoom()},${map.getBearing()},${map.getPitch()},${size.widthPx}x${size.heightPx}`;
}

const sameShifts = (a: ReadonlyMap<string, LabelShift>, b: ReadonlyMap<string, LabelShift>): boolean =>
  a.size === b.size &&
  [...b].every(([key, [dx, dy]]) => {
    const old = a.get(key);
    return old !== undefined && old[0] === dx && old[1] === dy;
  });

export function useDeclutteredLabels(
  map: MapLibreMap | null,
  table: EventTable | null,
  flowLines: readonly FlowLine[],
): DeclutteredLabels {
  const { t } = useI18n();
  const places = useMemo(() => (table ? makeDataPlaceLabels(table) : []), [table]);
  const all = useMemo(() => [...countryLabelsIn(t), ...places], [t, places]);
  // Both languages' characters: a language switch changes the texts but not the glyph atlas.
  const characters = useMemo(() => labelCharacterSet([...countryLabelsEveryLanguage(), ...places]), [places]);
  const [shifts, setShifts] = useState<ReadonlyMap<string, LabelShift>>(() => new Map());
  const projected = useRef<ProjectedView>({ camera: '', paths: new WeakMap(), labels: null, boxes: [] });
  useEffect(() => {
    if (!map) return;
    const update = (): void => {
      const size = mapSizePx(map);
      const camera = cameraKey(map, size);
      if (projected.current.camera !== camera)
        projected.current = { camera, paths: new WeakMap(), labels: null, boxes: [] };
      const view = projected.current;
      // A filter step moves no label: the boxes are projected again only for a new camera or label set.
      if (view.labels !== all) {
        view.labels = all;
        view.boxes = projectLabelBoxes(map, all);
      }
      const obstacles = projectFlowLines(map, flowLines, view.paths);
      const next = placeLabels(view.boxes, size.widthPx, size.heightPx, obstacles);
      // Same labels in the same places: keep the old map, so the layers are not rebuilt after every move.
      setShifts((previous) => (sameShifts(previous, next) ? previous : next));
    };
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [map, all, flowLines]);
  const labels = useMemo(
    () =>
      all.flatMap((label): PlacedLabel[] => {
        const shiftPx = shifts.get(label.id);
        return shiftPx ? [{ ...label, shiftPx }] : [];
      }),
    [all, shifts],
  );
  return { labels, characters };
}
