// ISO 3166-1 alpha-3 country codes (officially assigned), for checking nationality and origin fields.
const CODES =
  'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM ' +
  'BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR ' +
  'CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB ' +
  'GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA ' +
  'JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA ' +
  'MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR ' +
  'NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS ' +
  'SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON ' +
  'TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE';

/** Index of three upper-case ASCII letters in 0 … 26³ - 1, or -1 for any other text. */
function letterIndex(code: string): number {
  if (code.length !== 3) return -1;
  let index = 0;
  for (let i = 0; i < 3; i++) {
    const letter = code.charCodeAt(i) - 65;
    if (letter < 0 || letter > 25) return -1;
    index = index * 26 + letter;
  }
  return index;
}

/**
 * One flag per three-letter combination: a lookup without hashing the text (it runs for every
 * nationality entry of every feature, on strings freshly cut from the file).
 */
const ASSIGNED = (() => {
  const flags = new Uint8Array(26 * 26 * 26);
  for (const code of CODES.split(' ')) {
    const index = letterIndex(code);
    if (index >= 0) flags[index] = 1;
  }
  return flags;
})();

/** True for an assigned ISO 3166-1 alpha-3 code (upper case). */
export function isIsoAlpha3(code: string): boolean {
  const index = letterIndex(code);
  return index >= 0 && ASSIGNED[index] === 1;
}

/** True for three upper-case ASCII letters, assigned or not. */
export function looksLikeAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
