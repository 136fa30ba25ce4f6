// Records whose boats are known, counted for the line beside every boats total of a mixed file. The
// expectations are counted by hand from the five records below.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { loadBoatsTable, MIXED_BOATS as MIXED } from '@/testing/make-boats-table';
import { toEpochDay } from '@/domain/epoch-day';
import { filterEvents } from '@/domain/filter-events';
import { summarizeRows } from '@/domain/summarize-rows';
import { OUTCOMES } from '@/domain/vocabulary';
import { countBoatsKnown, countBoatsKnownInWindow, hasPartialBoats } from './boats-known';

const LANDED = OUTCOMES.indexOf('landed');
const RESCUED = OUTCOMES.indexOf('rescued');

describe('records whose boats are known', () => {
  it('marks a table where only some records know their boats', () => {
    expect(hasPartialBoats(loadBoatsTable(MIXED))).toBe(true);
    expect(hasPartialBoats(loadBoatsTable(MIXED.map((s) => ({ ...s, boats: 1 }))))).toBe(false);
    // No record knows its boats: no boats are shown at all, so there is nothing to qualify.
    expect(hasPartialBoats(loadBoatsTable(MIXED.map((s) => ({ ...s, boats: null }))))).toBe(false);
  });

  it('counts the whole period in all and per outcome', () => {
    const totals = countBoatsKnownInWindow(loadBoatsTable(MIXED), NO_FILTERS);
    expect(totals.all).toEqual({ known: 3, records: 5 });
    expect(totals.byOutcome[LANDED]).toEqual({ known: 2, records: 3 });
    expect(totals.byOutcome[RESCUED]).toEqual({ known: 1, records: 1 });
    // Departures (outcome 0): d only, boats not known.
    expect(totals.byOutcome[0]).toEqual({ known: 0, records: 1 });
  });

  it('counts only the records of the window and filters', () => {
    const table = loadBoatsTable(MIXED);
    const april: EventFilters = {
      ...NO_FILTERS,
      timeRange: { startDay: toEpochDay(2012, 4, 1), endDay: toEpochDay(2012, 5, 1) },
    };
    const inApril = countBoatsKnownInWindow(table, april);
    expect(inApril.all).toEqual({ known: 1, records: 2 });
    expect(inApril.byOutcome[LANDED]).toEqual({ known: 0, records: 0 });
    const landed: EventFilters = { ...NO_FILTERS, outcomes: ['landed'] };
    expect(countBoatsKnownInWindow(table, landed).all).toEqual({ known: 2, records: 3 });
    // The same counts from a row index, and in a tooltip's row summary.
    const rows = filterEvents(table, landed);
    expect(countBoatsKnown(table, rows)).toEqual({ known: 2, records: 3 });
    expect(summarizeRows(table, rows)).toMatchObject({ events: 3, boatsKnown: 2 });
  });

  it('weights pre-aggregated rows by their records', () => {
    const table = loadBoatsTable([
      { id: 'g1', kind: 'interception', outcome: 'landed', date: '2012-03-01', boats: 4, records: 6 },
      { id: 'g2', kind: 'interception', outcome: 'landed', date: '2012-03-01', boats: null, records: 3 },
    ]);
    expect(countBoatsKnownInWindow(table, NO_FILTERS).all).toEqual({ known: 6, records: 9 });
  });
});
