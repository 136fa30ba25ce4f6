// The lines under an exported chart: source, period and filters, export time, and the small-count rule
// when protection is on (in both languages), absent when it is off.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@/domain/event-filters';
import { createFormatters } from '@/i18n/translate';
import { loadDemoTable } from '@/testing/load-demo-table';
import { chartFooter } from './chart-footer';

const table = loadDemoTable();
const at = Date.UTC(2026, 10, 28, 16, 35, 56);
const footer = (k: number, language: 'en' | 'id' = 'en'): string[] =>
  chartFooter({
    table,
    filters: NO_FILTERS,
    f: createFormatters(language),
    exportedAtMs: at,
    smallCountK: k,
  });

describe('chartFooter', () => {
  it('states no protection rule when protection is off', () => {
    for (const k of [0, 1]) {
      const lines = footer(k);
      expect(lines.some((l) => l.includes('protection'))).toBe(false);
      expect(lines.at(-1)).toContain('2026-11-28T16:35:56Z');
    }
  });

  it('states the rule with k, the largest hidden count and the hidden mark when it is on', () => {
    const lines = footer(7);
    const rule = lines.find((l) => l.startsWith('Small-count protection'));
    expect(rule).toContain('k = 7');
    expect(rule).toContain('from 1 to 6');
    expect(rule).toContain('"< 7"');
    expect(rule).toContain('[c]');
    // One line more than without protection, before the export time.
    expect(lines).toHaveLength(footer(0).length + 1);
    expect(lines.at(-1)).toContain('2026-11-28T16:35:56Z');
  });

  it('states it in Bahasa Indonesia too', () => {
    const rule = footer(5, 'id').find((l) => l.startsWith('Perlindungan angka kecil'));
    expect(rule).toContain('1 sampai 4');
    expect(rule).toContain('[r]');
  });
});
