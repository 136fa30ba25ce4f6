// The words of the line that goes beside a boats total when only some records know their boats:
// "Boats known for 3 of 5 records". Pure; the counts come from state/select-boats-known.ts or a row
// summary, so every place says the same of the same records.
import type { MessageKey } from '@/i18n/messages-en';
import type { Formatters } from '@/i18n/translate';

/** Records, and those among them whose boats are known. */
export interface BoatsKnownCount {
  readonly known: number;
  readonly records: number;
}

/** Which wording: the line on its own, a clause inside another line, or an export's footer. */
export type BoatsKnownStyle = 'line' | 'clause' | 'footer';

const KEYS: Readonly<Record<BoatsKnownStyle, readonly [MessageKey, MessageKey]>> = {
  line: ['boats.known', 'boats.known.one'],
  clause: ['boats.knownHere', 'boats.knownHere.one'],
  footer: ['export.boatsKnownLine', 'export.boatsKnownLine.one'],
};

/**
 * The line's text, or null when every record counted knows its boats (nothing is left out, also when
 * there are no records). `formatCount` writes each count (small-count protection: "< k"); default: the
 * locale's number.
 */
export function boatsKnownText(
  count: BoatsKnownCount | null,
  f: Pick<Formatters, 't'>,
  style: BoatsKnownStyle = 'line',
  formatCount?: (value: number) => string,
): string | null {
  if (count === null || count.known === count.records) return null;
  const [many, one] = KEYS[style];
  const known = formatCount === undefined ? count.known : formatCount(count.known);
  const records = formatCount === undefined ? count.records : formatCount(count.records);
  // The singular form only when the count is written as 1 (a protected count reads "< k": plural).
  return f.t(count.records === 1 && String(records) === '1' ? one : many, { known, records });
}
