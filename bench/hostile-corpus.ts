// The hostile-file corpus of `npm run bench:hostile` (bench/README.md, "Hostile files"): files built to make
// a loader slow or greedy, each written in chunks to disk (none is held whole in this process). Sizes are
// chosen to sit just under the app's size limit (200 MiB) where the shape allows, so "any file under the
// size limit gets an answer within 10 s with memory ≤ 4× its size" is tested at its hardest.
import { closeSync, openSync, writeSync } from 'node:fs';

export interface HostileFile {
  readonly name: string;
  /** What the file is, in a few words (printed in the table). */
  readonly what: string;
  readonly write: (path: string) => void;
}

/** Just under the app's 200 MiB size limit, in bytes. */
const NEAR_LIMIT_BYTES = 199 * 1024 * 1024;

/** Writes `head`, then `piece(i)` until `bytes` would be passed or `count` pieces are written, then `tail`. */
function writeRepeated(
  path: string,
  head: string,
  piece: (i: number) => string,
  tail: string,
  limits: { readonly bytes?: number; readonly count?: number },
): void {
  const fd = openSync(path, 'w');
  const maxBytes = (limits.bytes ?? Number.MAX_SAFE_INTEGER) - Buffer.byteLength(tail);
  const maxCount = limits.count ?? Number.MAX_SAFE_INTEGER;
  let written = Buffer.byteLength(head);
  let batch = head;
  for (let i = 0; i < maxCount; i++) {
    const next = piece(i);
    const length = Buffer.byteLength(next);
    if (written + length > maxBytes) break;
    written += length;
    batch += next;
    if (batch.length > 1 << 22) {
      writeSync(fd, batch);
      batch = '';
    }
  }
  writeSync(fd, batch + tail);
  closeSync(fd);
}

const FC_HEAD =
  '{"type":"FeatureCollection","metadata":{"formatVersion":1,"kind":"events","title":"Hostile","source":"bench"},"features":[';
const FC_TAIL = ']}';
const comma = (i: number): string => (i === 0 ? '' : ',');
const DAY_MS = 86_400_000;
const dateOf = (i: number): string =>
  new Date(Date.UTC(2008, 0, 1) + (i % 2_500) * DAY_MS).toISOString().slice(0, 10);

/** A valid event; `props` is spliced in after its properties as written (a repeated key wins: JSON.parse). */
const event = (i: number, props: string): string =>
  `{"type":"Feature","geometry":{"type":"Point","coordinates":[${(100 + (i % 1000) / 100).toFixed(2)},-${(
    5 +
    (i % 700) / 100
  ).toFixed(
    2,
  )}]},"properties":{"kind":"interception","date":"${dateOf(i)}","people":${1 + (i % 90)},"outcome":"landed","route":"r-${i % 6}","site":"S${i % 40}"${props}}}`;

