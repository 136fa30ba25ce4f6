// Colours of event outcomes: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.

/** RGB per outcome index (OUTCOMES order); departures (index 0) in a separate hue. Okabe–Ito palette. */
export const OUTCOME_COLORS: readonly (readonly [number, number, number])[] = [
  [0, 114, 178], // none → departure: blue
  [0, 158, 115], // landed: bluish green
  [230, 159, 0], // turned back: orange
  [86, 180, 233], // disrupted: sky blue
  [204, 121, 167], // rescued: reddish purple
  [213, 94, 0], // lost at sea: vermillion
];
