// The deck.gl layer of the site symbols (icons from the runtime-drawn atlas).
import { IconLayer } from '@deck.gl/layers';
import type { Texture } from '@luma.gl/core';
import { symbolSizePx, type SiteSymbol, type SymbolStyle } from './site-symbols';
import type { SymbolAtlas } from './symbol-shapes';

export function makeSiteSymbolLayer(
  symbols: readonly SiteSymbol[],
  atlas: SymbolAtlas,
  style: SymbolStyle,
): IconLayer<SiteSymbol> {
  const maxValue = symbols.reduce((m, s) => Math.max(m, s[style.measure]), 0);
  return new IconLayer<SiteSymbol>({
    id: 'site-symbols',
    data: symbols as SiteSymbol[],
    // deck.gl's 'image' prop type turns a canvas into a texture (createTexture); its typings only list
    // string | Texture. A URL would go through loaders.gl, which we keep out of the request path.
    iconAtlas: atlas.canvas as unknown as Texture,
    iconMapping: atlas.mapping,
    getIcon: (s) => String(s.outcome),
    getPosition: (s) => [s.position[0], s.position[1]],
    getSize: (s) => symbolSizePx(s[style.measure], maxValue, style),
    getPixelOffset: (s) => [s.offsetPx[0], s.offsetPx[1]],
    getColor: (s) => [255, 255, 255, style.selectedSite >= 0 && s.site !== style.selectedSite ? 90 : 255],
    sizeUnits: 'pixels',
    pickable: true,
    autoHighlight: true,
    highlightColor: [240, 162, 2, 200],
    updateTriggers: { getSize: [style.measure, maxValue, style.maxSizePx], getColor: [style.selectedSite] },
  });
}
