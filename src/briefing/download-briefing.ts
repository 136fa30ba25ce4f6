// Saving the briefing as a file: a Blob, an object URL and a temporary <a download>. Nothing leaves the
// browser.
import type { Briefing } from '@/domain/briefing';
import { briefingFileName, serializeBriefing } from './serialize-briefing';

export function downloadBriefing(briefing: Briefing): void {
  const blob = new Blob([serializeBriefing(briefing)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = briefingFileName(briefing);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
