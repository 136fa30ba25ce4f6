// The bundled demo briefing, served from our own origin by the build (a hashed asset URL, or a data: URL
// in the single-file build).
import type { BriefingParseResult } from '@/data/parse-briefing';
import demoBriefingUrl from '../../data/demo/briefing.json?url';
import { readBriefingText } from './read-briefing';

export type DemoBriefingResult = BriefingParseResult | { readonly ok: false; readonly error: null };

/** Fetches and reads the demo briefing; `error: null` when the fetch itself failed. */
export async function loadDemoBriefing(): Promise<DemoBriefingResult> {
  try {
    const response = await fetch(demoBriefingUrl);
    if (!response.ok) return { ok: false, error: null };
    return readBriefingText(await response.text());
  } catch {
    return { ok: false, error: null };
  }
}
