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
      <span className="kpi-label">{label}</span>
    </div>
  );
}
