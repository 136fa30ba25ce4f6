// Country names for nationality codes. Files carry ISO 3166-1 alpha-3 codes; Intl.DisplayNames names
// alpha-2 regions, so a small table maps the codes of the region's migration routes (and neighbours).

/** Alpha-3 → alpha-2 for the nationalities seen on these routes; others fall back to the code. */
const ALPHA3_TO_ALPHA2 = new Map<string, string>([
  ['AFG', 'AF'],
  ['AUS', 'AU'],
  ['BGD', 'BD'],
  ['BTN', 'BT'],
  ['CHN', 'CN'],
  ['EGY', 'EG'],
  ['ERI', 'ER'],
  ['ETH', 'ET'],
  ['IDN', 'ID'],
  ['IND', 'IN'],
  ['IRN', 'IR'],
  ['IRQ', 'IQ'],
  ['JOR', 'JO'],
  ['KHM', 'KH'],
  ['KWT', 'KW'],
  ['LBN', 'LB'],
  ['LKA', 'LK'],
  ['MMR', 'MM'],
  ['MYS', 'MY'],
  ['NPL', 'NP'],
  ['PAK', 'PK'],
  ['PHL', 'PH'],
  ['PNG', 'PG'],
  ['PSE', 'PS'],
  ['SDN', 'SD'],
  ['SOM', 'SO'],
  ['SYR', 'SY'],
  ['THA', 'TH'],
  ['TLS', 'TL'],
  ['TUR', 'TR'],
  ['VNM', 'VN'],
  ['YEM', 'YE'],
]);

const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(locale: string): Intl.DisplayNames | null {
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  return names;
}

/** The country name of an alpha-3 code in `locale` (e.g. AFG → "Afghanistan" / "Afganistan"), else the code. */
export function nationalityName(code: string, locale: string): string {
  const alpha2 = ALPHA3_TO_ALPHA2.get(code);
  if (alpha2 === undefined) return code;
  return namesFor(locale)?.of(alpha2) ?? code;
}
