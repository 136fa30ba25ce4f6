// The loader's way into binary events files: Arrow IPC is read by a reader loaded on first use (its own
// chunk: apache-arrow is never part of the first view); Parquet gets a clear message pointing to the
// preparation step.
import type { BinaryKind } from './columnar-events-format';
import type { LoadOutcome, ParseEventsOptions } from './parse-events';

export async function loadColumnarEvents(
  kind: Exclude<BinaryKind, null>,
  bytes: Uint8Array,
  options: ParseEventsOptions,
): Promise<LoadOutcome> {
  if (kind === 'parquet') return { ok: false, error: { code: 'parquet-not-read', value: '' }, report: null };
  const { readColumnarEvents } = await import('./read-columnar-events');
  return readColumnarEvents(bytes, options);
}
