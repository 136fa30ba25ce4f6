// What the loader tells people about a file: the rejected and suspicious features, located and explained,
// bounded in size (the first issues per reason plus exact counts), and what did not load.

/** Why a feature was rejected (it is not loaded). */
export const REJECTION_CODES = [
  'not-a-feature',
  'feature-type-missing',
  'geometry-missing',
  'geometry-not-point',
  'coordinates-invalid',
  'coordinates-missing',
  'coordinate-not-finite',
  'position-extra-invalid',
  'longitude-out-of-range',
  'latitude-out-of-range',
  'latitude-out-of-range-swapped',
  'properties-missing',
  'id-invalid',
  'id-too-long',
  'id-lone-surrogate',
  'id-duplicate',
  'kind-missing',
  'kind-invalid',
  'date-missing',
  'date-invalid',
  'date-nonexistent',
  'date-out-of-range',
  'count-invalid',
  'count-not-finite',
  'count-too-large',
  'boats-invalid',
  'records-invalid',
  'route-missing',
  'route-invalid',
  'route-too-long',
  'site-missing',
  'site-invalid',
  'outcome-missing',
  'outcome-invalid',
  'nationalities-invalid',
  'nationalities-too-many',
  'nationality-entry-invalid',
  'nationality-count-exceeds-people',
  'text-too-long',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Why a kept feature looks suspicious (it is loaded as described). */
export const WARNING_CODES = [
  'id-derived',
  'id-at-feature-level',
  'coordinates-look-swapped',
  'route-unknown',
  'route-name-conflict',
  'route-name-invalid',
  'nationality-unknown-code',
  'nationality-counts-mismatch',
  'nationality-counts-apportioned',
  'people-per-boat-high',
  'outcome-on-departure',
  'confidence-unknown',
  'origin-country-invalid',
  'format-version-missing',
  'metadata-bbox-invalid',
  'text-truncated',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A located problem: feature index in the file's `features` array (0-based; -1 for the whole file). */
export interface LoadIssue<C extends string> {
  readonly index: number;
  readonly id: string;
  readonly field: string;
  readonly code: C;
  /** Values for the message placeholders, e.g. the offending value (already shortened; '' = absent). */
  readonly value: string;
}

/** How many issues of one reason the file had (exact), whatever how many were kept as samples. */
export interface IssueCount<C extends string> {
  readonly code: C;
  readonly count: number;
}

/** Sums of the rejected features' counts, where they could be read as numbers (what left the totals). */
export interface NotLoadedTotals {
  readonly features: number;
  readonly people: number;
  readonly deaths: number;
  readonly boats: number;
}

/** One rejected feature as the file gave it, for the "rejected rows" CSV. */
export interface RejectedRow {
  readonly index: number;
  readonly id: string;
  /** `[longitude, latitude]` as given, shortened. */
  readonly coordinates: string;
  /** Properties as given, as text (nested values as JSON), shortened. */
  readonly properties: Readonly<Record<string, string>>;
  readonly issues: readonly LoadIssue<RejectionCode>[];
}

/** Issues kept per reason; the counts stay exact. */
export const ISSUE_SAMPLE_LIMIT = 100;
/** Rejected features kept for the CSV download. */
export const REJECTED_ROW_LIMIT = 10_000;

export interface LoadReport {
  readonly fileName: string;
  readonly featureCount: number;
  readonly accepted: number;
  /** Features not loaded (each has at least one rejection). */
  readonly rejectedFeatures: number;
  /** The first ISSUE_SAMPLE_LIMIT rejections of each reason, in file order. */
  readonly rejected: readonly LoadIssue<RejectionCode>[];
  /** The first ISSUE_SAMPLE_LIMIT warnings of each reason, in file order (file-level ones first). */
  readonly warnings: readonly LoadIssue<WarningCode>[];
  /** Exact number of rejections per reason, most frequent first. */
  readonly rejectedCounts: readonly IssueCount<RejectionCode>[];
  readonly warningCounts: readonly IssueCount<WarningCode>[];
  readonly notLoaded: NotLoadedTotals;
  /** The first REJECTED_ROW_LIMIT rejected features, as given. */
  readonly rejectedRows: readonly RejectedRow[];
}

/** A failure of the whole file: nothing is loaded. */
export const FILE_ERROR_CODES = [
  'file-too-large',
  'file-empty',
  'not-utf8',
  'utf16-encoding',
  'not-json',
  'json-too-deep',
  'not-geojson',
  'type-missing',
  'not-feature-collection',
  'features-missing',
  'no-features',
  'too-many-features',
  'no-valid-features',
  'format-version-unsupported',
  'wrong-file-kind',
  'read-failed',
  'cancelled',
  'columnar-unreadable',
  'columnar-columns-missing',
  'parquet-not-read',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export interface FileError {
  readonly code: FileErrorCode;
  /**
   * Placeholder value for the message: a type name, a position "line:column", a count, or for sizes
   * "actual/limit" (bytes or features).
   */
  readonly value: string;
}

/** A private-use character marks non-finite numbers while JSON.stringify runs. */
const MARK = '\uE000';
const NON_FINITE = /"\uE000(-?Infinity|NaN)"/g;

/**
 * Shortens an untrusted value for a message: at most 60 characters, JSON-ish, never throws. Numbers that
 * JSON cannot write (1e400 parses as Infinity) are shown as Infinity, not as JSON's `null`.
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'number'
          ? String(value)
          : (JSON.stringify(value, (_key, v: unknown) =>
              typeof v === 'number' && !Number.isFinite(v) ? `${MARK}${String(v)}` : v,
            )?.replace(NON_FINITE, '$1') ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
