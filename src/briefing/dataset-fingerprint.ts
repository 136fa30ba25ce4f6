// The fingerprint of a loaded dataset, recorded in a briefing so it is shown only over the data it was
// written for (docs/briefing.md): SHA-256 of a canonical summary of the table, not of the file, so the
// same records give the same fingerprint whatever the file's formatting or format (GeoJSON, CSV, …).
import type { EventTable } from '@/domain/event-table';

/** Version of the summary below; a change of it changes every fingerprint. */
const SUMMARY_VERSION = 'lintas-table-v1';
/** Bytes per row of the summary: day 4, kind 1, outcome 1, people 4, boats 2, deaths 2, route 4, site 4. */
const ROW_BYTES = 22;

/**
 * The canonical summary: a text header (version, rows, first day, route ids and site names, in table order)
 * then, per row in table order (sorted by day), its absolute day, kind, outcome, people, boats, deaths,
 * route and site codes (little-endian), then the event ids as UTF-8 with their offsets.
 */
export function tableSummaryBytes(table: EventTable): Uint8Array<ArrayBuffer> {
  const header = new TextEncoder().encode(
    [
      SUMMARY_VERSION,
      String(table.length),
      String(table.baseDay),
      table.routes.map((r) => r.id).join('\u001f'),
      table.sites.map((s) => s.name).join('\u001f'),
      '',
    ].join('\n'),
  );
  const n = table.length;
  const offsetsBytes = (n + 1) * 4;
  const out = new Uint8Array(header.byteLength + n * ROW_BYTES + table.idBytes.byteLength + offsetsBytes);
  out.set(header, 0);
  const view = new DataView(out.buffer);
  let p = header.byteLength;
  for (let r = 0; r < n; r++) {
    view.setInt32(p, table.baseDay + (table.day[r] ?? 0), true);
    view.setUint8(p + 4, table.kind[r] ?? 0);
    view.setUint8(p + 5, table.outcome[r] ?? 0);
    view.setUint32(p + 6, table.people[r] ?? 0, true);
    view.setUint16(p + 10, table.boats[r] ?? 0, true);
    view.setUint16(p + 12, table.deaths[r] ?? 0, true);
    view.setUint32(p + 14, table.route[r] ?? 0, true);
    view.setUint32(p + 18, table.site[r] ?? 0, true);
    p += ROW_BYTES;
  }
  out.set(table.idBytes, p);
  p += table.idBytes.byteLength;
  for (let r = 0; r <= n; r++, p += 4) view.setUint32(p, table.idOffsets[r] ?? 0, true);
  return out;
}

/** "sha256:<64 hex digits>" of the table's summary; null where the browser has no Web Crypto (an insecure page). */
export async function fingerprintTable(table: EventTable): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', tableSummaryBytes(table)));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const cache = new WeakMap<EventTable, Promise<string | null>>();

/** fingerprintTable, computed once per table. */
export function fingerprintOf(table: EventTable): Promise<string | null> {
  let fingerprint = cache.get(table);
  if (fingerprint === undefined) {
    fingerprint = fingerprintTable(table).catch(() => null);
    cache.set(table, fingerprint);
  }
  return fingerprint;
}
