// Which small-count protection is in effect: the dataset's default (metadata threshold, else on with
// k = 5 unless the data are illustrative), or the person's choice for that very table.
import { describe, expect, it } from 'vitest';
import { parseEventsValue } from '@/data/parse-events';
import type { EventTable } from '@/domain/event-table';
import {
  DEFAULT_EVENTS_METADATA,
  makeCollection,
  makeEventFeature,
  makeTestRoutes,
} from '@/testing/make-event-features';
import { selectProtection, selectSmallCountK } from './select-protection';

function tableWith(metadata: Record<string, unknown>): EventTable {
  const outcome = parseEventsValue(
    makeCollection([makeEventFeature()], { ...DEFAULT_EVENTS_METADATA, ...metadata }),
    {
      fileName: 'test.geojson',
      routes: makeTestRoutes(),
    },
  );
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.table;
}

describe('selectProtection', () => {
  it('is on with k = 5 for data not marked illustrative, off for illustrative data', () => {
    const imported = tableWith({});
    expect(selectProtection({ table: imported, protectionChoice: null })).toEqual({
      on: true,
      k: 5,
      source: 'dataset',
    });
    expect(selectSmallCountK({ table: imported, protectionChoice: null })).toBe(5);
    const demo = tableWith({ illustrative: true });
    expect(selectSmallCountK({ table: demo, protectionChoice: null })).toBe(0);
  });

  it('reads the threshold from the metadata (0 or 1: none needed; unusable values ignored)', () => {
    expect(tableWith({ smallCountThreshold: 10 }).meta.smallCountThreshold).toBe(10);
    expect(
      selectSmallCountK({
        table: tableWith({ smallCountThreshold: 10, illustrative: true }),
        protectionChoice: null,
      }),
    ).toBe(10);
    expect(selectSmallCountK({ table: tableWith({ smallCountThreshold: 1 }), protectionChoice: null })).toBe(
      0,
    );
    expect(tableWith({ smallCountThreshold: 2.5 }).meta.smallCountThreshold).toBeNull();
    expect(tableWith({ smallCountThreshold: '7' }).meta.smallCountThreshold).toBeNull();
    expect(selectSmallCountK({ table: tableWith({ smallCountThreshold: -3 }), protectionChoice: null })).toBe(
      5,
    );
  });

  it("follows the person's choice for the table it was made for, and ignores it for another table", () => {
    const table = tableWith({});
    const other = tableWith({});
    const choice = { table, on: false, k: 5 };
    expect(selectProtection({ table, protectionChoice: choice })).toEqual({
      on: false,
      k: 5,
      source: 'person',
    });
    expect(selectSmallCountK({ table: other, protectionChoice: choice })).toBe(5);
    expect(selectSmallCountK({ table, protectionChoice: { table, on: true, k: 11 } })).toBe(11);
    expect(selectSmallCountK({ table: null, protectionChoice: null })).toBe(0);
  });
});
