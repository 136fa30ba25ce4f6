// Keyboard route to the same selection as clicking the map: a list of routes and sites as buttons. Focusing
// or hovering a route lights it on the map, as hovering its flow does.
import type { WindowAggregates } from '@/domain/aggregates';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { flowHighlight } from './flow-highlight';

export interface SelectionListProps {
  readonly table: EventTable;
  readonly aggregates: WindowAggregates;
  readonly maxSites?: number;
}

export function SelectionList({ table, aggregates, maxSites = 12 }: SelectionListProps): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const selection = useAppStore((s) => s.selection);
  const toggleSelection = useAppStore((s) => s.toggleSelection);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const totals = aggregates.sites;
  const sites = Array.from(totals.codes, (code, i) => ({
    name: table.sites[code]?.name ?? '',
    people: totals.people[i] ?? 0,
  }))
    .filter((s) => s.people > 0)
    .sort((a, b) => b.people - a.people)
    .slice(0, maxSites);
  const isSelected = (kind: 'route' | 'site', id: string): boolean =>
    selection?.kind === kind && selection.id === id;
  return (
    <nav className="selection-list" aria-label={t('selection.heading')} data-testid="selection-list">
      <h2>{t('selection.heading')}</h2>
      <h3>{t('selection.routes')}</h3>
      <ul>
        {table.routes.map((route, r) => (
          <li key={route.id}>
            <button
              type="button"
              aria-pressed={isSelected('route', route.id)}
              onClick={() => toggleSelection({ kind: 'route', id: route.id })}
              onFocus={() => flowHighlight.set(r)}
              onBlur={() => flowHighlight.set(-1)}
              onMouseEnter={() => flowHighlight.set(r)}
              onMouseLeave={() => flowHighlight.set(-1)}
              data-testid={`route-item-${r}`}
            >
              {t('selection.routeItem', {
                name: route.name,
                value: formatNumber(aggregates.flows[r]?.people ?? 0),
              })}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('selection.sites')}</h3>
      <ul>
        {sites.map((site) => (
          <li key={site.name}>
            <button
              type="button"
              aria-pressed={isSelected('site', site.name)}
              onClick={() => toggleSelection({ kind: 'site', id: site.name })}
            >
              {t('selection.routeItem', { name: site.name, value: formatNumber(site.people) })}
            </button>
          </li>
        ))}
      </ul>
      {selection && (
        <button type="button" onClick={clearSelection}>
          {t('selection.clear')}
        </button>
      )}
    </nav>
  );
}
