// Event-level facts placed as they were published (data-facts §1c, §3, §4a, §4c): dated arrivals, incidents
// at sea and disruptions. Anything not published (e.g. how 163 people split over 3 boats) is marked synthetic.

import type { Confidence, LonLat, Outcome, RouteId } from './demo-types';
import type { PlaceName } from './places';

export interface FixedVoyage {
  readonly date: string;
  readonly outcome: Outcome;
  /** Persons on board excluding crew (for incidents: see `survivorsSynthetic`). */
  readonly people: number;
  /** `undefined`: drawn like a synthetic boat's crew. */
  readonly crew?: number | null;
  readonly deaths: number | null;
  readonly route: RouteId;
  /** A §7b place name, or a description when the place has no entry there (then `position` is required). */
  readonly site: string;
  /** A fixed point, or a fraction along the route's final sea leg; default: the named place. */
  readonly position?: LonLat | { readonly along: number };
  /** Nationality codes (the first is the largest group); default: drawn from the year's UNHCR proxy. */
  readonly codes?: readonly string[];
  readonly primary?: string;
  readonly originCountry?: string;
  readonly agency: string;
  readonly source: string;
  readonly confidence: Confidence;
  /** Where and how long before the event a departure may be recorded; default: the route's embarkation. */
  readonly departure?: 'none' | { readonly site: PlaceName; readonly lagDays: readonly [number, number] };
  /** True when `people` holds only the published dead and missing; a synthetic number of survivors is added. */
  readonly survivorsSynthetic?: boolean;
}

const CI: PlaceName = 'Christmas Island (Flying Fish Cove)';

