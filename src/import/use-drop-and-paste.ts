// Files dropped on the map, and data pasted on the page, start an import. Listens on the document so the
// map component needs no change; the map area gets a class (and a label to show) while a file is over it.
import { useEffect } from 'react';
import { openFiles, pastedTextFile } from './import-actions';

/** The element files are dropped on (the composition root's map area). */
const DROP_AREA = '.map-area';
const ACTIVE_CLASS = 'import-drop-active';

function dropAreaOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(DROP_AREA) : null;
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** True when the paste goes into a field or editable text (it is theirs, not an import). */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

export function useDropAndPaste(dropLabel: string): void {
  useEffect(() => {
    let highlighted: HTMLElement | null = null;
    const highlight = (area: HTMLElement | null): void => {
      if (highlighted === area) return;
      highlighted?.classList.remove(ACTIVE_CLASS);
      highlighted = area;
      if (area) {
        area.classList.add(ACTIVE_CLASS);
        area.dataset['dropLabel'] = dropLabel;
      }
    };
    const onDragOver = (event: DragEvent): void => {
      const area = dropAreaOf(event.target);
      if (!area || !carriesFiles(event)) return highlight(null);
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      highlight(area);
    };
    const onDragLeave = (event: DragEvent): void => {
      if (event.relatedTarget === null || dropAreaOf(event.relatedTarget) === null) highlight(null);
    };
    const onDrop = (event: DragEvent): void => {
      const area = dropAreaOf(event.target);
      highlight(null);
      if (!area || !carriesFiles(event)) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void openFiles(files, null);
    };
    const onPaste = (event: ClipboardEvent): void => {
      if (event.defaultPrevented || isEditing(event.target) || document.querySelector('dialog[open]')) return;
      const data = event.clipboardData;
      if (!data) return;
      const files = Array.from(data.files);
      const file = files.length > 0 ? null : pastedTextFile(data.getData('text/plain'));
      if (files.length === 0 && file === null) return;
      event.preventDefault();
      void openFiles(file ? [file] : files, null);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      highlight(null);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, [dropLabel]);
}
