// Narrowing plain strings (filter values, split keys) to the closed vocabularies.
import { EVENT_KINDS, OUTCOMES, type EventKind, type Outcome } from '@/domain/vocabulary';

export function isEventKind(value: string): value is EventKind {
  return (EVENT_KINDS as readonly string[]).includes(value);
}

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}
