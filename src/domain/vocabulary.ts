// The closed vocabularies of the event format, with their stable numeric codes in the EventTable columns.

export const EVENT_KINDS = ['departure', 'interception'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Code 0 is "none" (departures carry no outcome). Codes are stable: new outcomes are appended
 * (`lost_on_land`: death or disappearance on land; `unknown`: the source does not say).
 */
export const OUTCOMES = [
  'none',
  'landed',
  'turned_back',
  'disrupted',
  'rescued',
  'lost_at_sea',
  'lost_on_land',
  'unknown',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_NONE = 0;
export const OUTCOME_LANDED = 1;

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const CONFIDENCE_DEFAULT = 1; // medium

export const DATE_PRECISIONS = ['day', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const STAGE_ROLES = ['origin', 'transit', 'embarkation', 'destination'] as const;
export type StageRole = (typeof STAGE_ROLES)[number];

export const TRAVEL_MODES = ['air', 'land', 'sea'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** Sentinel in Uint16 count columns (crew, deaths) meaning "not recorded". */
export const UNKNOWN_COUNT = 0xffff;

/** Boats of a record whose file gives `boats: null` (not known): stored as 0, so no boat is invented. */
export const UNKNOWN_BOATS = 0;

/** Sentinel in the Uint32 `people` column meaning "not recorded"; it counts as 0 in sums. */
export const UNKNOWN_PEOPLE = 0xffffffff;

/** Nationality code used when a record lists none. */
export const UNKNOWN_NATIONALITY = 'UNK';

/** Returns the index of `value` in a vocabulary, or -1. */
export function indexInVocabulary(vocabulary: readonly string[], value: unknown): number {
  return typeof value === 'string' ? vocabulary.indexOf(value) : -1;
}

/** Reached-stage value of rows that do not enter flows (departures, routes without a corridor). */
export const NO_REACH = 255;
