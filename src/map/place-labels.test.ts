// Map labels come from the data: its corridors' stages (ranked by role) and its busiest sites, named as
// the data name them; nothing of the demo's places appears over another dataset.
import { describe, expect, it } from 'vitest';
import { loadDemoTable } from '@/testing/load-demo-table';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { labelText, makeDataPlaceLabels } from './place-labels';

describe('data place labels', () => {
  it('drop a parenthesised qualifier and cut long names', () => {
    expect(labelText('Christmas Island (Flying Fish Cove)')).toBe('Christmas Island');
    expect(labelText('(only a qualifier)')).toBe('(only a qualifier)');
    expect([...labelText('A very long place name that goes on and on')].length).toBe(28);
  });

  it('label the demo corridors by their stages, destinations ranked highest, each name once', () => {
    const labels = makeDataPlaceLabels(loadDemoTable());
    const christmas = labels.filter((l) => l.text === 'Christmas Island');
    expect(christmas).toHaveLength(1);
    expect(christmas[0]?.rank).toBe(6);
    expect(labels.find((l) => l.text === 'Kabul')?.rank).toBe(4);
  });

  it('name only the places of another dataset', () => {
    const table = loadTestTable(
      [
        makeEventFeature(
          { site: 'Lampedusa', route: 'central-med', routeName: 'Central Mediterranean' },
          [12.6, 35.5],
        ),
        makeEventFeature({ site: 'Lampedusa', route: 'central-med' }, [12.6, 35.5]),
        makeEventFeature({ site: 'Zuwara', route: 'central-med' }, [12.08, 32.93]),
      ],
      null,
    );
    const texts = makeDataPlaceLabels(table).map((l) => l.text);
    expect(texts).toContain('Lampedusa');
    expect(texts).toContain('Zuwara');
    expect(texts).not.toContain('Kabul');
    expect(texts).not.toContain('Christmas Island');
  });
});
