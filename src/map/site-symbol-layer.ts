// The deck.gl layer of the site symbols (icons from the runtime-drawn atlas), fed binary attributes: the
// symbols are columns (site-symbols.ts), so positions, offsets and sizes go to the GPU as typed arrays and
// only the icon name is asked per symbol.
import { IconLayer } from '@deck.gl/layers';
import type { Texture } from '@luma.gl/core';
import {
  SITE_SYMBOL_LAYER_ID,
  symbolSizePx,
  type SiteSymbol,
  type SiteSymbolLayerData,
  type SiteSymbols,
  type SymbolStyle,
} from './site-symbols';
import type { SymbolAtlas } from './symbol-shapes';

/** Icon names of the atlas by outcome index ('0' departures, '1'… the outcomes). */
const ICON_NAMES = Array.from({ length: 256 }, (_, o) => String(o));
const OPAQUE: [number, number, number, number] = [255, 255, 255, 255];
const DIMMED: [number, number, number, number] = [255, 255, 255, 90];

/** Diameters in pixels per symbol for `style` (area ∝ value). */
function symbolSizesPx(symbols: SiteSymbols, style: SymbolStyle): Float32Array {
  const values = symbols[style.measure];
  let maxValue = 0;
  for (const value of values) if (value > maxValue) maxValue = value;
  const sizes = new Float32Array(symbols.length);
  for (let i = 0; i < sizes.length; i++) sizes[i] = symbolSizePx(values[i] ?? 0, maxValue, style);
  return sizes;
}

export function makeSiteSymbolLayer(
  symbols: SiteSymbols,
  atlas: SymbolAtlas,
  style: SymbolStyle,
): IconLayer<SiteSymbol> {
  const data: SiteSymbolLayerData = {
    length: symbols.length,
    attributes: {
      getPosition: { value: symbols.positions, size: 2 },
      getPixelOffset: { value: symbols.offsetsPx, size: 2 },
      getSize: { value: symbolSizesPx(symbols, style), size: 1 },
    },
    symbols,
  };
  const selected = style.selectedSite;
  return new IconLayer<SiteSymbol>({
    id: SITE_SYMBOL_LAYER_ID,
    // Binary data: deck.gl takes `length` and `attributes` (and leaves `symbols` for picking).
    data,
    // deck.gl's 'image' prop type turns a canvas into a texture (createTexture); its typings only list
    // string | Texture. A URL would go through loaders.gl, which we keep out of the request path.
    iconAtlas: atlas.canvas as unknown as Texture,
    iconMapping: atlas.mapping,
    getIcon: (_, { index }) => ICON_NAMES[symbols.outcome[index] ?? 0] ?? '0',
    getColor: selected >= 0 ? (_, { index }) => (symbols.site[index] === selected ? OPAQUE : DIMMED) : OPAQUE,
    sizeUnits: 'pixels',
    pickable: true,
    autoHighlight: true,
    highlightColor: [240, 162, 2, 200],
    updateTriggers: { getColor: [selected] },
  });
}