/** Landed boats with a published date (they count in their period of `LANDED_PERIODS`). */
export const FIXED_LANDED: readonly FixedVoyage[] = [
  {
    date: '2008-10-07',
    outcome: 'landed',
    people: 14,
    crew: 2,
    deaths: 0,
    route: 'timor-sea-darwin',
    site: 'Timor Sea (offshore oil facility)',
    position: { along: 0.62 },
    agency: 'ACBPS',
    source:
      'Boat docked at an offshore oil facility in the Timor Sea, 7 Oct 2008 (data-facts §3) [H]; people, crew and position synthetic',
    confidence: 'medium',
  },
  {
    date: '2009-04-16',
    outcome: 'landed',
    people: 47,
    crew: 2,
    deaths: 5,
    route: 'nusa-tenggara-ashmore',
    site: 'Ashmore Reef',
    primary: 'AFG',
    agency: 'ACBPS',
    source:
      'SIEV 36 explosion near Ashmore Reef, 16 Apr 2009: 5 dead (Parliamentary Library FlagPost) [H]; people and crew synthetic',
    confidence: 'high',
  },
  {
    date: '2010-02-01',
    outcome: 'landed',
    people: 181,
    crew: 4,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: "181 passengers and 4 crew near Christmas Island, 1 Feb 2010 (O'Connor release) [H]",
    confidence: 'high',
  },
  {
    date: '2010-12-15',
    outcome: 'landed',
    people: 69,
    crew: 3,
    deaths: 30,
    route: 'sumatra-java-christmas',
    site: 'Rocky Point (Christmas Is.)',
    primary: 'IRQ',
    agency: 'ACBPS',
    source:
      'SIEV 221 wrecked at Rocky Point, Christmas Island, 15 Dec 2010: 30 bodies, 42 survivors incl. 3 crew (FlagPost; Bowen/Gillard) [H]; people = 39 surviving passengers + 30 dead; about 50 deaths estimated [M]',
    confidence: 'high',
  },
  {
    date: '2013-09-22',
    outcome: 'landed',
    people: 31,
    crew: 2,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '31 people + 2 crew to Christmas Island, 22 Sep 2013 (blog logs: northcoastvoices, roseiser) [L]',
    confidence: 'low',
  },
  {
    date: '2013-09-24',
    outcome: 'landed',
    people: 18,
    crew: 2,
    deaths: 0,
    route: 'timor-sea-darwin',
    site: 'Darwin',
    codes: ['IND'],
    originCountry: 'IND',
    agency: 'ACBPS',
    source:
      '18 Indian nationals transferred to Darwin, 24 Sep 2013 (OSB transcript, 30 Sep 2013) [H]; crew synthetic',
    confidence: 'high',
    departure: 'none',
  },
  {
    date: '2013-09-25',
    outcome: 'landed',
    people: 7,
    crew: 0,
    deaths: 0,
    route: 'timor-sea-darwin',
    site: 'Boigu Island (Torres Strait)',
    codes: ['IDN'],
    originCountry: 'IDN',
    agency: 'ACBPS',
    source:
      '7 West Papuans at Boigu Island, Torres Strait, 24–25 Sep 2013 (media) [M]; outside the six demo corridors, attached to timor-sea-darwin',
    confidence: 'medium',
    departure: 'none',
  },
  {
    date: '2013-09-26',
    outcome: 'landed',
    people: 70,
    crew: 3,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source:
      '70 people to Christmas Island, 26 Sep 2013; 5 crew for the period (OSB, 30 Sep 2013) [H]; crew split synthetic',
    confidence: 'high',
  },
  {
    date: '2013-09-30',
    outcome: 'landed',
    people: 79,
    crew: 2,
    deaths: 0,
    route: 'sumatra-java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '79 people to Christmas Island, 30 Sep 2013 (OSB, 4 Oct 2013) [H]; crew synthetic',
    confidence: 'high',
  },
  {
    date: '2013-10-10',
    outcome: 'landed',
    people: 79,
    crew: 3,
    deaths: 0,
    route: 'sri-lanka-cocos',
    site: 'Cocos (Keeling) Is. (West Island)',
    codes: ['LKA'],
    originCountry: 'LKA',
    agency: 'ACBPS',
    source:
      '79 people from Sri Lanka to Cocos (Keeling) Is., 10–12 Oct 2013; 73 later returned (OSB, 18 Oct 2013; ABC log) [H-M]; crew synthetic',
    confidence: 'medium',
  },
  {
    date: '2013-10-20',
    outcome: 'landed',
    people: 126,
    crew: 2,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '126 people to Christmas Island, 20 Oct 2013; 4 crew for 20–21 Oct (OSB, 25 Oct 2013) [H]',
    confidence: 'high',
  },
  {
    date: '2013-10-21',
    outcome: 'landed',
    people: 40,
    crew: 2,
    deaths: 0,
    route: 'sumatra-java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '40 people to Christmas Island, 21 Oct 2013; 4 crew for 20–21 Oct (OSB, 25 Oct 2013) [H]',
    confidence: 'high',
  },
  ...[
    { date: '2013-11-10', people: 60, crew: 3, route: 'java-christmas' as const, site: CI },
    { date: '2013-11-10', people: 45, crew: 2, route: 'timor-sea-darwin' as const, site: 'Darwin' },
    { date: '2013-11-11', people: 58, crew: 3, route: 'sumatra-java-christmas' as const, site: CI },
  ].map((b): FixedVoyage => ({
    ...b,
    outcome: 'landed',
    deaths: 0,
    agency: 'ACBPS',
    source:
      '3 boats, 163 people + 8 crew, 10–11 Nov 2013: 2 to Christmas Island, 1 to Darwin (OSB, 15 Nov 2013) [H]; split between the boats synthetic',
    confidence: 'high',
  })),
  {
    date: '2013-11-27',
    outcome: 'landed',
    people: 9,
    crew: 2,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '9 people + 2 crew to Christmas Island, 27 Nov 2013 (OSB, 29 Nov 2013) [H]',
    confidence: 'high',
  },
  {
    date: '2013-12-11',
    outcome: 'landed',
    people: 3,
    crew: 2,
    deaths: 0,
    route: 'java-christmas',
    site: CI,
    agency: 'ACBPS',
    source: '3 people + 2 crew to Christmas Island, 11 Dec 2013 (OSB, 13 Dec 2013) [H]',
    confidence: 'high',
  },
  ...[
    { date: '2013-12-14', people: 92, route: 'java-christmas' as const },
    { date: '2013-12-19', people: 75, route: 'sumatra-java-christmas' as const },
  ].map((b): FixedVoyage => ({
    ...b,
    outcome: 'landed',
    crew: 2,
    deaths: 0,
    site: CI,
    agency: 'ACBPS',
    source:
      '2 boats, 167 people, 14 and 19 Dec 2013, the last arrivals of 2013 (ABC log; OSB) [M]; split between the boats and crew synthetic',
    confidence: 'medium',
  })),
  {
    date: '2014-07-27',
    outcome: 'landed',
    people: 157,
    deaths: 0,
    route: 'sri-lanka-cocos',
    site: 'Cocos (Keeling) Is. (West Island)',
    codes: ['LKA'],
    originCountry: 'IND',
    agency: 'ACBPS',
    source:
      'The only arrival of 2014: 157 people, 27 Jul 2014 (ABC OSB log; Campbell, Jan 2015) [M-H]; Tamils held at Curtin IDC (§7b); voyage from India attached to sri-lanka-cocos; site and crew synthetic',
    confidence: 'medium',
    departure: 'none',
  },
];

