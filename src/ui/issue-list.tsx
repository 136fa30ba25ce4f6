// A list of located problems (rendered as text only), capped so a file of 1M bad rows stays usable.
export interface IssueLine {
  readonly key: string;
  readonly where: string;
  readonly message: string;
}

export interface IssueListProps {
  readonly heading: string;
  readonly lines: readonly IssueLine[];
  readonly moreLabel: (count: number) => string;
  readonly limit?: number;
}

export function IssueList({
  heading,
  lines,
  moreLabel,
  limit = 200,
}: IssueListProps): React.JSX.Element | null {
  if (lines.length === 0) return null;
  return (
    <section className="issue-list">
      <h3>{heading}</h3>
      <ul>
        {lines.slice(0, limit).map((line) => (
          <li key={line.key}>
            <strong>{line.where}</strong> {line.message}
          </li>
        ))}
      </ul>
      {lines.length > limit && <p>{moreLabel(lines.length - limit)}</p>}
    </section>
  );
}
