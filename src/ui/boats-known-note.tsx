// The small line under a boats total that says how many records the total counts (ui/boats-known-text.ts).
import type { Formatters } from '@/i18n/translate';
import { boatsKnownText, type BoatsKnownCount, type BoatsKnownStyle } from './boats-known-text';

export interface BoatsKnownNoteProps {
  readonly count: BoatsKnownCount | null;
  readonly f: Pick<Formatters, 't'>;
  readonly testId: string;
  readonly style?: BoatsKnownStyle;
  readonly className?: string;
  /** Writes each count (small-count protection); default: the locale's number. */
  readonly formatCount?: (value: number) => string;
}

export function BoatsKnownNote({
  count,
  f,
  testId,
  style = 'line',
  className = 'boats-known-note',
  formatCount,
}: BoatsKnownNoteProps): React.JSX.Element | null {
  const text = boatsKnownText(count, f, style, formatCount);
  if (text === null) return null;
  return (
    <span className={className} role="note" data-testid={testId}>
      {text}
    </span>
  );
}
