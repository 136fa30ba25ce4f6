// Small-count protection of the key figures. A figure from 1 to k − 1 is shown as "< k". The people
// figures by outcome (landed, turned back, disrupted, rescued, lost at sea) add up, with the outcomes that
// have no card, to the interception total that other views show (the series and nationality totals), so
// they are protected as one list with that total (complementary suppression): a single hidden outcome
// cannot be worked out by subtraction. A change is hidden when the figure is hidden in either period
// (the difference would give the small count away). Pure.
import type { WindowAggregates } from '@/domain/aggregates';
import { protectList } from '@/domain/analysis/protect-list';
import type { CellProtection } from '@/domain/analysis/suppress-table';
import { isSmallCount } from '@/domain/analysis/protect-count';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { OUTCOMES, type Outcome } from '@/domain/vocabulary';
import { withTimeRange } from './chart-filters';
import type { KpiId } from './kpi-values';
import type { KpiView } from './kpi-view';
import { selectAggregatesBy } from '@/state/select-aggregates';

/** The people-by-outcome figures. */
const OUTCOME_FIGURES: Readonly<Partial<Record<KpiId, Outcome>>> = {
  'landed-people': 'landed',
  'turned-back': 'turned_back',
  disrupted: 'disrupted',
  rescued: 'rescued',
  'lost-at-sea': 'lost_at_sea',
};

export interface KpiProtection {
  readonly k: number;
  /** State of each figure's value (every figure present; 'shown' when protection is off). */
  readonly value: ReadonlyMap<KpiId, CellProtection>;
  /** Figures whose change against the previous period is hidden. */
  readonly changeHidden: ReadonlySet<KpiId>;
}

/** States of the people-by-outcome figures in one period (interception outcomes as one list). */
function outcomeStates(aggregates: WindowAggregates, k: number): Map<Outcome, CellProtection> {
  const outcomes = OUTCOMES.slice(1);
  const values = outcomes.map((o) => aggregates.totals.byOutcome[OUTCOMES.indexOf(o)]?.people ?? 0);
  const list = protectList(values, k);
  return new Map(outcomes.map((o, i) => [o, list.states[i] ?? 'shown']));
}

/** States of key figures `values` of one period, whose window aggregates are `aggregates`. */
export function protectKpiFigures(
  values: ReadonlyMap<KpiId, number>,
  aggregates: WindowAggregates,
  k: number,
): Map<KpiId, CellProtection> {
  const byOutcome = outcomeStates(aggregates, k);
  const states = new Map<KpiId, CellProtection>();
  for (const [id, value] of values) {
    const outcome = OUTCOME_FIGURES[id];
    const state = outcome === undefined ? 'shown' : (byOutcome.get(outcome) ?? 'shown');
    states.set(id, state !== 'shown' ? state : isSmallCount(value, k) ? 'primary' : 'shown');
  }
  return states;
}

export function protectKpiView(
  table: EventTable,
  filters: EventFilters,
  view: KpiView,
  k: number,
): KpiProtection {
  const value = new Map<KpiId, CellProtection>();
  const changeHidden = new Set<KpiId>();
  if (k < 2) {
    for (const f of view.figures) value.set(f.id, 'shown');
    return { k, value, changeHidden };
  }
  const now = protectKpiFigures(
    new Map(view.figures.map((f) => [f.id, f.value])),
    selectAggregatesBy(table, filters, 'route'),
    k,
  );
  const previous = view.previous.kind === 'comparable' ? view.previous.range : null;
  const before =
    previous === null
      ? null
      : protectKpiFigures(
          new Map(view.figures.map((f) => [f.id, f.previousValue ?? 0])),
          selectAggregatesBy(table, withTimeRange(filters, previous), 'route'),
          k,
        );
  for (const f of view.figures) {
    const state = now.get(f.id) ?? 'shown';
    value.set(f.id, state);
    if (state !== 'shown' || (before !== null && (before.get(f.id) ?? 'shown') !== 'shown'))
      changeHidden.add(f.id);
  }
  return { k, value, changeHidden };
}
