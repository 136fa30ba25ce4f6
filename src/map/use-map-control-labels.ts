// MapLibre's own controls and canvas in the page's language. MapLibre reads its UI strings once, when a
// control is created; a language switch re-labels the existing elements instead. deck.gl's canvases are
// pictures only (picking goes through the map), so they leave the Tab order and the accessibility tree.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import type { MessageKey } from '@/i18n/messages-en';

const LABELS: readonly (readonly [selector: string, key: MessageKey])[] = [
  ['.maplibregl-ctrl-zoom-in', 'map.zoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'map.zoomOut'],
  ['.maplibregl-ctrl-attrib-button', 'map.toggleAttribution'],
];

export function useMapControlLabels(map: MapLibreMap | null, deckReady: boolean): void {
  const { t } = useI18n();
  useEffect(() => {
    if (!map) return;
    const root = map.getContainer();
    for (const [selector, key] of LABELS)
      for (const element of root.querySelectorAll(selector)) {
        element.setAttribute('title', t(key));
        element.setAttribute('aria-label', t(key));
      }
    // Its own name: the canvas is a landmark (role region) inside the map section, which has map.label.
    map.getCanvas().setAttribute('aria-label', t('map.canvas'));
    hideDeckCanvases(root);
    // deck.gl adds its canvases (and may set their tabindex) after this effect has run, e.g. the motion
    // overlay: watch for that, so no canvas is ever hidden from assistive technology yet focusable.
    const observer = new MutationObserver(() => hideDeckCanvases(root));
    observer.observe(root, { subtree: true, childList: true, attributeFilter: ['tabindex'] });
    return () => observer.disconnect();
  }, [map, deckReady, t]);
}

function hideDeckCanvases(root: HTMLElement): void {
  for (const canvas of root.querySelectorAll('canvas:not(.maplibregl-canvas)')) {
    // Not focusable at all (tabindex -1 would still be focusable, which aria-hidden forbids).
    if (canvas.hasAttribute('tabindex')) canvas.removeAttribute('tabindex');
    if (canvas.getAttribute('aria-hidden') !== 'true') canvas.setAttribute('aria-hidden', 'true');
  }
}
