// The key figures of a set of window aggregates, with their labels (the Overview's eight figures).
import type { WindowAggregates } from '@/domain/aggregates';
import { EVENT_KINDS, OUTCOMES, type Outcome } from '@/domain/vocabulary';
import type { MessageKey } from '@/i18n/messages-en';

export interface HeadlineFigure {
  readonly id: string;
  readonly label: MessageKey;
  readonly value: number;
}

export function headlineFigures(a: WindowAggregates): HeadlineFigure[] {
  const outcome = (name: Outcome): WindowAggregates['totals']['all'] | undefined =>
    a.totals.byOutcome[OUTCOMES.indexOf(name)];
  const departures = a.totals.byKind[EVENT_KINDS.indexOf('departure')];
  return [
    { id: 'landed-people', label: 'charts.kpi.landedPeople', value: outcome('landed')?.people ?? 0 },
    { id: 'landed-boats', label: 'charts.kpi.landedBoats', value: outcome('landed')?.boats ?? 0 },
    { id: 'departures', label: 'charts.kpi.departures', value: departures?.events ?? 0 },
    { id: 'turned-back', label: 'charts.kpi.turnedBack', value: outcome('turned_back')?.people ?? 0 },
    { id: 'disrupted', label: 'charts.kpi.disrupted', value: outcome('disrupted')?.people ?? 0 },
    { id: 'rescued', label: 'charts.kpi.rescued', value: outcome('rescued')?.people ?? 0 },
    { id: 'lost-at-sea', label: 'charts.kpi.lostAtSea', value: outcome('lost_at_sea')?.people ?? 0 },
    { id: 'deaths', label: 'charts.kpi.deaths', value: a.totals.all.deaths },
  ];
}
