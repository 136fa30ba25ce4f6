// The selected route or site: narrows every view on top of the filters (map click, keyboard list, links).

export interface Selection {
  readonly kind: 'route' | 'site';
  /** Route id or site name. */
  readonly id: string;
}
