// A briefing as the JSON file people download and load again (docs/briefing.md).
import { BRIEFING_FORMAT, BRIEFING_VERSION } from '@/data/parse-briefing';
import type { Briefing } from '@/domain/briefing';

/** Pretty-printed JSON, fields in documented order, new objects only (nothing else from the store). */
export function serializeBriefing(briefing: Briefing): string {
  const file = {
    format: BRIEFING_FORMAT,
    version: BRIEFING_VERSION,
    title: { en: briefing.title.en, id: briefing.title.id },
    steps: briefing.steps.map((step) => ({
      view: step.view,
      caption: { en: step.caption.en, id: step.caption.id },
    })),
    ...(briefing.dataset
      ? { dataset: { fingerprint: briefing.dataset.fingerprint, title: briefing.dataset.title } }
      : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the English title: lower-case words joined by '-', or "briefing". */
export function briefingFileName(briefing: Briefing): string {
  const slug = briefing.title.en
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug === '' ? 'briefing' : slug}.json`;
}
