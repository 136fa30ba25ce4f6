// Calibration of the landed boats 2008–2014: boats and people (crew excluded) per period, crew targets, Sri Lankan
// direct voyages. Annual totals and anchored periods are published (data-facts §1); other splits are our own.

/** Annual figures the periods add up to, with their citation (used in each synthetic record's `source`). */
export const ANNUAL_LANDED: Readonly<Record<number, { boats: number; people: number; source: string }>> = {
  2008: {
    boats: 7,
    people: 161,
    source: 'PL, Boat arrivals since 1976, App. A: 2008 = 7 boats, 161 people [H]',
  },
  2009: { boats: 60, people: 2726, source: 'PL App. A (ACBPS): 2009 = 60 boats, 2,726 people, 141 crew [H]' },
  2010: {
    boats: 134,
    people: 6555,
    source: 'PL App. A (ACBPS): 2010 = 134 boats, 6,555 people, 345 crew [H]',
  },
  2011: { boats: 69, people: 4565, source: 'PL App. A (ACBPS): 2011 = 69 boats, 4,565 people, 168 crew [H]' },
  2012: {
    boats: 255,
    people: 17202,
    source:
      'PL figure in The Conversation, 22 Jul 2013: 2012 = 17,202 people [M-H]; 255 boats is a derived estimate',
  },
  2013: { boats: 300, people: 20587, source: 'OSB/ACBPS, 3 Jan 2014: 2013 = 300 boats, 20,587 people [H]' },
  2014: { boats: 1, people: 157, source: 'ABC OSB log: 2014 = 1 boat, 157 people [M-H]' },
};

export interface LandedPeriod {
  readonly from: string;
  readonly to: string;
  readonly boats: number;
  /** People on board excluding crew, all boats of the period (fixed events included). */
  readonly people: number;
  /** The published figure this period honours, '' where the split is the generator's own. */
  readonly anchor: string;
}

const Q4_2008 = 'Oct–Dec 2008 = 6 boats, 149 people (OSB/ACBPS, 3 Jan 2014) [H]';
const FY_0809 = 'FY 2008–09 = 23 boats, 1,033 incl. crew (PL FlagPost, 28 Jun 2012) [M]';
const FY_0910 = 'FY 2009–10 = 118 boats, 5,609 incl. crew (PL FlagPost) [M]';
const FY_1011 = 'FY 2010–11 = 89 boats, 4,940 incl. crew (PL FlagPost) [M]';
const JAN_2011 = '1–10 Jan 2011 = 271 people (Morrison, 10 Jan 2014) [H-M]';
const JAN_2012 = '1–10 Jan 2012 = 278 people (Morrison, 10 Jan 2014) [H-M]';
const JAN_JUL_2012 = 'Jan–Jul 2012 = 7,120 people (DIAC, 10 Sep 2012) [H]';
const FEB_2012 = 'Feb 2012 = 887 people (Keenan, 10 May 2012) [L]';
const APR_2012 = 'Apr 2012 = 971 people (Keenan) [L]';
const MAY_2012 = 'May 2012 = 14 boats, 1,176 people (Bowen, 5 Jun 2012) [M-H]';
const AUG_2012 = 'Aug 2012 = 1,933 people (DIAC, 10 Sep 2012) [H]';
const YEAR_TO_SEP_2013 =
  '18 Sep 2012 – 17 Sep 2013 = 401 ventures, 26,543 people (Morrison, 18 Sep 2014) [H-M]';
