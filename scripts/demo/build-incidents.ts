// Builds the published incidents at sea (FIXED_INCIDENTS): boats lost at sea, or rescued and taken to Indonesia.
// Rule (see FixedVoyage): deaths = lowest confirmed figure; people = published aboard, else dead + missing + survivors.

import { FIXED_INCIDENTS } from './fixed-events';
import { makeRng } from './prng';
import { voyageFromFixed, type Voyage } from './voyage';

export function buildIncidents(seed: number): Voyage[] {
  const rng = makeRng(seed, 'incidents');
  return FIXED_INCIDENTS.map((f) => voyageFromFixed(rng, f));
}
