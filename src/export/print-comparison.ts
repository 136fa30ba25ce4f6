// The printed comparison of two periods (when the Analysis tab compares them): A, B, difference and
// change of each key figure, and the route legs and sites that appeared, disappeared or changed most —
// as text, under the same small-count protection as the tab. Pure.
import type { CompareView } from '@/charts/compare-view';
import { compareCells } from '@/charts/compare-text';
import { periodLabel } from '@/charts/period-label';
import type { KeyComparison } from '@/domain/analysis/compare-periods';
import type { EventTable } from '@/domain/event-table';
import type { Formatters } from '@/i18n/translate';
import { COMPARE_LABELS } from './make-aggregates-csv';

export interface PrintCompareRow {
  readonly name: string;
  readonly a: string;
  readonly b: string;
  readonly difference: string;
  readonly change: string;
}

export interface PrintCompareList {
  readonly title: string;
  readonly rows: readonly PrintCompareRow[];
}

export interface PrintComparison {
  /** "A: 2012 · B: 2013". */
  readonly periods: string;
  readonly figures: readonly PrintCompareRow[];
  /** Only lists with rows (an empty "appeared" list is left out of the page). */
  readonly lists: readonly PrintCompareList[];
}

/** Rows per printed list: a page holds the figures and a few short lists. */
export const PRINT_LIST_ROWS = 5;

export function makePrintComparison(view: CompareView, table: EventTable, f: Formatters): PrintComparison {
  const { t } = f;
  const k = view.k;
  const labelA = periodLabel(view.periods.a, table, f);
  const labelB = periodLabel(view.periods.b, table, f);
  const figures = view.figures.map((figure): PrintCompareRow => {
    const cells = compareCells(figure, k, f, { a: figure.stateA, b: figure.stateB });
    return { name: t(COMPARE_LABELS[figure.id]), ...cells };
  });
  const legName = (key: string): string => {
    const leg = view.legNames.get(key);
    if (leg === undefined) return key;
    return leg.fromName === ''
      ? leg.routeName
      : t('analysis.compare.legName', { route: leg.routeName, from: leg.fromName, to: leg.toName });
  };
  const measure = t(view.measure === 'people' ? 'legend.people' : 'legend.boats');
  const rowsOf = (list: readonly KeyComparison[], nameOf: (key: string) => string): PrintCompareRow[] =>
    list.slice(0, PRINT_LIST_ROWS).map((c) => ({ name: nameOf(c.key), ...compareCells(c, k, f) }));
  const lists: PrintCompareList[] = [];
  for (const [heading, comparison, nameOf] of [
    [t('analysis.compare.legs', { measure }), view.legs, legName],
    [t('analysis.compare.sites', { measure }), view.sites, (name: string) => name],
  ] as const) {
    for (const [which, list] of [
      ['analysis.compare.appeared', comparison.appeared],
      ['analysis.compare.disappeared', comparison.disappeared],
      ['analysis.compare.largestAbsolute', comparison.largestAbsolute],
    ] as const) {
      const rows = rowsOf(list, nameOf);
      if (rows.length > 0) lists.push({ title: `${heading}: ${t(which)}`, rows });
    }
  }
  return {
    periods: `${t('analysis.compare.a')}: ${labelA} · ${t('analysis.compare.b')}: ${labelB}`,
    figures,
    lists,
  };
}