const Q4_2012 = 'Oct–Dec 2012 = >100 boats, >6,000 people (OSB/ACBPS, 3 Jan 2014) [H-M]';
const DEC_2012 = 'Dec 2012 = 20 boats, 1,149 people (OSB, 27 Dec 2013) [H]';
const JAN_2013 = '1–10 Jan 2013 = 419 people (Morrison, 10 Jan 2014) [H-M]';
const H1_2013 = 'Jan–Jun 2013 = 12,936 people (The Conversation, 22 Jul 2013) [M]';
const MAR_2013 = 'Mar 2013 = 36 boats, about 2,500 (Morrison/Keenan) [L]';
const APR_2013 = 'Apr 2013 = 45 boats, 3,300 (Keenan, 1 May 2013) [L]';
const JUN_2013 = '1–21 Jun 2013 = 32 boats, 2,269 (Keenan, 21 Jun 2013) [L]';
const JUL_2013 = 'Jul 2013 = about 4,200 (question to PM Rudd, 2 Sep 2013) [L]';
const FORTNIGHT_2013 = '19 Jul – 18 Sep 2013 = about 920 people a fortnight (OSB, 27 Dec 2013) [M]';
const OSB_100 = '18 Sep – 27 Dec 2013 = 22 boats, 1,106 people, 45 crew (OSB, 27 Dec 2013) [H]';
const Q4_2013 = 'Oct–Dec 2013 = 17 boats, 901 people (OSB/ACBPS, 3 Jan 2014) [H]';
const DEC_2013 = 'Dec 2013 = 7 boats, 355 people, last arrival 19 Dec (OSB, 27 Dec 2013) [H]';

function p(from: string, to: string, boats: number, people: number, ...anchors: string[]): LandedPeriod {
  return { from, to, boats, people, anchor: anchors.join('; ') };
}

