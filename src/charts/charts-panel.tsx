// Overview tab: headline numbers and linked charts (being built in this change).
export function ChartsPanel(): React.JSX.Element {
  return <div className="charts-panel" data-testid="charts-panel" />;
}
