// Provenance of a set of rows for tooltips: the dates they span, their sources and confidence.
import type { EpochDay } from './epoch-day';
import type { EventTable, RowIndex } from './event-table';
import { CONFIDENCES } from './vocabulary';

export interface RowsSummary {
  readonly events: number;
  /** Events whose boats are known (stored boats above 0: see boats-known.ts). */
  readonly boatsKnown: number;
  /** Null when there are no rows. */
  readonly firstDay: EpochDay | null;
  readonly lastDay: EpochDay | null;
  /** Most cited sources first, at most `maxSources`. */
  readonly sources: readonly { readonly name: string; readonly events: number }[];
  /** Events per confidence level (CONFIDENCES order). */
  readonly confidence: readonly number[];
}

export function summarizeRows(table: EventTable, rows: RowIndex, maxSources = 3): RowsSummary {
  const sourceCounts = new Map<number, number>();
  const confidence = CONFIDENCES.map(() => 0);
  let events = 0;
  let boatsKnown = 0;
  for (const row of rows) {
    // Pre-aggregated rows stand for `records` events each.
    const weight = table.records?.[row] ?? 1;
    events += weight;
    if ((table.boats[row] ?? 0) > 0) boatsKnown += weight;
    const source = table.source[row] ?? 0;
    sourceCounts.set(source, (sourceCounts.get(source) ?? 0) + weight);
    const c = table.confidence[row] ?? 0;
    confidence[c] = (confidence[c] ?? 0) + weight;
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    events,
    boatsKnown,
    firstDay: first === undefined ? null : ((table.baseDay + (table.day[first] ?? 0)) as EpochDay),
    lastDay: last === undefined ? null : ((table.baseDay + (table.day[last] ?? 0)) as EpochDay),
    sources: [...sourceCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, maxSources)
      .map(([code, events]) => ({ name: table.sourceNames[code] ?? '', events })),
    confidence,
  };
}
