// Whether the flow dashes move: motion switched on, no reduced-motion preference, and the tab visible.
// When false, deck.gl is not asked to redraw every frame, so the map costs nothing at rest.
import { useSyncExternalStore } from 'react';
import { useAppStore } from '@/state/store';
import { usePrefersReducedMotion } from './use-prefers-reduced-motion';

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

export function useFlowAnimation(): boolean {
  const motion = useAppStore((s) => s.motion);
  const reduced = usePrefersReducedMotion();
  const visible = useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === 'visible',
    () => false,
  );
  return motion && !reduced && visible;
}
