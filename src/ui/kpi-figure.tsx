// One big headline number with its label.
export interface KpiFigureProps {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
}

export function KpiFigure({ label, value, testId }: KpiFigureProps): React.JSX.Element {
  return (
    <div className="kpi">
      <span className="kpi-value" data-testid={testId}>
        {value}
      </span>
      {/* One line (ellipsis when long), so the header keeps its height whatever the filter. */}
      <span className="kpi-label" title={label}>
        {label}
      </span>
    </div>
  );
}
