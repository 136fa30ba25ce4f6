// Calibration of the ventures disrupted before departure (data-facts §4a): ventures and people per period and
// country. Sep 2008 – 16 Jul 2012 adds up to Carr's 309 ventures / 8,800 people; later periods are lower-confidence.

export type DisruptionCountry = 'IDN' | 'LKA' | 'MYS';

export interface DisruptionPeriod {
  readonly from: string;
  readonly to: string;
  readonly country: DisruptionCountry;
  readonly ventures: number;
  /** People in the period's ventures, fixed events included. */
  readonly people: number;
  readonly source: string;
  readonly confidence: 'medium' | 'low';
}

const CARR = 'Carr, 16 Jul 2012: 309 ventures, 8,800 people disrupted in Indonesia since Sep 2008 [H]';

/**
 * Periods by country. IDN periods run from 2008-01-01 to 2014-12-31 with one gap, 17–31 Jul 2012, so that
 * "Sep 2008 – Jul 2012" holds Carr's totals whether it is read as to 16 Jul (his statement) or to 31 Jul.
 */
export const DISRUPTION_PERIODS: readonly DisruptionPeriod[] = [
  {
    from: '2008-01-01',
    to: '2008-08-31',
    country: 'IDN',
    ventures: 4,
    people: 90,
    source: 'Synthetic (fewer than 400 intercepted in the year before Sep 2008, IRIN, 12 Jun 2009)',
    confidence: 'low',
  },
  {
    from: '2008-09-01',
    to: '2009-04-30',
    country: 'IDN',
    ventures: 30,
    people: 800,
    source: `Synthetic; about 800 migrants intercepted Sep 2008 – Apr 2009 (IRIN, 12 Jun 2009) [M]; ${CARR}`,
    confidence: 'medium',
  },
  {
    from: '2009-05-01',
    to: '2010-01-31',
    country: 'IDN',
    ventures: 64,
    people: 1650,
    source: `Synthetic; 94 ventures Sep 2008 – Jan 2010 (O'Connor, 1 Feb 2010) [H]; ${CARR}`,
    confidence: 'medium',
  },
  {
    from: '2010-02-01',
    to: '2010-04-13',
    country: 'IDN',
    ventures: 37,
    people: 1055,
    source: `Synthetic; 131 ventures, 3,505 people Sep 2008 – 13 Apr 2010 (O'Connor, 13 Apr 2010) [H]; ${CARR}`,
    confidence: 'medium',
  },
  {
    from: '2010-04-14',
    to: '2012-07-16',
    country: 'IDN',
    ventures: 178,
    people: 5295,
    source: `Synthetic; ${CARR}`,
    confidence: 'medium',
  },
  {
    from: '2012-08-01',
    to: '2013-09-17',
    country: 'IDN',
    ventures: 50,
    people: 1500,
    source: 'Synthetic (no published count for this period)',
    confidence: 'low',
  },
  {
    from: '2012-08-01',
    to: '2013-09-17',
    country: 'LKA',
    ventures: 15,
    people: 450,
    source: 'Synthetic (Sri Lanka Navy counts for 2012–13 not found)',
    confidence: 'low',
  },
  {
    from: '2013-09-18',
    to: '2013-12-27',
    country: 'IDN',
    ventures: 30,
    people: 1230,
    source: 'Synthetic; >1,200 prevented by Indonesian partners, 18 Sep – 27 Dec 2013 (OSB, Dec 2013) [M]',
    confidence: 'medium',
  },
  {
    from: '2013-09-18',
    to: '2013-12-27',
    country: 'LKA',
    ventures: 6,
    people: 250,
    source:
      'Synthetic; >1,500 prevented in Indonesia, Sri Lanka and Malaysia, 18 Sep – 27 Dec 2013 (OSB, Dec 2013) [M]',
    confidence: 'low',
  },
  {
    from: '2013-09-18',
    to: '2013-12-27',
    country: 'MYS',
    ventures: 2,
    people: 40,
    source:
      'Synthetic; >1,500 prevented in Indonesia, Sri Lanka and Malaysia, 18 Sep – 27 Dec 2013 (OSB, Dec 2013) [M]',
    confidence: 'low',
  },
  {
    from: '2013-12-28',
    to: '2014-09-17',
    country: 'IDN',
    ventures: 5,
    people: 80,
    source:
      'Synthetic; 45 ventures, >1,600 people stopped before departure, 18 Sep 2013 – 17 Sep 2014 (Morrison, 18 Sep 2014) [H-M]',
    confidence: 'medium',
  },
  {
    from: '2013-12-28',
    to: '2014-09-17',
    country: 'LKA',
    ventures: 2,
    people: 30,
    source:
      'Synthetic; 45 ventures, >1,600 people stopped before departure, 18 Sep 2013 – 17 Sep 2014 (Morrison, 18 Sep 2014) [H-M]',
    confidence: 'low',
  },
  {
    from: '2014-09-18',
    to: '2014-12-31',
    country: 'IDN',
    ventures: 3,
    people: 60,
    source: 'Synthetic (no published count for this period)',
    confidence: 'low',
  },
];

/** Published window and totals of Carr's figure, for checks. */
export const CARR_WINDOW = { from: '2008-09-01', to: '2012-07-16', ventures: 309, people: 8800 } as const;
