// The records a boats view counts, by record type: departures are outcome 0, interceptions the others
// (domain/boats-known.ts counts them per outcome in one pass).
import type { BoatsKnown, BoatsKnownTotals } from '@/domain/boats-known';
import { OUTCOME_NONE, type EventKind } from '@/domain/vocabulary';

/** Known and all records of one record type in `totals`, or null when there are no totals. */
export function boatsKnownOfKind(totals: BoatsKnownTotals | null, kind: EventKind): BoatsKnown | null {
  if (totals === null) return null;
  if (kind === 'departure') return totals.byOutcome[OUTCOME_NONE] ?? { known: 0, records: 0 };
  let known = 0;
  let records = 0;
  totals.byOutcome.forEach((count, outcome) => {
    if (outcome === OUTCOME_NONE) return;
    known += count.known;
    records += count.records;
  });
  return { known, records };
}