/** Contiguous periods covering 2008-01-01 … 2014-12-31. */
export const LANDED_PERIODS: readonly LandedPeriod[] = [
  p('2008-01-01', '2008-06-30', 0, 0),
  p('2008-07-01', '2008-09-30', 1, 12, FY_0809),
  p('2008-10-01', '2008-10-31', 2, 50, Q4_2008, FY_0809),
  p('2008-11-01', '2008-11-30', 2, 45, Q4_2008, FY_0809),
  p('2008-12-01', '2008-12-31', 2, 54, Q4_2008, FY_0809),
  // 2009: Jan–Jun 16 boats / 818 people, Jul–Dec 44 / 1,908 (so that the financial years add up).
  p('2009-01-01', '2009-01-31', 1, 40, FY_0809),
  p('2009-02-01', '2009-02-28', 2, 100, FY_0809),
  p('2009-03-01', '2009-03-31', 3, 140, FY_0809),
  p('2009-04-01', '2009-04-30', 5, 260, FY_0809),
  p('2009-05-01', '2009-05-31', 3, 150, FY_0809),
  p('2009-06-01', '2009-06-30', 2, 128, FY_0809),
  p('2009-07-01', '2009-07-31', 4, 180, FY_0910),
  p('2009-08-01', '2009-08-31', 6, 260, FY_0910),
  p('2009-09-01', '2009-09-30', 9, 370, FY_0910),
  p('2009-10-01', '2009-10-31', 11, 480, FY_0910),
  p('2009-11-01', '2009-11-30', 8, 330, FY_0910),
  p('2009-12-01', '2009-12-31', 6, 288, FY_0910),
  // 2010: Jan–Jun 74 / 3,408, Jul–Dec 60 / 3,147.
  p('2010-01-01', '2010-01-31', 10, 420, FY_0910),
  p('2010-02-01', '2010-02-28', 11, 520, FY_0910),
  p('2010-03-01', '2010-03-31', 17, 830, FY_0910),
  p('2010-04-01', '2010-04-30', 16, 720, FY_0910),
  p('2010-05-01', '2010-05-31', 11, 518, FY_0910),
  p('2010-06-01', '2010-06-30', 9, 400, FY_0910),
  p('2010-07-01', '2010-07-31', 9, 430, FY_1011),
  p('2010-08-01', '2010-08-31', 10, 520, FY_1011),
  p('2010-09-01', '2010-09-30', 11, 560, FY_1011),
  p('2010-10-01', '2010-10-31', 12, 650, FY_1011),
  p('2010-11-01', '2010-11-30', 10, 560, FY_1011),
  p('2010-12-01', '2010-12-31', 8, 427, FY_1011),
  // 2011: Jan–Jun 29 / 1,568, Jul–Dec 40 / 2,997 (a lull while the Malaysia arrangement was pending).
  p('2011-01-01', '2011-01-10', 4, 271, JAN_2011, FY_1011),
  p('2011-01-11', '2011-01-31', 3, 170, FY_1011),
  p('2011-02-01', '2011-02-28', 5, 260, FY_1011),
  p('2011-03-01', '2011-03-31', 6, 330, FY_1011),
  p('2011-04-01', '2011-04-30', 4, 190, FY_1011),
  p('2011-05-01', '2011-05-31', 4, 200, FY_1011),
  p('2011-06-01', '2011-06-30', 3, 147, FY_1011),
  p('2011-07-01', '2011-07-31', 2, 90),
  p('2011-08-01', '2011-08-31', 4, 250),
  p('2011-09-01', '2011-09-30', 6, 420),
  p('2011-10-01', '2011-10-31', 9, 680),
  p('2011-11-01', '2011-11-30', 9, 730),
  p('2011-12-01', '2011-12-31', 10, 827),
  // 2012: Aug (1,933) is the largest month so far and Nov the record of the year, as the sources say.
  p('2012-01-01', '2012-01-10', 4, 278, JAN_2012, JAN_JUL_2012),
  p('2012-01-11', '2012-01-31', 4, 200, JAN_JUL_2012),
  p('2012-02-01', '2012-02-29', 11, 887, FEB_2012, JAN_JUL_2012),
  p('2012-03-01', '2012-03-31', 9, 530, JAN_JUL_2012),
  p('2012-04-01', '2012-04-30', 12, 971, APR_2012, JAN_JUL_2012),
  p('2012-05-01', '2012-05-31', 14, 1176, MAY_2012, JAN_JUL_2012),
  p('2012-06-01', '2012-06-30', 17, 1250, JAN_JUL_2012),
  p('2012-07-01', '2012-07-31', 23, 1828, JAN_JUL_2012),
  p('2012-08-01', '2012-08-31', 26, 1933, AUG_2012),
  p('2012-09-01', '2012-09-17', 12, 1087, YEAR_TO_SEP_2013),
  p('2012-09-18', '2012-09-30', 22, 913, YEAR_TO_SEP_2013),
  p('2012-10-01', '2012-10-31', 40, 2300, Q4_2012),
  p('2012-11-01', '2012-11-30', 41, 2700, Q4_2012),
  p('2012-12-01', '2012-12-31', 20, 1149, DEC_2012, Q4_2012),
  // 2013: the peak year; arrivals stop after 19 Dec 2013.
  p('2013-01-01', '2013-01-10', 6, 419, JAN_2013, H1_2013),
  p('2013-01-11', '2013-01-31', 13, 881, H1_2013),
  p('2013-02-01', '2013-02-28', 15, 1050, H1_2013),
  p('2013-03-01', '2013-03-31', 36, 2500, MAR_2013, H1_2013),
  p('2013-04-01', '2013-04-30', 45, 3300, APR_2013, H1_2013),
  p('2013-05-01', '2013-05-31', 28, 2086, H1_2013),
  p('2013-06-01', '2013-06-21', 32, 2269, JUN_2013, H1_2013),
  p('2013-06-22', '2013-06-30', 7, 431, H1_2013),
  p('2013-07-01', '2013-07-18', 35, 2500, JUL_2013),
  p('2013-07-19', '2013-07-31', 23, 1650, JUL_2013, FORTNIGHT_2013),
  p('2013-08-01', '2013-08-31', 27, 1750, FORTNIGHT_2013),
  p('2013-09-01', '2013-09-17', 11, 645, FORTNIGHT_2013),
  p('2013-09-18', '2013-09-30', 5, 205, OSB_100),
  p('2013-10-01', '2013-10-31', 5, 330, Q4_2013, OSB_100),
  p('2013-11-01', '2013-11-30', 5, 216, Q4_2013, OSB_100),
  p('2013-12-01', '2013-12-19', 7, 355, DEC_2013, Q4_2013, OSB_100),
  p('2013-12-20', '2013-12-31', 0, 0, DEC_2013),
  p('2014-01-01', '2014-12-31', 1, 157),
];

