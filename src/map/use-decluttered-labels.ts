// Map labels (country names in the current language, the data's own place names), decluttered by rank on
// the CPU whenever the camera settles.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { declutterLabels, estimateLabelBox } from './declutter-labels';
import type { EventTable } from '@/domain/event-table';
import {
  COUNTRY_LABELS,
  labelCharacterSet,
  labelSizePx,
  makeDataPlaceLabels,
  type ResolvedLabel,
} from './place-labels';

export interface DeclutteredLabels {
  readonly labels: readonly ResolvedLabel[];
  /** Every character any label may show (the SDF font atlas), stable while the language stays. */
  readonly characters: readonly string[];
}

export function useDeclutteredLabels(map: MapLibreMap | null, table: EventTable | null): DeclutteredLabels {
  const { t } = useI18n();
  const places = useMemo(() => (table ? makeDataPlaceLabels(table) : []), [table]);
  const all = useMemo(
    () => [
      ...COUNTRY_LABELS.map((label) => ({
        id: label.key,
        text: t(label.key),
        lon: label.lon,
        lat: label.lat,
        rank: label.rank,
        kind: label.kind,
      })),
      ...places,
    ],
    [t, places],
  );
  const characters = useMemo(() => labelCharacterSet(all), [all]);
  const [shownKeys, setShownKeys] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    if (!map) return;
    const update = (): void => {
      const boxes = all.map((label) => {
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
      const canvas = map.getCanvas();
      const next = declutterLabels(boxes, canvas.clientWidth, canvas.clientHeight);
      // Same labels shown: keep the old set, so the layers are not rebuilt after every camera move.
      setShownKeys((previous) =>
        previous.size === next.size && [...next].every((k) => previous.has(k)) ? previous : next,
      );
    };
    update();
    map.on('moveend', update);
    map.on('resize', update);
    return () => {
      map.off('moveend', update);
      map.off('resize', update);
    };
  }, [map, all]);
  const labels = useMemo(() => all.filter((l) => shownKeys.has(l.id)), [all, shownKeys]);
  return { labels, characters };
}
