// Small-count protection applied to the Overview's view-models: key figures, the series' data table
// and the ranked lists, each checked against an attempted recovery by subtraction.
import { describe, expect, it } from 'vitest';
import { protectList } from '@/domain/analysis/protect-list';
import { parseIsoDay, type EpochMonth } from '@/domain/epoch-day';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { makeKpiView } from './kpi-view';
import { protectKpiView } from './protect-kpi-view';
import { protectSeriesRows } from './protect-series-rows';
import type { SeriesRow } from './to-series-rows';

const ev = (date: string, people: number, outcome: string) =>
  makeEventFeature({ date, people, outcome, nationalities: [{ code: 'AFG', people }] });

describe('protectKpiView', () => {
  // 2012: 80 landed, 3 rescued, 20 turned back. 2011: 50 landed, 30 rescued.
  const table = loadTestTable([
    ev('2011-03-01', 50, 'landed'),
    ev('2011-04-01', 30, 'rescued'),
    ev('2012-03-01', 80, 'landed'),
    ev('2012-04-01', 3, 'rescued'),
    ev('2012-05-01', 20, 'turned_back'),
  ]);
  const y2012: EventFilters = {
    ...NO_FILTERS,
    timeRange: { startDay: parseIsoDay('2012-01-01'), endDay: parseIsoDay('2013-01-01') },
  };
  const view = makeKpiView(table, y2012);

  it('hides the small figure, the smallest other outcome with it, and the changes that would show them', () => {
    const p = protectKpiView(table, y2012, view, 5);
    expect(p.value.get('rescued')).toBe('primary');
    // The interceptions (103) are shown elsewhere: 103 − 80 − 20 would give 3, so 20 is hidden too.
    expect(p.value.get('turned-back')).toBe('secondary');
    expect(p.value.get('landed-people')).toBe('shown');
    const shown = ['landed-people', 'turned-back', 'rescued'].filter(
      (id) => p.value.get(id as never) === 'shown',
    );
    expect(shown).toEqual(['landed-people']);
    expect(p.changeHidden.has('rescued')).toBe(true);
    expect(p.changeHidden.has('turned-back')).toBe(true);
    expect(p.changeHidden.has('landed-people')).toBe(false);
    // Boats landed: 1 boat is a small count.
    expect(p.value.get('landed-boats')).toBe('primary');
  });

  it('shows everything when protection is off', () => {
    const p = protectKpiView(table, y2012, view, 0);
    expect([...p.value.values()].every((s) => s === 'shown')).toBe(true);
    expect(p.changeHidden.size).toBe(0);
  });
});

describe('protectSeriesRows', () => {
  const row = (startMonth: number, s0: number, s1: number): SeriesRow => ({
    startMonth: startMonth as EpochMonth,
    total: s0 + s1,
    s0,
    s1,
  });
  it('hides a small cell and enough others that no bucket total or stack total gives it away', () => {
    const rows = [row(500, 40, 2), row(501, 30, 25), row(502, 60, 12)];
    const p = protectSeriesRows(rows, ['s0', 's1'], 5);
    expect(p.cell[0]?.[1]).toBe('primary');
    // Bucket 500: its total (42) minus the other stack (40) would give 2; one of them is hidden.
    expect(p.rowTotal[0] !== 'shown' || p.cell[0]?.[0] !== 'shown').toBe(true);
    // Stack s1: its total (39, the series total minus s0's) minus the other buckets (25 + 12) would give 2.
    expect(p.cell[1]?.[1] !== 'shown' || p.cell[2]?.[1] !== 'shown').toBe(true);
    expect(p.hiddenCount).toBeGreaterThanOrEqual(4);
    expect(protectSeriesRows(rows, ['s0', 's1'], 0).hiddenCount).toBe(0);
  });
});

describe('protectList (a ranked table with its total)', () => {
  it('hides the next-smallest value with a small one, so the total minus the shown ones is two values', () => {
    const list = protectList([100, 3, 50, 40], 5);
    expect(list.states).toEqual(['shown', 'primary', 'shown', 'secondary']);
    expect(list.totalState).toBe('shown');
    // The attacker's subtraction: 193 − 100 − 50 = 43 = 3 + 40, not 3.
    const shownSum = [100, 3, 50, 40].filter((_, i) => list.states[i] === 'shown').reduce((s, v) => s + v, 0);
    expect(193 - shownSum).not.toBe(3);
  });

  it('hides a small total, and shows everything with k < 2', () => {
    expect(protectList([1, 2], 5)).toMatchObject({ states: ['primary', 'primary'], totalState: 'primary' });
    expect(protectList([1, 2], 0).hiddenCount).toBe(0);
  });
});
