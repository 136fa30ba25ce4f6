// What the loader tells people about a file: every rejected or suspicious feature, located and explained.

/** Why a feature was rejected (it is not loaded). */
export const REJECTION_CODES = [
  'not-a-feature',
  'geometry-missing',
  'geometry-not-point',
  'coordinates-invalid',
  'longitude-out-of-range',
  'latitude-out-of-range',
  'latitude-out-of-range-swapped',
  'properties-missing',
  'id-missing',
  'id-invalid',
  'id-duplicate',
  'kind-missing',
  'kind-invalid',
  'date-missing',
  'date-invalid',
  'date-nonexistent',
  'date-out-of-range',
  'people-missing',
  'count-invalid',
  'count-too-large',
  'boats-invalid',
  'route-missing',
  'route-invalid',
  'site-missing',
  'site-invalid',
  'outcome-missing',
  'outcome-invalid',
  'nationalities-invalid',
  'nationality-entry-invalid',
  'nationality-count-exceeds-people',
  'text-too-long',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** Why a kept feature looks suspicious (it is loaded as described). */
export const WARNING_CODES = [
  'coordinates-look-swapped',
  'route-unknown',
  'nationality-unknown-code',
  'nationality-counts-mismatch',
  'nationality-counts-apportioned',
  'people-per-boat-high',
  'outcome-on-departure',
  'confidence-unknown',
  'origin-country-invalid',
  'format-version-missing',
  'text-truncated',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A located problem: feature index in the file's `features` array (-1 for the whole file). */
export interface LoadIssue<C extends string> {
  readonly index: number;
  readonly id: string;
  readonly field: string;
  readonly code: C;
  /** Values for the message placeholders, e.g. the offending value (already shortened). */
  readonly value: string;
}

export interface LoadReport {
  readonly fileName: string;
  readonly featureCount: number;
  readonly accepted: number;
  readonly rejected: readonly LoadIssue<RejectionCode>[];
  readonly warnings: readonly LoadIssue<WarningCode>[];
}

/** A failure of the whole file: nothing is loaded. */
export const FILE_ERROR_CODES = [
  'file-too-large',
  'file-empty',
  'not-utf8',
  'utf16-encoding',
  'not-json',
  'not-geojson',
  'not-feature-collection',
  'features-missing',
  'no-features',
  'no-valid-features',
  'format-version-unsupported',
  'wrong-file-kind',
  'read-failed',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export interface FileError {
  readonly code: FileErrorCode;
  /** Placeholder value for the message (a size, a position, a type name). */
  readonly value: string;
}

/** Shortens an untrusted value for a message: at most 60 characters, JSON-ish, never throws. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
