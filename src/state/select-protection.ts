// Small-count protection in effect: the person's choice for this table, else the dataset's default
// (metadata `smallCountThreshold`; on with k = 5 for data that are not marked illustrative). Views read
// `selectSmallCountK` (0 = off) so a primitive is compared, not an object.
import type { DatasetMeta, EventTable } from '@/domain/event-table';
import type { ProtectionChoice } from './analysis-slice';

/** The threshold used when the dataset does not give one (counts 1–4 hidden). */
export const DEFAULT_SMALL_COUNT_K = 5;
/** Largest threshold a person can set. */
export const MAX_SMALL_COUNT_K = 100;

export interface ProtectionSetting {
  readonly on: boolean;
  readonly k: number;
  /** Where the setting comes from: the dataset (metadata or the default rule) or the person. */
  readonly source: 'dataset' | 'person';
}

/**
 * The dataset's default: a metadata threshold ≥ 2 turns protection on with that k, 0 or 1 says the
 * publisher needs none; without one, on with k = 5 unless the data are illustrative (the demo's figures
 * are published ones).
 */
export function defaultProtection(meta: DatasetMeta): ProtectionSetting {
  const given = meta.smallCountThreshold;
  if (given !== undefined && given !== null)
    return { on: given >= 2, k: given >= 2 ? given : DEFAULT_SMALL_COUNT_K, source: 'dataset' };
  return { on: !meta.illustrative, k: DEFAULT_SMALL_COUNT_K, source: 'dataset' };
}

export interface ProtectionFields {
  readonly table: EventTable | null;
  readonly protectionChoice: ProtectionChoice | null;
}

export function selectProtection(s: ProtectionFields): ProtectionSetting {
  const choice = s.protectionChoice;
  if (s.table !== null && choice !== null && choice.table === s.table)
    return { on: choice.on, k: choice.k, source: 'person' };
  if (s.table === null) return { on: false, k: DEFAULT_SMALL_COUNT_K, source: 'dataset' };
  return defaultProtection(s.table.meta);
}

/** The threshold in effect, or 0 when protection is off (every count shown). */
export function selectSmallCountK(s: ProtectionFields): number {
  const p = selectProtection(s);
  return p.on && p.k >= 2 ? p.k : 0;
}
