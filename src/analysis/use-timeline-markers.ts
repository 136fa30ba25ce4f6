// The flag markers the timeline draws over its histogram: one per bin with flagged months, labelled with
// the bin and the series flagged in it ("Mar 2012: 2 unusual months flagged (Total, Route: …)"); null
// while the flags are being computed.
import { useMemo } from 'react';
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventTable } from '@/domain/event-table';
import type { Granularity } from '@/domain/time-buckets';
import { bucketLabel } from '@/charts/bucket-label';
import { useI18n } from '@/i18n/i18n-context';
import { LOCALES } from '@/i18n/translate';
import type { BrushBin, BrushMarker } from '@/ui/time-brush';
import { makeFlagMarkers } from './flag-markers';
import { seriesName } from './flag-text';
import { useWindowFlags } from './use-window-flags';
import { flaggedInScope } from './flags-in-window';
import { useAppStore } from '@/state/store';
import { selectSmallCountK } from '@/state/select-protection';
import { orderProtectedFlags } from './protect-flags';
import './analysis.css';

/** Series named in a marker's label before "and N more". */
const NAMES_IN_LABEL = 3;

export function useTimelineMarkers(
  table: EventTable | null,
  bins: readonly BrushBin[],
  granularity: Granularity,
): BrushMarker[] | null {
  const i18n = useI18n();
  const flags = useWindowFlags();
  const scope = useAppStore((s) => s.flagScope);
  const k = useAppStore(selectSmallCountK);
  return useMemo(() => {
    if (table === null) return [];
    if (flags === null) return null;
    const ctx = { table, t: i18n.t, locale: LOCALES[i18n.language] };
    // Under protection the series are named in the list's protected order (hidden counts not ranked).
    const flagged = orderProtectedFlags(flaggedInScope(flags, scope), k);
    return makeFlagMarkers(flagged, bins, table.firstMonth).map((marker) => {
      const names = [...new Set(marker.flagged.map((f) => seriesName(f.dimension, f.key, ctx)))];
      const shown = names.slice(0, NAMES_IN_LABEL).join(', ');
      const list =
        names.length > NAMES_IN_LABEL
          ? i18n.t('analysis.marker.more', { names: shown, count: names.length - NAMES_IN_LABEL })
          : shown;
      return {
        startMonth: marker.startMonth,
        months: marker.months,
        label: i18n.t('analysis.marker.label', {
          period: bucketLabel((table.firstMonth + marker.startMonth) as EpochMonth, granularity, i18n),
          count: marker.flagged.length,
          names: list,
        }),
      };
    });
  }, [table, flags, scope, k, bins, granularity, i18n]);
}
