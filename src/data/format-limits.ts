// The limits of the events format in one place: the validator enforces them, messages name them, and
// docs/data-format.md and data/schema/events.schema.json state the same numbers.

/** Largest `people` count (persons); the Uint32 column could hold more, this is plausibility. */
export const MAX_PEOPLE = 1_000_000;
/** Largest `boats`, `crew` or `deaths` (Uint16 columns; 65,535 is the "not recorded" sentinel). */
export const MAX_SMALL_COUNT = 65_534;
/** Longest event id, in characters. */
export const MAX_ID_LENGTH = 256;
/** Longest route id, in characters. */
export const MAX_ROUTE_ID_LENGTH = 64;
/** Longest `routeName`, in characters. */
export const MAX_ROUTE_NAME_LENGTH = 200;
/** Longest `site`, in characters. */
export const MAX_SITE_LENGTH = 1000;
/** Longest `agency` kept, in characters (longer ones are cut). */
export const MAX_AGENCY_LENGTH = 200;
/** Longest per-record `source` kept, in characters; longer ones are cut with a warning. */
export const MAX_SOURCE_LENGTH = 1000;
/** Largest `records` (source records one pre-aggregated record stands for); sums stay exact in doubles. */
export const MAX_RECORDS = 1_000_000_000;
/** Most entries in `nationalities`. */
export const MAX_NATIONALITIES = 50;
/** Most features in one events file: beyond it the file is refused before any feature is read. */
export const MAX_FEATURES = 2_000_000;

/** The limit an issue refers to, for its message ("at most 65,534"), or undefined. */
export function limitOfField(field: string): number | undefined {
  switch (field) {
    case 'people':
      return MAX_PEOPLE;
    case 'records':
      return MAX_RECORDS;
    case 'boats':
    case 'crew':
    case 'deaths':
      return MAX_SMALL_COUNT;
    case 'id':
      return MAX_ID_LENGTH;
    case 'route':
      return MAX_ROUTE_ID_LENGTH;
    case 'routeName':
      return MAX_ROUTE_NAME_LENGTH;
    case 'site':
      return MAX_SITE_LENGTH;
    case 'source':
      return MAX_SOURCE_LENGTH;
    case 'nationalities':
      return MAX_NATIONALITIES;
    default:
      return undefined;
  }
}
