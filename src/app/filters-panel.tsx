// Filters tab: routes, nationalities, kinds, outcomes and sites (being built in this change).
export function FiltersPanel(): React.JSX.Element {
  return <div className="filters-panel" data-testid="filters-panel" />;
}
