// One big headline number with its label.
export interface KpiFigureProps {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
  /** A qualifier of the figure (which records it counts), in the label's tooltip and for screen readers. */
  readonly note?: string | null;
}

export function KpiFigure({ label, value, testId, note = null }: KpiFigureProps): React.JSX.Element {
  return (
    <div className="kpi">
      <span className="kpi-value" data-testid={testId}>
        {value}
      </span>
      {/* One line (ellipsis when long), so the header keeps its height whatever the filter. */}
      <span
        className="kpi-label"
        title={note === null ? label : `${label} (${note})`}
        data-testid={note === null ? undefined : `${testId}-note`}
      >
        {label}
        {/* The note does not take a line of its own: the header keeps its height (see the label above). */}
        {note !== null && <span aria-hidden="true">*</span>}
        {note !== null && <span className="visually-hidden"> ({note})</span>}
      </span>
    </div>
  );
}
