// The lines under an exported chart (file exports; the print pack states them once per page). Pure.
import { describeFilters, filtersSentence } from './describe-filters';
import { formatExportTime } from './export-info';
import type { ExportSnapshot } from './export-snapshot';
import type { ViewMeasure } from '@/domain/aggregates';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { boatsKnownText } from '@/ui/boats-known-text';
import { countText } from '@/domain/analysis/protected-count-text';

/**
 * Source, time window and filters, the small-count rule when protection is on, how many records know
 * their boats when a boats chart counts only some, and export time: the lines under an exported chart.
 * `periodLine` replaces the time window (the compared chart names both periods and the measure).
 */
export function chartFooter(
  snapshot: Pick<ExportSnapshot, 'table' | 'filters' | 'f' | 'exportedAtMs' | 'smallCountK'> & {
    readonly measure?: ViewMeasure;
  },
  periodLine?: string,
): string[] {
  const { t } = snapshot.f;
  const k = snapshot.smallCountK ?? 0;
  const meta = snapshot.table.meta;
  const words = describeFilters(snapshot.table, snapshot.filters, snapshot.f);
  const lines: string[] = [];
  if (meta.source !== '') lines.push(t('export.sourceLine', { source: meta.source }));
  lines.push(
    `${periodLine ?? t(words.wholePeriod ? 'export.periodWhole' : 'export.period', { window: words.window })} · ${t(
      'export.filtersLine',
      { filters: filtersSentence(words, t('export.noFilters')) },
    )}`,
  );
  if (k >= 2) {
    lines.push(
      t('export.protectionLine', {
        k: snapshot.f.formatNumber(k),
        max: snapshot.f.formatNumber(k - 1),
        mark: t('analysis.protect.hiddenMark'),
      }),
    );
  }
  const boats =
    snapshot.measure === 'boats'
      ? boatsKnownText(
          selectBoatsKnown(snapshot.table, snapshot.filters)?.all ?? null,
          snapshot.f,
          'footer',
          (value) => countText(value, k, snapshot.f.formatNumber),
        )
      : null;
  if (boats !== null) lines.push(boats);
  lines.push(
    `${meta.title} · ${t('export.exportedLine', { time: formatExportTime(snapshot.exportedAtMs) })}`,
  );
  return lines;
}