/** Boats rescued at sea and taken to Indonesia, or lost at sea (§4a, §4c). Not arrivals. */
export const FIXED_INCIDENTS: readonly FixedVoyage[] = [
  {
    date: '2008-11-11',
    outcome: 'rescued',
    people: 40,
    crew: null,
    deaths: 0,
    route: 'nusa-tenggara-ashmore',
    site: 'Sumbawa (south coast)',
    position: [117.4, -9.12],
    codes: ['IRQ'],
    agency: 'Indonesian National Police',
    source: '40 Iraqis found stranded off southern Sumbawa, 11 Nov 2008 (Stone release, 21 Nov 2008) [L-M]',
    confidence: 'low',
    departure: 'none',
  },
  {
    date: '2009-05-28',
    outcome: 'lost_at_sea',
    people: 36,
    crew: null,
    deaths: 9,
    route: 'sumatra-java-christmas',
    site: 'Off Sumatra (position not published)',
    position: [104.9, -6.05],
    codes: ['AFG'],
    agency: 'BASARNAS',
    source:
      'Boat with 36 Afghans sank off Sumatra, 28 May 2009: 9 dead, 11 missing (IRIN, 12 Jun 2009) [M]; deaths = confirmed dead; position synthetic',
    confidence: 'medium',
    departure: { site: 'Bandar Lampung', lagDays: [1, 3] },
  },
  {
    date: '2009-10',
    outcome: 'rescued',
    people: 78,
    crew: null,
    deaths: 0,
    route: 'sumatra-java-christmas',
    site: 'Bintan (Tanjung Pinang)',
    codes: ['LKA'],
    agency: 'ACBPS',
    source:
      'Oceanic Viking: 78 Sri Lankan Tamils taken aboard in Indonesian waters and held off Bintan, Oct 2009 (FlagPost; S. Smith, 8 Nov 2009) [H-M]',
    confidence: 'medium',
    departure: 'none',
  },
  {
    date: '2009-11-01',
    outcome: 'lost_at_sea',
    people: 12,
    deaths: 12,
    route: 'java-christmas',
    site: 'Indian Ocean (position not published)',
    position: { along: 0.55 },
    agency: 'AMSA',
    source:
      'Sinking in the Indian Ocean, 1 Nov 2009: 12 dead (Parliamentary Library FlagPost) [H]; survivors, position and nationalities synthetic',
    confidence: 'medium',
    survivorsSynthetic: true,
  },
  {
    date: '2011-11-01',
    outcome: 'lost_at_sea',
    people: 70,
    crew: null,
    deaths: 8,
    route: 'java-christmas',
    site: 'Nusakambangan',
    position: [108.9, -7.8],
    codes: ['IRN', 'AFG', 'PAK'],
    agency: 'BASARNAS',
    source:
      'About 70 aboard (Iranians, Afghans, Pakistanis) capsized off Nusakambangan after leaving Cilacap, 1 Nov 2011: 8 confirmed dead, about 10 missing (The Age; The West Australian) [M]; deaths = confirmed dead',
    confidence: 'medium',
    departure: { site: 'Cilacap', lagDays: [0, 1] },
  },
  {
    date: '2011-12-17',
    outcome: 'lost_at_sea',
    people: 200,
    deaths: 200,
    route: 'java-christmas',
    site: 'Prigi (Trenggalek)',
    position: [111.73, -8.4],
    agency: 'BASARNAS',
    source:
      'Overcrowded boat sank off East Java (Trenggalek/Prigi), 17 Dec 2011: about 200 dead, 203 in one compilation (abolishforeignness.org; hazara blog) [M-L]; survivors synthetic',
    confidence: 'low',
    departure: { site: 'Prigi (Trenggalek)', lagDays: [0, 1] },
    survivorsSynthetic: true,
  },
  {
    date: '2012-06-21',
    outcome: 'lost_at_sea',
    people: 200,
    deaths: 90,
    route: 'java-christmas',
    site: 'Between Java and Christmas Island',
    position: { along: 0.6 },
    agency: 'AMSA',
    source:
      'About 200 aboard, sank between Java and Christmas Island, 20–21 Jun 2012: about 90 dead, 110 rescued (compilation; Al Jazeera) [M]; position synthetic',
    confidence: 'medium',
  },
  {
    date: '2012-06-27',
    outcome: 'lost_at_sea',
    people: 4,
    deaths: 4,
    route: 'java-christmas',
    site: 'Between Java and Christmas Island',
    position: { along: 0.75 },
    agency: 'AMSA',
    source: 'Capsized, 27 Jun 2012: 4 dead (compilation) [L-M]; survivors and position synthetic',
    confidence: 'low',
    survivorsSynthetic: true,
  },
  {
    date: '2012-08-30',
    outcome: 'lost_at_sea',
    people: 100,
    deaths: 100,
    route: 'java-christmas',
    site: 'About 42 nm off the Indonesian coast',
    position: { along: 0.2 },
    agency: 'BASARNAS',
    source:
      'Sank about 42 nm off the Indonesian coast, 30 Aug 2012: about 100 dead, estimated (DIAC, 10 Sep 2012) [H-M]; survivors synthetic',
    confidence: 'medium',
    survivorsSynthetic: true,
  },
  {
    date: '2013-07-23',
    outcome: 'lost_at_sea',
    people: 175,
    crew: null,
    deaths: 3,
    route: 'sumatra-java-christmas',
    site: 'Cidaun / Jayanti beach (Cianjur)',
    position: [107.37, -7.55],
    codes: ['IRN', 'LKA'],
    agency: 'BASARNAS',
    source:
      '175 aboard (Iranians and Sri Lankans) broke apart about 5 km off Cidaun, 23 Jul 2013: at least 3 dead, 18 missing (Daily Telegraph, 24 Jul 2013) [M]; deaths = confirmed dead',
    confidence: 'medium',
    departure: { site: 'Cidaun / Jayanti beach (Cianjur)', lagDays: [0, 0] },
  },
  {
    date: '2013-09-26',
    outcome: 'rescued',
    people: 44,
    crew: 2,
    deaths: 0,
    route: 'java-christmas',
    site: 'Merak / Indah Kiat port',
    agency: 'BASARNAS',
    source:
      '44 people + 2 crew rescued about 40 nm off Java, 26 Sep 2013, handed to Indonesian SAR and taken to Indah Kiat port (ABC; sievx.com) [M]',
    confidence: 'medium',
    departure: { site: 'Pelabuhan Ratu (Sukabumi)', lagDays: [1, 2] },
  },
  {
    date: '2013-09-27',
    outcome: 'lost_at_sea',
    people: 77,
    crew: null,
    deaths: 22,
    route: 'sumatra-java-christmas',
    site: 'Agrabinta (Cianjur)',
    position: [106.9, -7.5],
    agency: 'BASARNAS',
    source:
      'Capsized off Agrabinta, Cianjur, 27 Sep 2013: 22+ bodies, 25 survivors, up to 30 missing (ABC, 28 Sep 2013) [M]; people = dead + survivors + missing, deaths = bodies recovered',
    confidence: 'medium',
    departure: { site: 'Agrabinta (Cianjur)', lagDays: [0, 1] },
  },
];

