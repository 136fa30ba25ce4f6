// Remarks that are one fact about many rows (no ids in the file, so every row's id is derived) are
// reported as one summarised line with the count and the rows, not as one remark per row.
import type { IssueCount, LoadIssue } from '@/data/load-report';

/** Warning codes summarised in one line. */
export const SUMMARISED_CODES: ReadonlySet<string> = new Set(['id-derived']);

/** Remarks to announce: every issue once, a summarised reason once whatever its count. */
export function countRemarks(counts: readonly IssueCount<string>[]): number {
  return counts.reduce((sum, c) => sum + (SUMMARISED_CODES.has(c.code) ? 1 : c.count), 0);
}

/** Feature numbers (1-based) of the kept samples as ranges: "2–5, 9, 12–14". */
export function featureRanges(
  samples: readonly LoadIssue<string>[],
  formatNumber: (n: number) => string,
): string {
  const numbers = [...new Set(samples.filter((s) => s.index >= 0).map((s) => s.index + 1))].sort(
    (a, b) => a - b,
  );
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? 0) + 1) j++;
    const first = formatNumber(numbers[i] ?? 0);
    parts.push(j > i ? `${first}–${formatNumber(numbers[j] ?? 0)}` : first);
    i = j + 1;
  }
  return parts.join(', ');
}