export interface CrewTarget {
  readonly from: string;
  readonly to: string;
  readonly crew: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Crew totals of landed boats. 2009–2011 are published calendar-year figures (141, 345, 168), split by half-year
 * so the financial years (crew included) also add up; 2008 H2 and the OSB first 100 days likewise.
 * Boats outside these ranges get 1–4 crew (synthetic).
 */
export const CREW_TARGETS: readonly CrewTarget[] = [
  { from: '2008-07-01', to: '2008-12-31', crew: 16, min: 1, max: 4 },
  { from: '2009-01-01', to: '2009-06-30', crew: 38, min: 2, max: 4 },
  { from: '2009-07-01', to: '2009-12-31', crew: 103, min: 2, max: 4 },
  { from: '2010-01-01', to: '2010-06-30', crew: 190, min: 2, max: 4 },
  { from: '2010-07-01', to: '2010-12-31', crew: 155, min: 2, max: 4 },
  { from: '2011-01-01', to: '2011-06-30', crew: 70, min: 2, max: 4 },
  { from: '2011-07-01', to: '2011-12-31', crew: 98, min: 2, max: 4 },
  { from: '2013-09-18', to: '2013-12-31', crew: 45, min: 1, max: 3 },
];

export interface SriLankanDirectTarget {
  readonly year: number;
  /** People on direct Sri Lanka boats in the year, fixed events included. */
  readonly people: number;
  readonly from: string;
  readonly to: string;
  /** Relative chance of a boat before `busyFrom` being a Sri Lankan direct boat. */
  readonly quietWeight: number;
  readonly busyFrom: string;
  readonly source: string;
}

/**
 * People on the direct Sri Lanka corridors. In 2011 and 2012 they are all the Sri Lankans arriving by boat
 * (The Age, 22 Mar 2013, citing UNHCR: 211 and 6,428); the 2013 figure is synthetic.
 */
export const SRI_LANKAN_DIRECT: readonly SriLankanDirectTarget[] = [
  {
    year: 2011,
    people: 211,
    from: '2011-07-01',
    to: '2011-12-31',
    quietWeight: 1,
    busyFrom: '2011-07-01',
    source: 'Sri Lankans by boat in 2011 = 211 (The Age, 22 Mar 2013, citing UNHCR) [M-H]',
  },
  {
    year: 2012,
    people: 6428,
    from: '2012-01-01',
    to: '2012-12-31',
    quietWeight: 0.1,
    busyFrom: '2012-05-01',
    source: 'Sri Lankans by boat in 2012 = 6,428 (The Age, 22 Mar 2013, citing UNHCR) [M-H]',
  },
  {
    year: 2013,
    people: 1200,
    from: '2013-01-01',
    to: '2013-12-31',
    quietWeight: 1,
    busyFrom: '2013-01-01',
    source: 'Sri Lankan direct voyages in 2013: synthetic total (no published count)',
  },
];

/** Years in which every Sri Lankan arrival is on a direct corridor (so LKA is kept out of the other boats' mixes). */
export const LKA_DIRECT_ONLY_YEARS: readonly number[] = [2011, 2012];

/** Share of Ashmore Reef landings (the eastern corridor) among boats from Indonesia, by date. */
export function ashmoreShare(date: string): number {
  if (date < '2009-01-01') return 0.7;
  if (date < '2009-07-01') return 0.5;
  if (date < '2010-01-01') return 0.2;
  return 0;
}