/** Ventures stopped before departure with a published date (they count in their disruption period). */
export const FIXED_DISRUPTIONS: readonly FixedVoyage[] = [
  {
    date: '2008-08-13',
    outcome: 'disrupted',
    people: 9,
    crew: null,
    deaths: 0,
    route: 'nusa-tenggara-ashmore',
    site: 'Maumere (Flores)',
    codes: ['AFG'],
    agency: 'Indonesian National Police',
    source: '9 Afghans arrested on Flores, 13 Aug 2008 (Stone release, 21 Nov 2008) [L-M]',
    confidence: 'low',
    departure: 'none',
  },
  {
    date: '2009-06-02',
    outcome: 'disrupted',
    people: 59,
    crew: null,
    deaths: 0,
    route: 'nusa-tenggara-ashmore',
    site: 'Waingapu (Sumba)',
    codes: ['AFG', 'PAK'],
    agency: 'Indonesian National Police',
    source:
      '59 Afghans and Pakistanis stopped on Sumba, 2 Jun 2009 (IRIN) [M]; split by nationality synthetic',
    confidence: 'medium',
    departure: 'none',
  },
  {
    date: '2009-10',
    outcome: 'disrupted',
    people: 255,
    crew: null,
    deaths: 0,
    route: 'sumatra-java-christmas',
    site: 'Merak / Indah Kiat port',
    codes: ['LKA'],
    agency: 'Indonesian Navy',
    source:
      'About 250–255 Sri Lankans on a boat from Malaysia intercepted by the Indonesian Navy and held at Merak, Oct 2009 (FlagPost; BBC; S. Smith) [H-M]',
    confidence: 'medium',
    departure: 'none',
  },
];
