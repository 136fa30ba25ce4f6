// The legend: what widths, sizes, shapes, colours and line styles mean, and what is being shown now.
import { epochDayToMs, type EpochDay } from '@/domain/epoch-day';
import type { FlowSegment } from '@/domain/flow-segments';
import type { EventTable } from '@/domain/event-table';
import { OUTCOMES } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { VIEW_MEASURES } from '@/domain/aggregates';
import { fillableMeasures } from '@/domain/dataset-measures';
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { DEFAULT_FLOW_STYLE, flowWidthPx, maxFlowValue } from './flow-scale';
import type { PeriodMax } from './use-map-data';
import { outcomeKey } from './map-tooltip';
import { routeSlotOf } from '@/domain/route-groups';
import { cssRgb, OTHER_COLOR, routeSlotColor } from '@/theme/palette';
import { SymbolSwatch } from './symbol-swatch';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { selectEffectiveFilters } from '@/state/select-effective-filters';
import { BoatsKnownNote } from '@/ui/boats-known-note';
import { selectSmallCountK } from '@/state/select-protection';
import { countText } from '@/domain/analysis/protected-count-text';

export interface MapLegendProps {
  readonly table: EventTable;
  readonly segments: readonly FlowSegment[];
  /** The whole period's largest leg per measure (the fixed width scale). */
  readonly periodMax: PeriodMax;
}

export function MapLegend({ table, segments, periodMax }: MapLegendProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const measure = useAppStore((s) => s.measure);
  const filters = useAppStore((s) => selectEffectiveFilters(s.filters, s.selection));
  const k = useAppStore(selectSmallCountK);
  const motion = useAppStore((s) => s.motion);
  const showEventPoints = useAppStore((s) => s.showEventPoints);
  const selection = useAppStore((s) => s.selection);
  const timeRange = useAppStore((s) => s.filters.timeRange);
  const setMeasure = useAppStore((s) => s.setMeasure);
  const setMotion = useAppStore((s) => s.setMotion);
  const setShowEventPoints = useAppStore((s) => s.setShowEventPoints);
  const scaleToView = useAppStore((s) => s.flowScaleToView);
  const setScaleToView = useAppStore((s) => s.setFlowScaleToView);
  const measureName = t(MEASURE_LABEL_KEY[measure]);
  const offered = VIEW_MEASURES.filter((m) => fillableMeasures(table).has(m) || m === measure);
  const maxValue = scaleToView ? maxFlowValue(segments, measure) : periodMax[measure];
  const samples = maxValue > 0 ? [maxValue, Math.round(maxValue / 4)] : [];
  const parts: string[] = [];
  if (timeRange) {
    parts.push(
      t('legend.period', {
        from: formatDate(epochDayToMs(timeRange.startDay)),
        to: formatDate(epochDayToMs((timeRange.endDay - 1) as EpochDay)),
      }),
    );
  }
  if (selection) {
    const name =
      selection.kind === 'route'
        ? (table.routes.find((r) => r.id === selection.id)?.name ?? selection.id)
        : selection.id;
    parts.push(
      t(selection.kind === 'route' ? 'legend.selectedRoute' : 'legend.selectedSite', { value: name }),
    );
  }
  const routesDrawn = table.routes
    .map((route, r) => ({ route, r, slot: routeSlotOf(table, r) }))
    .filter(({ r }) => segments.some((s) => s.route === r));
  // Past the palette's colours the smallest routes share one grey entry; each stays in the filters.
  const ownColour = routesDrawn.filter(({ slot }) => slot >= 0);
  const grouped = routesDrawn.length - ownColour.length;

  return (
    <aside className="map-legend" aria-label={t('legend.title')} data-testid="map-legend">
      <h2>{t('legend.title')}</h2>
      <p className="legend-filter" data-testid="legend-filter">
        {t('legend.filter', { value: parts.length > 0 ? parts.join(' · ') : t('legend.filterAll') })}
      </p>
      <fieldset className="legend-measure">
        <legend>{t('legend.measure')}</legend>
        {offered.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="measure"
              value={m}
              checked={measure === m}
              onChange={() => setMeasure(m)}
            />{' '}
            {t(MEASURE_LABEL_KEY[m])}
          </label>
        ))}
        {offered.includes('boats') && (
          <BoatsKnownNote
            count={selectBoatsKnown(table, filters)?.all ?? null}
            f={i18n}
            testId="legend-boats-known"
            formatCount={(value) => countText(value, k, formatNumber)}
          />
        )}
      </fieldset>
      <p>{t('legend.flows', { measure: measureName })}</p>
      <ul className="legend-widths">
        {samples.map((value) => (
          <li key={value}>
            <span
              className="width-sample"
              style={{ height: flowWidthPx(value, maxValue, DEFAULT_FLOW_STYLE) }}
            />
            {t('legend.widthSample', { value: formatNumber(value), measure: measureName })}
          </li>
        ))}
      </ul>
      <p className="legend-scale" data-testid="legend-scale">
        {t(scaleToView ? 'legend.scaleView' : 'legend.scaleFixed')}
      </p>
      <label>
        <input
          type="checkbox"
          checked={scaleToView}
          onChange={(e) => setScaleToView(e.target.checked)}
          data-testid="scale-to-view"
        />{' '}
        {t('legend.scaleToView')}
      </label>
      <p className="legend-modes">{t('legend.modes')}</p>
      <h3>{t('legend.routes')}</h3>
      <ul className="legend-routes">
        {ownColour.map(({ route, slot }) => (
          <li key={route.id}>
            <span className="route-swatch" style={{ background: cssRgb(routeSlotColor(slot)) }} />
            {route.name}
            {!route.hasCorridor && ` — ${t('tooltip.noCorridor')}`}
          </li>
        ))}
        {grouped > 0 && (
          <li data-testid="legend-other-routes">
            <span className="route-swatch" style={{ background: cssRgb(OTHER_COLOR) }} />
            {t('legend.otherRoutes', { count: grouped })}
          </li>
        )}
      </ul>
      <p>{t('legend.symbols', { measure: measureName })}</p>
      <ul className="legend-outcomes">
        {OUTCOMES.map((name, o) => (
          <li key={name}>
            <SymbolSwatch outcome={o} /> {t(outcomeKey(o))}
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          checked={motion}
          onChange={(e) => setMotion(e.target.checked)}
          data-testid="motion-toggle"
        />{' '}
        {t('legend.motion')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={showEventPoints}
          onChange={(e) => setShowEventPoints(e.target.checked)}
        />{' '}
        {t('legend.eventPoints')}
      </label>
    </aside>
  );
}
