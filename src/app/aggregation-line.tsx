// The line under the dataset title of a prepared, pre-aggregated dataset (docs/data-format.md): each row
// sums several source records, so record counts are sums and positions are group means. Also shown,
// shorter, for a file with weighted rows whose metadata does not say how they were grouped.
import { useMemo } from 'react';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import type { Formatters } from '@/i18n/translate';
import { useAppStore } from '@/state/store';
import { isolateBidi } from '@/lib/isolate-bidi';

/** The line's text, or null for a table of single records. */
export function aggregationText(table: EventTable, f: Formatters): string | null {
  const aggregation = table.meta.aggregation;
  const rows = table.length;
  if (aggregation !== null && aggregation !== undefined) {
    const vars = {
      period: f.t(aggregation.period === 'day' ? 'aggregation.period.day' : 'aggregation.period.month'),
      // Field names come from the file: isolated so a right-to-left name cannot reorder the line.
      fields: aggregation.by
        .filter((field) => field !== 'date')
        .map(isolateBidi)
        .join(', '),
      records: aggregation.sourceRecords,
      rows,
    };
    return f.t(aggregation.sourceRecords > 0 ? 'aggregation.line' : 'aggregation.lineNoTotal', vars);
  }
  const weights = table.records;
  if (weights === undefined) return null;
  let records = 0;
  for (let r = 0; r < weights.length; r++) records += weights[r] ?? 1;
  return f.t('aggregation.weighted', { records, rows });
}

export function AggregationLine(): React.JSX.Element | null {
  const f = useI18n();
  const table = useAppStore((s) => s.table);
  const text = useMemo(() => (table === null ? null : aggregationText(table, f)), [table, f]);
  if (text === null) return null;
  return (
    <span className="aggregation-line" data-testid="aggregation-line">
      {text}
    </span>
  );
}
