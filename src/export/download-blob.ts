// Saving a file made in the page: an object URL on a temporary link with a download name. No network.

/** Keeps the object URL alive long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `lintas-<what>-2026-11-28.<extension>` (UTC date of the export). */
export function exportFileName(what: string, extension: string, exportedAtMs: number): string {
  return `lintas-${what}-${new Date(exportedAtMs).toISOString().slice(0, 10)}.${extension}`;
}
