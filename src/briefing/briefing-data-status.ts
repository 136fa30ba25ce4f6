// Whether a briefing may be presented over the data on screen without a warning (docs/briefing.md).
import type { Briefing, BriefingDataset } from '@/domain/briefing';

/**
 * match: written for these data. mismatch: for other data. unbound: the briefing does not say.
 * unchecked: the page cannot compute fingerprints. pending: the fingerprint is being computed.
 */
export type BriefingDataStatus = 'match' | 'mismatch' | 'unbound' | 'unchecked' | 'pending';

/** `current`: the fingerprint of the data on screen; null when it cannot be computed, undefined while pending. */
export function briefingDataStatus(
  briefing: Briefing,
  current: string | null | undefined,
): BriefingDataStatus {
  if (briefing.dataset === undefined) return 'unbound';
  if (current === undefined) return 'pending';
  if (current === null) return 'unchecked';
  return briefing.dataset.fingerprint === current ? 'match' : 'mismatch';
}

/** A briefing being written is bound to the data on screen when its first step is added. */
export function bindToDataset(briefing: Briefing, dataset: BriefingDataset | null): Briefing {
  if (dataset === null || briefing.dataset !== undefined || briefing.steps.length > 1) return briefing;
  return { ...briefing, dataset };
}
