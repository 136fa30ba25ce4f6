// How far people got along each route: an ordered stage table per route (origin → transit → embarkation
// → destination) with the share reaching the destination. Interception records only, each voyage once.
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import { useMemo, useState } from 'react';
import type { EventFilters } from '@/domain/event-filters';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { formatShare } from './chart-format';
import { routeSlotOf } from '@/domain/route-groups';
import { routeSlotColor, cssRgb } from '@/theme/palette';
import { makeFlowBreakdownView } from './flow-breakdown-view';
import type { FlowStageRow } from './to-flow-stages';
import { selectBoatsKnown } from '@/state/select-boats-known';
import { selectSmallCountK } from '@/state/select-protection';
import { countText } from '@/domain/analysis/protected-count-text';
import { BoatsKnownNote } from '@/ui/boats-known-note';
import { boatsKnownOfKind } from './boats-known-scope';

export interface FlowBreakdownProps {
  readonly table: EventTable;
  readonly filters: EventFilters;
}

export function FlowBreakdown({ table, filters }: FlowBreakdownProps): React.JSX.Element {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const measure = useAppStore((s) => s.measure);
  const k = useAppStore(selectSmallCountK);
  const routes = useMemo(() => makeFlowBreakdownView(table, filters, measure), [table, filters, measure]);
  const measureWord = t(MEASURE_LABEL_KEY[measure]);
  const stageName = (stage: FlowStageRow): string =>
    stage.name ?? t(stage.role === 'destination' ? 'charts.flow.destination' : 'charts.flow.embarkation');

  return (
    <section className="chart-card" aria-labelledby="flow-heading" data-testid="flow-breakdown">
      <h3 id="flow-heading">{t('charts.flow.title')}</h3>
      <p className="chart-note">{t('charts.flow.note', { measure: measureWord })}</p>
      {measure === 'boats' && (
        <BoatsKnownNote
          count={boatsKnownOfKind(selectBoatsKnown(table, filters), 'interception')}
          f={i18n}
          testId="flow-boats-known"
          className="chart-note boats-known-note"
          formatCount={(value) => countText(value, k, formatNumber)}
        />
      )}
      {routes.length === 0 && <p className="chart-summary">{t('charts.flow.empty')}</p>}
      {routes.map((route, i) => {
        const destination = route.stages[route.stages.length - 1];
        const summary = t('charts.flow.routeSummary', {
          route: route.name,
          total: route.total,
          measure: measureWord,
          reached: destination?.value ?? 0,
          share: formatShare(route.destinationShare, formatNumber),
          destination: destination ? stageName(destination) : '',
        });
        return (
          <RouteStages
            key={route.id}
            id={route.id}
            initiallyOpen={i === 0}
            summary={summary}
            color={cssRgb(routeSlotColor(routeSlotOf(table, route.code)))}
            renderRows={() =>
              route.stages.map((stage, s) => (
                <tr key={s}>
                  <th scope="row">
                    {stageName(stage)} <span className="stage-role">{t(`charts.role.${stage.role}`)}</span>
                  </th>
                  <td>{formatNumber(stage.value)}</td>
                  <td>
                    <span className="share-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(stage.share * 100)}%` }} />
                    </span>
                    {formatShare(stage.share, formatNumber)}
                  </td>
                </tr>
              ))
            }
          />
        );
      })}
    </section>
  );
}

interface RouteStagesProps {
  readonly id: string;
  readonly initiallyOpen: boolean;
  readonly summary: string;
  /** CSS colour of the route's swatch. */
  readonly color: string;
  readonly renderRows: () => React.JSX.Element[];
}

/**
 * One route's summary line, and its stage table only while open: with 200 routes the closed tables were
 * 2,400 elements rendered again on every filter step, none of them visible.
 */
function RouteStages({ id, initiallyOpen, summary, color, renderRows }: RouteStagesProps): React.JSX.Element {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="flow-route"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={`flow-${id}`}
    >
      <summary>
        <i className="swatch" style={{ background: color }} />
        <span className="flow-summary">{summary}</span>
      </summary>
      {open && (
        <table>
          <caption className="visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.flow.stage')}</th>
              <th scope="col">{t('charts.flow.reached')}</th>
              <th scope="col">{t('charts.flow.share')}</th>
            </tr>
          </thead>
          <tbody>{renderRows()}</tbody>
        </table>
      )}
    </details>
  );
}
