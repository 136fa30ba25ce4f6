// Colours of routes: dark, muted hues that stay apart from the outcome colours of the site symbols.

const ROUTE_PALETTE: readonly (readonly [number, number, number])[] = [
  [49, 84, 145],
  [140, 70, 50],
  [106, 61, 154],
  [27, 120, 55],
  [179, 88, 6],
  [1, 102, 94],
  [153, 52, 4],
  [84, 39, 143],
];

/** Colour of route code `route` (cycles after eight routes). */
export function routeColor(route: number): readonly [number, number, number] {
  return ROUTE_PALETTE[route % ROUTE_PALETTE.length] ?? [80, 80, 80];
}

export function toCssColor(rgb: readonly [number, number, number]): string {
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;
}