export const HOSTILE_FILES: readonly HostileFile[] = [
  {
    name: 'zeros-199MB',
    what: '`features` of ~104M zeros',
    write: (p) => writeRepeated(p, FC_HEAD, (i) => `${comma(i)}0`, FC_TAIL, { bytes: NEAR_LIMIT_BYTES }),
  },
  {
    name: 'zeros-2M',
    what: '2,000,000 zeros (the feature limit)',
    write: (p) => writeRepeated(p, FC_HEAD, (i) => `${comma(i)}0`, FC_TAIL, { count: 2_000_000 }),
  },
  {
    name: 'empty-objects-199MB',
    what: '`features` of ~66M `{}`',
    write: (p) => writeRepeated(p, FC_HEAD, (i) => `${comma(i)}{}`, FC_TAIL, { bytes: NEAR_LIMIT_BYTES }),
  },
  {
    name: 'nested-arrays-199MB',
    what: 'one feature nested ~104M arrays deep',
    write: (p) => {
      const depth = Math.floor((NEAR_LIMIT_BYTES - FC_HEAD.length - FC_TAIL.length) / 2);
      writeRepeated(p, FC_HEAD, () => '[', '', { count: depth });
      const fd = openSync(p, 'a');
      for (let left = depth; left > 0; left -= 1 << 22) writeSync(fd, ']'.repeat(Math.min(left, 1 << 22)));
      writeSync(fd, FC_TAIL);
      closeSync(fd);
    },
  },
  {
    name: 'long-site-199MB',
    what: 'one event whose site is a 199 MB string',
    write: (p) => {
      const head = `${FC_HEAD}${event(0, ',"id":"long","site":"')}`;
      const tail = `"}}${FC_TAIL}`;
      const fd = openSync(p, 'w');
      writeSync(fd, head.slice(0, -2));
      const chunk = 'x'.repeat(1 << 22);
      const total = NEAR_LIMIT_BYTES - (head.length - 2) - tail.length;
      for (let left = total; left > 0; left -= chunk.length)
        writeSync(fd, chunk.slice(0, Math.min(left, chunk.length)));
      writeSync(fd, tail);
      closeSync(fd);
    },
  },
  {
    name: 'many-keys-199MB',
    what: 'one event with ~9M extra properties',
    write: (p) =>
      writeRepeated(
        p,
        `${FC_HEAD}${event(0, ',"id":"keys"').slice(0, -2)}`,
        (i) => `,"k${i}":0`,
        `}}${FC_TAIL}`,
        {
          bytes: NEAR_LIMIT_BYTES,
        },
      ),
  },
  {
    name: 'distinct-strings-199MB',
    what: 'valid events, every id, site, source and agency distinct',
    write: (p) =>
      writeRepeated(
        p,
        FC_HEAD,
        (i) =>
          `${comma(i)}${event(i, `,"id":"ev-${i}","site":"site-${i}","source":"src-${i}","agency":"ag-${i}"`)}`,
        FC_TAIL,
        { bytes: NEAR_LIMIT_BYTES },
      ),
  },
  {
    name: 'duplicate-ids-199MB',
    what: 'valid events that all share one id',
    write: (p) =>
      writeRepeated(p, FC_HEAD, (i) => `${comma(i)}${event(i, ',"id":"same"')}`, FC_TAIL, {
        bytes: NEAR_LIMIT_BYTES,
      }),
  },
  {
    name: 'huge-counts-199MB',
    what: 'events with people 1e400, boats 99999, deaths -1',
    write: (p) =>
      writeRepeated(
        p,
        FC_HEAD,
        (i) =>
          `${comma(i)}${event(i, `,"id":"h${i}","boats":99999,"deaths":-1`).replace(/"people":\d+/, '"people":1e400')}`,
        FC_TAIL,
        { bytes: NEAR_LIMIT_BYTES },
      ),
  },
  {
    name: 'bidi-199MB',
    what: 'valid events with U+202E in id and site',
    write: (p) =>
      writeRepeated(
        p,
        FC_HEAD,
        (i) => `${comma(i)}${event(i, `,"id":"ev-${i}\\u202E","site":"\\u202Esite ${i % 4000}"`)}`,
        FC_TAIL,
        {
          bytes: NEAR_LIMIT_BYTES,
        },
      ),
  },
  {
    name: 'syntax-error-at-end-199MB',
    what: 'valid events, then a missing `]`',
    write: (p) =>
      writeRepeated(p, FC_HEAD, (i) => `${comma(i)}${event(i, `,"id":"s${i}"`)}`, '}', {
        bytes: NEAR_LIMIT_BYTES,
      }),
  },
  {
    name: 'invalid-utf8-199MB',
    what: 'bytes 0xFF',
    write: (p) => {
      const fd = openSync(p, 'w');
      const chunk = Buffer.alloc(1 << 22, 0xff);
      for (let left = NEAR_LIMIT_BYTES; left > 0; left -= chunk.length)
        writeSync(fd, chunk.subarray(0, Math.min(left, chunk.length)));
      closeSync(fd);
    },
  },
];
