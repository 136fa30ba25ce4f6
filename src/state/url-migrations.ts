// Versions of the link format and the steps that upgrade old links (OWID-style URL migrations).
//
// Policy: a change that would make an old link mean something else (a renamed key, a new value syntax, a
// changed default) bumps URL_FORMAT_VERSION and appends one step from the previous version. Steps are
// never removed, so every link ever written keeps working. Adding a new key with a default that matches the
// old behaviour needs no new version.

/** The version written into every link (`v=1`). */
export const URL_FORMAT_VERSION = 1;

/** Raw query parameters: key → every value given for it, in order. A Map, so no key touches a prototype. */
export type RawParams = ReadonlyMap<string, readonly string[]>;

export interface UrlMigration {
  /** The version this step reads; it returns the parameters of version `from + 1`. */
  readonly from: number;
  readonly migrate: (params: RawParams) => RawParams;
}

/** Upgrade steps in order. Version 1 is the first published format, so there is nothing to upgrade yet. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

export type MigrationResult =
  | { readonly ok: true; readonly params: RawParams }
  | { readonly ok: false; readonly reason: 'unsupported-version' };

/** Runs the steps from `version` up to `target`; fails when a step is missing (a version that never existed). */
export function migrateParams(
  params: RawParams,
  version: number,
  target: number,
  migrations: readonly UrlMigration[],
): MigrationResult {
  let current = params;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (step === undefined) return { ok: false, reason: 'unsupported-version' };
    current = step.migrate(current);
  }
  return { ok: true, params: current };
}
