// Labels drawn by deck.gl's TextLayer: glyphs rendered from system fonts on a canvas, nothing downloaded.
import { TextLayer } from '@deck.gl/layers';
import { labelSizePx } from './place-labels';
import type { PlacedLabel } from './use-decluttered-labels';

/** The label layer; `characters` must cover every label text so the glyph atlas is built once. */
export function makePlaceLabelLayer(
  labels: readonly PlacedLabel[],
  characters: readonly string[],
): TextLayer<PlacedLabel> {
  return new TextLayer<PlacedLabel>({
    id: 'place-labels',
    data: labels as PlacedLabel[],
    getText: (l) => (l.kind === 'country' ? l.text.toUpperCase() : l.text),
    getPosition: (l) => [l.lon, l.lat],
    getSize: labelSizePx,
    getColor: (l) => (l.kind === 'country' ? [110, 110, 100, 220] : [30, 40, 50, 255]),
    // Place names sit above their point unless the placement moved them off a flow or another label.
    getPixelOffset: (l) => [l.shiftPx[0], l.shiftPx[1] + (l.kind === 'place' ? -12 : 0)],
    fontFamily: 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
    fontWeight: 600,
    // The same array while the table stays: deck.gl compares it by identity when the labels move.
    characterSet: characters as string[],
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    sizeUnits: 'pixels',
  });
}
