// The bundled demo briefing, served from our own origin by the build (a hashed asset URL, or a data: URL
// in the single-file build).
import type { BriefingParseResult } from '@/data/parse-briefing';
import demoBriefingUrl from '../../data/demo/briefing.json?url';
import { readBriefingText } from './read-briefing';

export type DemoBriefingResult = BriefingParseResult | { readonly ok: false; readonly error: null };

async function fetchDemoBriefing(): Promise<DemoBriefingResult> {
  try {
    const response = await fetch(demoBriefingUrl);
    if (!response.ok) return { ok: false, error: null };
    return readBriefingText(await response.text());
  } catch {
    return { ok: false, error: null };
  }
}

/** The demo briefing once read (it does not change while the page lives); a failed fetch is retried. */
let demoBriefing: Promise<DemoBriefingResult> | null = null;

/** Fetches and reads the demo briefing; `error: null` when the fetch itself failed. */
export async function loadDemoBriefing(): Promise<DemoBriefingResult> {
  demoBriefing ??= fetchDemoBriefing();
  const result = await demoBriefing;
  if (!result.ok) demoBriefing = null;
  return result;
}
