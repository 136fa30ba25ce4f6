// What surrounds the map in an exported image: title, time window, filters, a compact legend and the
// source lines, as plain text and colours (no DOM), so the layout code only draws.
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import type { ViewMeasure } from '@/domain/aggregates';
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { OUTCOMES } from '@/domain/vocabulary';
import type { Formatters } from '@/i18n/translate';
import { routeSlotColor, OTHER_COLOR } from '@/theme/palette';
import { routeSlotOf } from '@/domain/route-groups';
import { describeFilters, filtersSentence } from './describe-filters';
import { formatExportTime } from './export-info';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { boatsKnownText } from '@/ui/boats-known-text';
import { countText } from '@/domain/analysis/protected-count-text';

export type Rgb = readonly [number, number, number];

export interface LegendRoute {
  readonly name: string;
  readonly rgb: Rgb;
}

export interface LegendOutcome {
  /** Index into OUTCOMES (and OUTCOME_SHAPES / OUTCOME_COLORS). */
  readonly outcome: number;
  readonly label: string;
}

export interface ViewFrame {
  /** "Lintas · <dataset title>". */
  readonly title: string;
  /** The "ILLUSTRATIVE DATA" label, or null for real data. */
  readonly illustrative: string | null;
  /** Time window and filters, one sentence each. */
  readonly lines: readonly string[];
  readonly flowsNote: string;
  readonly modesNote: string;
  readonly routesTitle: string;
  /** Routes carrying a flow in the current filters, in table order (the map's colours). */
  readonly routes: readonly LegendRoute[];
  readonly symbolsNote: string;
  readonly outcomes: readonly LegendOutcome[];
  /** Source, licence and export lines (the source may wrap). */
  readonly footer: readonly string[];
}

export interface ViewFrameInput {
  readonly table: EventTable;
  readonly aggregates: WindowAggregates;
  readonly filters: EventFilters;
  readonly measure: ViewMeasure;
  readonly exportedAtMs: number;
  /** The basemap's attribution as shown on screen ('' for none). */
  readonly attribution: string;
  /** Small-count threshold in effect (0 or absent: protection off). */
  readonly smallCountK?: number;
}

export function makeViewFrame(input: ViewFrameInput, f: Formatters): ViewFrame {
  const { t } = f;
  const { table, aggregates, filters } = input;
  const meta = table.meta;
  const words = describeFilters(table, filters, f);
  const measure = t(MEASURE_LABEL_KEY[input.measure]);
  const routes: LegendRoute[] = [];
  let otherRoutes = 0;
  table.routes.forEach((route, r) => {
    const flow = aggregates.flows[r];
    if (!flow || !(flow.people > 0 || flow.boats > 0 || flow.events > 0)) return;
    const slot = routeSlotOf(table, r);
    if (slot < 0) otherRoutes++;
    else routes.push({ name: route.name, rgb: routeSlotColor(slot) });
  });
  // Routes past the palette's colours: one grey entry, as in the map legend.
  if (otherRoutes > 0)
    routes.push({ name: t('charts.otherRoutes', { count: otherRoutes }), rgb: OTHER_COLOR });
  const footer: string[] = [];
  if (meta.source !== '') footer.push(t('export.sourceLine', { source: meta.source }));
  // Flows and symbols in boats count only the records whose boats are known: say how many.
  const boats =
    input.measure === 'boats'
      ? boatsKnownText(selectBoatsKnown(table, filters)?.all ?? null, f, 'footer', (value) =>
          countText(value, input.smallCountK ?? 0, f.formatNumber),
        )
      : null;
  if (boats !== null) footer.push(boats);
  const small: string[] = [];
  if (meta.licence !== '') small.push(t('export.licenceLine', { licence: meta.licence }));
  if (input.attribution !== '') small.push(t('export.basemapLine', { attribution: input.attribution }));
  small.push(t('export.exportedLine', { time: formatExportTime(input.exportedAtMs) }));
  footer.push(small.join(' · '));
  return {
    title: `${t('app.title')} · ${meta.title}`,
    illustrative: meta.illustrative ? t('export.illustrative') : null,
    lines: [
      t(words.wholePeriod ? 'export.periodWhole' : 'export.period', { window: words.window }),
      t('export.filtersLine', { filters: filtersSentence(words, t('export.noFilters')) }),
    ],
    flowsNote: t('legend.flows', { measure }),
    modesNote: t('legend.modes'),
    routesTitle: t('legend.routes'),
    routes,
    symbolsNote: t('legend.symbols', { measure }),
    outcomes: OUTCOMES.map((name, o) => ({ outcome: o, label: t(`outcome.${name}`) })),
    footer,
  };
}
