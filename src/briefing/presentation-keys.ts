// What a key does during a presentation. Clickers send ←/→, PageUp/PageDown, and sometimes Space.

export type PresentationAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Where the key was pressed: a text field keeps its keys, a button keeps Space (it presses the button). */
export type KeyTarget = 'text' | 'control' | 'other';

export interface PresentationKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export function presentationAction(event: PresentationKey, target: KeyTarget): PresentationAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'Escape') return 'exit';
  if (target === 'text') return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (target === 'control') return null;
      return event.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** Classifies the element that had focus when the key was pressed. */
export function keyTargetOf(element: Element | null): KeyTarget {
  if (element === null) return 'other';
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return 'text';
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return ['button', 'submit', 'reset', 'checkbox', 'radio', 'file', 'color'].includes(type)
      ? 'control'
      : 'text';
  }
  if (element instanceof HTMLElement && element.isContentEditable) return 'text';
  if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
  return 'other';
}
