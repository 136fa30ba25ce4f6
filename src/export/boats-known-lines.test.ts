// "Boats known for X of Y records": the words in both languages with their singular, and the line in the
// exports' footers (chart, map view, CSV) of a file where only some records know their boats; absent for
// a file whose records all know them, and for views not in boats. Counts are those of MIXED_BOATS
// (src/testing/make-boats-table.ts): 5 records, boats known for a, c and e.
import { describe, expect, it } from 'vitest';
import { aggregateRows } from '@/domain/aggregate-rows';
import { NO_FILTERS, type EventFilters } from '@/domain/event-filters';
import { toEpochDay } from '@/domain/epoch-day';
import { filterEvents } from '@/domain/filter-events';
import { createFormatters } from '@/i18n/translate';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { loadBoatsTable, MIXED_BOATS } from '@/testing/make-boats-table';
import { boatsKnownText } from '@/ui/boats-known-text';
import { chartFooter } from './chart-footer';
import { exportHeaderRows } from './make-aggregates-csv';
import { makeViewFrame } from './view-frame';

const en = createFormatters('en');
const id = createFormatters('id');
const mixed = loadBoatsTable(MIXED_BOATS);
const allKnown = loadBoatsTable(MIXED_BOATS.map((s) => ({ ...s, boats: 1 })));
const at = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('boatsKnownText', () => {
  it('says how many records know their boats, in English and Indonesian', () => {
    expect(boatsKnownText({ known: 3, records: 5 }, en)).toBe('Boats known for 3 of 5 records');
    expect(boatsKnownText({ known: 3, records: 5 }, id)).toBe(
      'Jumlah kapal diketahui untuk 3 dari 5 catatan',
    );
    expect(boatsKnownText({ known: 1234, records: 5678 }, en, 'clause')).toBe(
      'boats known for 1,234 of 5,678 records here',
    );
    expect(boatsKnownText({ known: 1234, records: 5678 }, id, 'clause')).toBe(
      'jumlah kapal diketahui untuk 1.234 dari 5.678 catatan di sini',
    );
  });

  it('uses the singular for one record', () => {
    expect(boatsKnownText({ known: 0, records: 1 }, en)).toBe('Boats known for 0 of 1 record');
    expect(boatsKnownText({ known: 0, records: 1 }, en, 'footer')).toBe(
      'Boats known for 0 of 1 record in this view: boat totals count that record only.',
    );
  });

  it('writes protected counts as "< k", in the plural', () => {
    const k5 = (value: number): string => (value > 0 && value < 5 ? '< 5' : String(value));
    expect(boatsKnownText({ known: 3, records: 9 }, en, 'line', k5)).toBe('Boats known for < 5 of 9 records');
    expect(boatsKnownText({ known: 0, records: 1 }, en, 'line', k5)).toBe('Boats known for 0 of < 5 records');
  });

  it('says nothing when every record counted knows its boats, or there are none', () => {
    expect(boatsKnownText({ known: 5, records: 5 }, en)).toBeNull();
    expect(boatsKnownText({ known: 0, records: 0 }, en)).toBeNull();
    expect(boatsKnownText(null, en)).toBeNull();
  });
});

describe('the line in the exports', () => {
  const LINE = 'Boats known for 3 of 5 records in this view: boat totals count those records only.';

  it('is under a boats chart, not under a people chart, and not for a file that knows every boat', () => {
    const base = { filters: NO_FILTERS, f: en, exportedAtMs: at, smallCountK: 0 };
    expect(chartFooter({ ...base, table: mixed, measure: 'boats' })).toContain(LINE);
    expect(chartFooter({ ...base, table: mixed, measure: 'people' })).not.toContain(LINE);
    expect(chartFooter({ ...base, table: allKnown, measure: 'boats' }).join('\n')).not.toContain(
      'Boats known',
    );
    // Protection on (k = 5): 3 is written "< 5".
    expect(chartFooter({ ...base, table: mixed, measure: 'boats', smallCountK: 5 })).toContain(
      'Boats known for < 5 of 5 records in this view: boat totals count those records only.',
    );
  });

  it('follows the window: April holds c (known) and d (not known)', () => {
    const april: EventFilters = {
      ...NO_FILTERS,
      timeRange: { startDay: toEpochDay(2012, 4, 1), endDay: toEpochDay(2012, 5, 1) },
    };
    expect(selectBoatsKnown(mixed, april)?.all).toEqual({ known: 1, records: 2 });
    const footer = chartFooter({ table: mixed, filters: april, f: id, exportedAtMs: at, measure: 'boats' });
    expect(footer).toContain(
      'Jumlah kapal diketahui untuk 1 dari 2 catatan dalam tampilan ini: total kapal hanya menghitung catatan tersebut.',
    );
  });

  it('is in the map view footer in boats, and a note row of the CSV', () => {
    const aggregates = aggregateRows(mixed, filterEvents(mixed, NO_FILTERS), NO_FILTERS);
    const frame = (measure: 'boats' | 'people') =>
      makeViewFrame(
        { table: mixed, aggregates, filters: NO_FILTERS, measure, exportedAtMs: at, attribution: '' },
        en,
      );
    expect(frame('boats').footer).toContain(LINE);
    expect(frame('people').footer).not.toContain(LINE);
    const rows = exportHeaderRows(mixed, { filters: NO_FILTERS, exportedAtMs: at }, en);
    expect(rows).toContainEqual([en.t('export.csv.note'), LINE]);
    const known = exportHeaderRows(allKnown, { filters: NO_FILTERS, exportedAtMs: at }, en);
    expect(known.flat().join('\n')).not.toContain('Boats known');
  });
});
