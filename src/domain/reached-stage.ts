// How far along its route an event's people got, which decides the legs it adds to in the flows.
import type { RouteInfo } from './event-table';
import { NO_REACH, type Outcome } from './vocabulary';

const KIND_INTERCEPTION = 1;

/**
 * Stage index reached (see docs/data-format.md, "How events relate to routes"): departures do not enter
 * flows (NO_REACH); landed reaches the destination; disrupted reaches the stage named like the site, else
 * the embarkation stage; the at-sea outcomes reach the embarkation stage; lost_on_land reaches the stage
 * named like the site, else the first; unknown reaches the first stage (no leg). A route without a
 * corridor has two implicit stages, embarkation (0) and destination (1).
 */
export function reachedStageOf(route: RouteInfo, kind: number, outcome: Outcome, siteName: string): number {
  const stages = route.stages;
  if (kind !== KIND_INTERCEPTION || outcome === 'none') return NO_REACH;
  if (stages.length < 2) return outcome === 'landed' ? 1 : 0;
  const last = stages.length - 1;
  let embarkation = -1;
  stages.forEach((stage, i) => {
    if (stage.role === 'embarkation') embarkation = i;
  });
  if (embarkation < 0) embarkation = Math.max(0, last - 1);
  switch (outcome) {
    case 'landed':
      return last;
    case 'disrupted': {
      const named = stages.findIndex((stage) => stage.name === siteName);
      return named >= 0 ? named : embarkation;
    }
    case 'turned_back':
    case 'rescued':
    case 'lost_at_sea':
      return embarkation;
    case 'lost_on_land': {
      // Died or went missing on land, before the crossing: the stage named like the site, else the first.
      const named = stages.findIndex((stage) => stage.name === siteName);
      return named >= 0 ? named : 0;
    }
    case 'unknown':
      // How far they got is not known: the first stage, which adds to no leg.
      return 0;
  }
}
