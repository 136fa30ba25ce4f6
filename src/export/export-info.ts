// What every export records besides the data: the filters it was made with and when it was made.
import type { EventFilters } from '@/domain/event-filters';

export interface ExportInfo {
  /** The effective filters (the person's filters narrowed by the map selection). */
  readonly filters: EventFilters;
  /** When the export was made (epoch milliseconds). */
  readonly exportedAtMs: number;
}

/** `2026-11-28T16:35:56Z`: an export time in UTC, to the second. */
export function formatExportTime(timeMs: number): string {
  return `${new Date(timeMs).toISOString().slice(0, 19)}Z`;
}
