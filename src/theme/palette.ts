// Every colour that carries meaning, in one module shared by the map, the charts, the timeline and the
// exports, so a route or an outcome looks the same everywhere. Imports nothing.

export type Rgb = readonly [r: number, g: number, b: number];

/**
 * Per outcome index (OUTCOMES order of src/domain/vocabulary.ts): the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies, then two colours from Paul Tol's palettes
 * for the outcomes real datasets add (death or disappearance on land; unknown).
 */
export const OUTCOME_COLORS: readonly Rgb[] = [
  [0, 114, 178], // none → departure: blue
  [0, 158, 115], // landed: bluish green
  [230, 159, 0], // turned back: orange
  [86, 180, 233], // disrupted: sky blue
  [204, 121, 167], // rescued: reddish purple
  [213, 94, 0], // lost at sea: vermillion
  [136, 34, 85], // lost on land: wine
  [119, 119, 119], // unknown: grey
];

/**
 * Routes: dark, muted hues that stay apart from the outcome colours of the site symbols; twelve before
 * they repeat (views with more routes group the smallest into "other").
 */
export const ROUTE_PALETTE: readonly Rgb[] = [
  [49, 84, 145],
  [140, 70, 50],
  [106, 61, 154],
  [27, 120, 55],
  [179, 88, 6],
  [1, 102, 94],
  [153, 52, 4],
  [84, 39, 143],
  [0, 96, 136],
  [112, 96, 0],
  [160, 32, 96],
  [70, 78, 84],
];

/** Nationalities (by dictionary code, cycling): Tableau 10 without its grey, which is kept for "other". */
export const NATIONALITY_PALETTE: readonly Rgb[] = [
  [78, 121, 167],
  [242, 142, 43],
  [225, 87, 89],
  [118, 183, 178],
  [89, 161, 79],
  [237, 201, 72],
  [176, 122, 161],
  [255, 157, 167],
  [156, 117, 95],
];

/** The "other" roll-up of ranked bars and stacks. */
export const OTHER_COLOR: Rgb = [160, 166, 170];
/** Departure records: the outcome palette's "none". */
export const DEPARTURE_COLOR: Rgb = [0, 114, 178];
/** Interception records (all outcomes together): the timeline's interception grey-blue. */
export const INTERCEPTION_COLOR: Rgb = [90, 110, 120];

export function routeColor(route: number): Rgb {
  return ROUTE_PALETTE[route % ROUTE_PALETTE.length] ?? OTHER_COLOR;
}

/** Colour of a route's slot (domain/route-groups.ts): its palette colour, or the neutral one for "other". */
export function routeSlotColor(slot: number): Rgb {
  return slot < 0 ? OTHER_COLOR : routeColor(slot);
}

export function nationalityColor(code: number): Rgb {
  return NATIONALITY_PALETTE[code % NATIONALITY_PALETTE.length] ?? OTHER_COLOR;
}

export function outcomeColor(outcome: number): Rgb {
  return OUTCOME_COLORS[outcome] ?? OTHER_COLOR;
}

/** The same colour lighter by `amount` (0..255) per channel: particles and dashes over their own flow. */
export function lighten(rgb: Rgb, amount: number): Rgb {
  return [Math.min(255, rgb[0] + amount), Math.min(255, rgb[1] + amount), Math.min(255, rgb[2] + amount)];
}

export function cssRgb(rgb: Rgb): string {
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;
}
