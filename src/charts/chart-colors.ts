// Chart palettes. The route and outcome colours repeat the map's (src/map/route-colors.ts and
// outcome-colors.ts; charts may not import map/), so a route or outcome has one colour everywhere; a unit
// test keeps the copies equal.

export type Rgb = readonly [r: number, g: number, b: number];

/** Per outcome index (OUTCOMES order): the Okabe–Ito palette, as on the map. */
export const CHART_OUTCOME_COLORS: readonly Rgb[] = [
  [0, 114, 178], // none → departure: blue
  [0, 158, 115], // landed: bluish green
  [230, 159, 0], // turned back: orange
  [86, 180, 233], // disrupted: sky blue
  [204, 121, 167], // rescued: reddish purple
  [213, 94, 0], // lost at sea: vermillion
];

/** Per route code, cycling after eight routes, as on the map. */
export const CHART_ROUTE_PALETTE: readonly Rgb[] = [
  [49, 84, 145],
  [140, 70, 50],
  [106, 61, 154],
  [27, 120, 55],
  [179, 88, 6],
  [1, 102, 94],
  [153, 52, 4],
  [84, 39, 143],
];

/**
 * Nationalities (by dictionary code, cycling): Tableau 10 without its grey, which is kept for "other".
 * Nationalities have no colour on the map, so nothing to match.
 */
export const CHART_NATIONALITY_PALETTE: readonly Rgb[] = [
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
/** Interception sites (all outcomes together): the timeline's interception grey-blue. */
export const INTERCEPTION_COLOR: Rgb = [90, 110, 120];

export function chartRouteColor(route: number): Rgb {
  return CHART_ROUTE_PALETTE[route % CHART_ROUTE_PALETTE.length] ?? OTHER_COLOR;
}

export function chartNationalityColor(code: number): Rgb {
  return CHART_NATIONALITY_PALETTE[code % CHART_NATIONALITY_PALETTE.length] ?? OTHER_COLOR;
}

export function chartOutcomeColor(outcome: number): Rgb {
  return CHART_OUTCOME_COLORS[outcome] ?? OTHER_COLOR;
}

export function cssRgb(rgb: Rgb): string {
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;
}
