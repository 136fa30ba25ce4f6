// The Overview's key figures, read from window aggregates.
import type { WindowAggregates } from '@/domain/aggregates';
import { EVENT_KINDS, OUTCOMES, type Outcome } from '@/domain/vocabulary';

export const KPI_IDS = [
  'landed-people',
  'landed-boats',
  'departures',
  'turned-back',
  'disrupted',
  'rescued',
  'lost-at-sea',
  'deaths',
  'records',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

const outcomePeople = (a: WindowAggregates, outcome: Outcome): number =>
  a.totals.byOutcome[OUTCOMES.indexOf(outcome)]?.people ?? 0;

/**
 * People and boats landed, departure records (events), people of the other interception outcomes, the
 * dead or missing (recorded values only), and all records (a key figure of datasets without people).
 */
export function kpiValues(a: WindowAggregates): Readonly<Record<KpiId, number>> {
  const landed = a.totals.byOutcome[OUTCOMES.indexOf('landed')];
  return {
    'landed-people': landed?.people ?? 0,
    'landed-boats': landed?.boats ?? 0,
    departures: a.totals.byKind[EVENT_KINDS.indexOf('departure')]?.events ?? 0,
    'turned-back': outcomePeople(a, 'turned_back'),
    disrupted: outcomePeople(a, 'disrupted'),
    rescued: outcomePeople(a, 'rescued'),
    'lost-at-sea': outcomePeople(a, 'lost_at_sea'),
    deaths: a.totals.all.deaths,
    records: a.totals.all.events,
  };
}
