// The deck.gl layer of the site symbols (icons from the runtime-drawn atlas), fed binary attributes: the
// symbols are columns (site-symbols.ts), so positions, offsets, sizes and icon frames go to the GPU as typed
// arrays and no accessor is called per symbol.
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
  for (let i = 0; i < values.length; i++) maxValue = Math.max(maxValue, values[i] ?? 0);
  const sizes = new Float32Array(symbols.length);
  for (let i = 0; i < sizes.length; i++) sizes[i] = symbolSizePx(values[i] ?? 0, maxValue, style);
  return sizes;
}

/** Values per symbol of IconLayer's `instanceIconDefs` attribute. */
const ICON_DEF_SIZE = 7;

/**
 * IconLayer's `instanceIconDefs` per symbol, as its getInstanceIconDef writes them from the icon mapping:
 * offset of the anchor from the centre (x, y), the frame in the atlas (x, y, width, height), mask (0).
 * Handed over as the attribute itself, deck.gl asks no accessor per symbol (its accessor pass took 3–22 ms
 * per update at 15,800 symbols, timed per layer on the main-thread benchmark's file). The x offset is 0:
 * the atlas anchors icons in the middle, deck.gl's default.
 */
function symbolIconDefs(symbols: SiteSymbols, atlas: SymbolAtlas): Float32Array {
  const byOutcome = new Float32Array(ICON_NAMES.length * ICON_DEF_SIZE);
  ICON_NAMES.forEach((name, o) => {
    const frame = atlas.mapping[name];
    if (!frame) return;
    byOutcome.set(
      [0, frame.height / 2 - frame.anchorY, frame.x, frame.y, frame.width, frame.height, 0],
      o * ICON_DEF_SIZE,
    );
  });
  const defs = new Float32Array(symbols.length * ICON_DEF_SIZE);
  for (let i = 0; i < symbols.length; i++) {
    const from = (symbols.outcome[i] ?? 0) * ICON_DEF_SIZE;
    for (let v = 0; v < ICON_DEF_SIZE; v++) defs[i * ICON_DEF_SIZE + v] = byOutcome[from + v] ?? 0;
  }
  return defs;
}

/** What the layer's binary data depends on besides the symbols (the selection only recolours). */
interface DataKey {
  readonly atlas: SymbolAtlas;
  readonly measure: SymbolStyle['measure'];
  readonly maxSizePx: number;
  readonly minSizePx: number;
}
const layerData = new WeakMap<SiteSymbols, { readonly key: DataKey; readonly data: SiteSymbolLayerData }>();

/**
 * The layer's binary data, one object per (symbols, atlas, size style): deck.gl compares data and its
 * attributes by identity, so a render for another reason (new label places, a selection) re-uploads nothing.
 */
export function symbolLayerData(
  symbols: SiteSymbols,
  atlas: SymbolAtlas,
  style: SymbolStyle,
): SiteSymbolLayerData {
  const known = layerData.get(symbols);
  const k = known?.key;
  if (
    known !== undefined &&
    k?.atlas === atlas &&
    k.measure === style.measure &&
    k.maxSizePx === style.maxSizePx &&
    k.minSizePx === style.minSizePx
  )
    return known.data;
  const data: SiteSymbolLayerData = {
    length: symbols.length,
    attributes: {
      getPosition: { value: symbols.positions, size: 2 },
      getPixelOffset: { value: symbols.offsetsPx, size: 2 },
      getSize: { value: symbolSizesPx(symbols, style), size: 1 },
      instanceIconDefs: { value: symbolIconDefs(symbols, atlas), size: ICON_DEF_SIZE },
    },
    symbols,
  };
  const key: DataKey = {
    atlas,
    measure: style.measure,
    maxSizePx: style.maxSizePx,
    minSizePx: style.minSizePx,
  };
  layerData.set(symbols, { key, data });
  return data;
}

export function makeSiteSymbolLayer(
  symbols: SiteSymbols,
  atlas: SymbolAtlas,
  style: SymbolStyle,
): IconLayer<SiteSymbol> {
  const data = symbolLayerData(symbols, atlas, style);
  const selected = style.selectedSite;
  return new IconLayer<SiteSymbol>({
    id: SITE_SYMBOL_LAYER_ID,
    // Binary data: deck.gl takes `length` and `attributes` (and leaves `symbols` for picking).
    data,
    // deck.gl's 'image' prop type turns a canvas into a texture (createTexture); its typings only list
    // string | Texture. A URL would go through loaders.gl, which we keep out of the request path.
    iconAtlas: atlas.canvas as unknown as Texture,
    iconMapping: atlas.mapping,
    // Not called: `instanceIconDefs` comes with the data. Kept for deck.gl's own icon bookkeeping.
    getIcon: (_, { index }) => ICON_NAMES[symbols.outcome[index] ?? 0] ?? '0',
    getColor: selected >= 0 ? (_, { index }) => (symbols.site[index] === selected ? OPAQUE : DIMMED) : OPAQUE,
    sizeUnits: 'pixels',
    pickable: true,
    autoHighlight: true,
    highlightColor: [240, 162, 2, 200],
    updateTriggers: { getColor: [selected] },
  });
}
