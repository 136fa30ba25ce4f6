// Checks the demo generator against published figures (tables below, copied from data-facts.md, not from the
// generator), checks that the committed data/demo files are exactly what the script makes, and checks integrity.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  DEMO_DIR,
  DEMO_SEED,
  generateDemoData,
  renderDemoFiles,
  type EventFeature,
  type RouteFeature,
} from './generate-demo-data';

type Props = EventFeature['properties'];

/** Calendar-year arrivals, people excluding crew (data-facts §1a / §7a); null = not published. */
const ANNUAL_ARRIVALS: readonly {
  year: number;
  boats: number | null;
  people: number;
  crew: number | null;
}[] = [
  { year: 2008, boats: 7, people: 161, crew: null },
  { year: 2009, boats: 60, people: 2726, crew: 141 },
  { year: 2010, boats: 134, people: 6555, crew: 345 },
  { year: 2011, boats: 69, people: 4565, crew: 168 },
  { year: 2012, boats: null, people: 17202, crew: null },
  { year: 2013, boats: 300, people: 20587, crew: null },
  { year: 2014, boats: 1, people: 157, crew: null },
];
/** The demo's 2012 boat count: a derived estimate (17,202 / about 67 people a boat), not a published figure. */
const DERIVED_BOATS_2012 = 255;

/** Sub-annual figures the demo honours exactly (landed boats, inclusive dates; crew excluded unless `crew`). */
const PERIOD_ANCHORS: readonly {
  label: string;
  from: string;
  to: string;
  boats?: number;
  people?: number;
  crew?: number;
}[] = [
  { label: 'Oct–Dec 2008, OSB-2014 [H]', from: '2008-10-01', to: '2008-12-31', boats: 6, people: 149 },
  { label: '1–10 Jan 2011, Morrison [H-M]', from: '2011-01-01', to: '2011-01-10', people: 271 },
  { label: '1–10 Jan 2012, Morrison [H-M]', from: '2012-01-01', to: '2012-01-10', people: 278 },
  { label: 'Feb 2012, Keenan [L]', from: '2012-02-01', to: '2012-02-29', people: 887 },
  { label: 'Apr 2012, Keenan [L]', from: '2012-04-01', to: '2012-04-30', people: 971 },
  { label: 'May 2012, Bowen [M-H]', from: '2012-05-01', to: '2012-05-31', boats: 14, people: 1176 },
  { label: 'Jan–Jul 2012, DIAC [H]', from: '2012-01-01', to: '2012-07-31', people: 7120 },
  { label: 'Aug 2012, DIAC [H]', from: '2012-08-01', to: '2012-08-31', people: 1933 },
  { label: 'Dec 2012, OSB [H]', from: '2012-12-01', to: '2012-12-31', boats: 20, people: 1149 },
  {
    label: '18 Sep 2012 – 17 Sep 2013, Morrison [H-M]',
    from: '2012-09-18',
    to: '2013-09-17',
    boats: 401,
    people: 26543,
  },
  { label: '1–10 Jan 2013, Morrison [H-M]', from: '2013-01-01', to: '2013-01-10', people: 419 },
  { label: 'Jan–Jun 2013, The Conversation [M]', from: '2013-01-01', to: '2013-06-30', people: 12936 },
  {
    label: 'Mar 2013 (36 boats, about 2,500) [L]',
    from: '2013-03-01',
    to: '2013-03-31',
    boats: 36,
    people: 2500,
  },
  { label: 'Apr 2013, Keenan [L]', from: '2013-04-01', to: '2013-04-30', boats: 45, people: 3300 },
  { label: '1–21 Jun 2013, Keenan [L]', from: '2013-06-01', to: '2013-06-21', boats: 32, people: 2269 },
  {
    label: 'OSB first 100 days [H]',
    from: '2013-09-18',
    to: '2013-12-27',
    boats: 22,
    people: 1106,
    crew: 45,
  },
  { label: 'Oct–Dec 2013, OSB-2014 [H]', from: '2013-10-01', to: '2013-12-31', boats: 17, people: 901 },
  { label: 'Dec 2013 to 27 Dec, OSB [H]', from: '2013-12-01', to: '2013-12-27', boats: 7, people: 355 },
];

/** Financial years, crew included (Parliamentary Library FlagPost, 28 Jun 2012) [M]. */
const FINANCIAL_YEARS: readonly {
  fy: string;
  from: string;
  to: string;
  boats: number;
  peopleInclCrew: number;
}[] = [
  { fy: '2008–09', from: '2008-07-01', to: '2009-06-30', boats: 23, peopleInclCrew: 1033 },
  { fy: '2009–10', from: '2009-07-01', to: '2010-06-30', boats: 118, peopleInclCrew: 5609 },
  { fy: '2010–11', from: '2010-07-01', to: '2011-06-30', boats: 89, peopleInclCrew: 4940 },
];

/** Dated arrivals of data-facts §1c and §4c that must appear as landed records (date, people, site). */
const DATED_ARRIVALS: readonly { date: string; people: number; site: string; deaths?: number }[] = [
  { date: '2009-04-16', people: 47, site: 'Ashmore Reef', deaths: 5 },
  { date: '2010-02-01', people: 181, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2010-12-15', people: 69, site: 'Rocky Point (Christmas Is.)', deaths: 30 },
  { date: '2013-09-22', people: 31, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-09-24', people: 18, site: 'Darwin' },
  { date: '2013-09-26', people: 70, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-09-30', people: 79, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-10-10', people: 79, site: 'Cocos (Keeling) Is. (West Island)' },
  { date: '2013-10-20', people: 126, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-10-21', people: 40, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-11-27', people: 9, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2013-12-11', people: 3, site: 'Christmas Island (Flying Fish Cove)' },
  { date: '2014-07-27', people: 157, site: 'Cocos (Keeling) Is. (West Island)' },
];

/** Incidents at sea (§4c, and the 26 Sep 2013 rescue of §1c): not arrivals; deaths = the confirmed figure. */
const INCIDENTS: readonly {
  date: string;
  outcome: 'lost_at_sea' | 'rescued';
  deaths: number;
  people?: number;
}[] = [
  { date: '2009-05-28', outcome: 'lost_at_sea', deaths: 9, people: 36 },
  { date: '2009-11-01', outcome: 'lost_at_sea', deaths: 12 },
  { date: '2011-11-01', outcome: 'lost_at_sea', deaths: 8, people: 70 },
  { date: '2011-12-17', outcome: 'lost_at_sea', deaths: 200 },
  { date: '2012-06-21', outcome: 'lost_at_sea', deaths: 90, people: 200 },
  { date: '2012-06-27', outcome: 'lost_at_sea', deaths: 4 },
  { date: '2012-08-30', outcome: 'lost_at_sea', deaths: 100 },
  { date: '2013-07-23', outcome: 'lost_at_sea', deaths: 3, people: 175 },
  { date: '2013-09-26', outcome: 'rescued', deaths: 0, people: 44 },
  { date: '2013-09-27', outcome: 'lost_at_sea', deaths: 22, people: 77 },
];

const ROUTE_IDS = [
  'java-christmas',
  'sumatra-java-christmas',
  'nusa-tenggara-ashmore',
  'sri-lanka-cocos',
  'sri-lanka-christmas',
  'timor-sea-darwin',
];
const SRI_LANKAN_ROUTES = new Set(['sri-lanka-cocos', 'sri-lanka-christmas']);
const OUTCOMES = new Set(['landed', 'turned_back', 'disrupted', 'rescued', 'lost_at_sea']);

const data = generateDemoData(DEMO_SEED);
const all: Props[] = data.events.features.map((f) => f.properties);
const interceptions = all.filter((p) => p.kind === 'interception');
const landed = interceptions.filter((p) => p.outcome === 'landed');

const inRange = (p: Props, from: string, to: string): boolean => {
  const day = p.date.length === 7 ? `${p.date}-01` : p.date;
  return day >= from && day <= to;
};
const total = (rows: readonly Props[], key: 'people' | 'boats' | 'crew' | 'deaths'): number =>
  rows.reduce((s, p) => s + (p[key] ?? 0), 0);
const landedIn = (from: string, to: string): Props[] => landed.filter((p) => inRange(p, from, to));
const peopleOf = (rows: readonly Props[], code: string): number =>
  rows.reduce(
    (s, p) => s + p.nationalities.filter((n) => n.code === code).reduce((a, n) => a + n.people, 0),
    0,
  );

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('annual arrivals equal the published calendar-year figures', () => {
  for (const row of ANNUAL_ARRIVALS) {
    it(`${row.year}: ${row.boats ?? '(not published)'} boats, ${row.people} people, crew ${row.crew ?? '(not published)'}`, () => {
      const rows = landedIn(`${row.year}-01-01`, `${row.year}-12-31`);
      expect(total(rows, 'people')).toBe(row.people);
      expect(total(rows, 'boats')).toBe(row.boats ?? DERIVED_BOATS_2012);
      if (row.crew !== null) expect(total(rows, 'crew')).toBe(row.crew);
    });
  }

  it('has no arrivals outside 2008–2014 and every landed record is one boat of 3–200 people', () => {
    expect(landed.every((p) => p.date >= '2008-01-01' && p.date <= '2014-12-31')).toBe(true);
    expect(landed.every((p) => p.boats === 1 && p.people >= 3 && p.people <= 200)).toBe(true);
  });
});

describe('sub-annual anchors', () => {
  for (const a of PERIOD_ANCHORS) {
    it(a.label, () => {
      const rows = landedIn(a.from, a.to);
      if (a.boats !== undefined) expect(total(rows, 'boats')).toBe(a.boats);
      if (a.people !== undefined) expect(total(rows, 'people')).toBe(a.people);
      if (a.crew !== undefined) expect(total(rows, 'crew')).toBe(a.crew);
    });
  }

  for (const fy of FINANCIAL_YEARS) {
    it(`FY ${fy.fy}: ${fy.boats} boats, ${fy.peopleInclCrew} people incl. crew`, () => {
      const rows = landedIn(fy.from, fy.to);
      expect(total(rows, 'boats')).toBe(fy.boats);
      expect(total(rows, 'people') + total(rows, 'crew')).toBe(fy.peopleInclCrew);
    });
  }

  it('18 Sep 2013 – 17 Sep 2014: 23 ventures (Morrison, 18 Sep 2014 [H-M])', () => {
    expect(total(landedIn('2013-09-18', '2014-09-17'), 'boats')).toBe(23);
  });

  it('Oct–Dec 2012 has more than 100 boats and 6,000 people (OSB-2014 [H-M])', () => {
    const rows = landedIn('2012-10-01', '2012-12-31');
    expect(total(rows, 'boats')).toBeGreaterThan(100);
    expect(total(rows, 'people')).toBeGreaterThan(6000);
  });

  it('19 Jul – 18 Sep 2013 averages about 920 people and more than a dozen boats a fortnight (OSB [M])', () => {
    const rows = landedIn('2013-07-19', '2013-09-18');
    const fortnights = 62 / 14;
    expect(total(rows, 'people') / fortnights).toBeGreaterThan(880);
    expect(total(rows, 'people') / fortnights).toBeLessThan(960);
    expect(total(rows, 'boats') / fortnights).toBeGreaterThan(12);
  });

  it('months that sources call records are records: Aug 2012, Nov 2012 (in 2012), Apr 2013', () => {
    const byMonth = new Map<string, number>();
    for (const p of landed)
      byMonth.set(p.date.slice(0, 7), (byMonth.get(p.date.slice(0, 7)) ?? 0) + p.people);
    const month = (m: string): number => byMonth.get(m) ?? 0;
    const before = (m: string): number[] => [...byMonth].filter(([k]) => k < m).map(([, v]) => v);
    expect(Math.max(...before('2012-08'))).toBeLessThan(month('2012-08'));
    expect(Math.max(...before('2013-04'))).toBeLessThan(month('2013-04'));
    expect(Math.max(...[...byMonth].filter(([k]) => k.startsWith('2012')).map(([, v]) => v))).toBe(
      month('2012-11'),
    );
  });

  it('the only 2014 arrival is on 2014-07-27 with 157 people; the last 2013 arrival is on 2013-12-19', () => {
    const in2014 = landedIn('2014-01-01', '2014-12-31');
    expect(in2014.map((p) => [p.date, p.people])).toEqual([['2014-07-27', 157]]);
    const dates2013 = landedIn('2013-01-01', '2013-12-31').map((p) => p.date);
    expect(dates2013.reduce((a, b) => (a > b ? a : b))).toBe('2013-12-19');
  });

  it('10–11 Nov 2013: 3 boats, 163 people + 8 crew, 2 to Christmas Island and 1 to Darwin (OSB [H])', () => {
    const rows = landedIn('2013-11-10', '2013-11-11');
    expect(total(rows, 'boats')).toBe(3);
    expect(total(rows, 'people')).toBe(163);
    expect(total(rows, 'crew')).toBe(8);
    expect(rows.map((p) => p.site).sort()).toEqual([
      'Christmas Island (Flying Fish Cove)',
      'Christmas Island (Flying Fish Cove)',
      'Darwin',
    ]);
  });

  it('14 and 19 Dec 2013: 2 boats, 167 people (ABC log [M])', () => {
    const rows = landed.filter((p) => p.date === '2013-12-14' || p.date === '2013-12-19');
    expect(rows.length).toBe(2);
    expect(total(rows, 'people')).toBe(167);
  });

  for (const a of DATED_ARRIVALS) {
    it(`dated arrival ${a.date}: ${a.people} people at ${a.site}`, () => {
      const match = landed.filter((p) => p.date === a.date && p.people === a.people && p.site === a.site);
      expect(match.length).toBe(1);
      if (a.deaths !== undefined) expect(match[0]?.deaths).toBe(a.deaths);
    });
  }

  it('Sri Lankans arriving by boat: 211 in 2011 and 6,428 in 2012, all on the direct corridors (The Age/UNHCR)', () => {
    for (const [year, expected] of [
      [2011, 211],
      [2012, 6428],
    ] as const) {
      const rows = landedIn(`${year}-01-01`, `${year}-12-31`);
      expect(peopleOf(rows, 'LKA')).toBe(expected);
      const direct = rows.filter((p) => SRI_LANKAN_ROUTES.has(p.route));
      expect(total(direct, 'people')).toBe(expected);
    }
  });

  it('Ashmore Reef landings only in 2008–2009; Cocos landings only from Sri Lankan corridors', () => {
    const ashmore = landed.filter((p) => p.site === 'Ashmore Reef');
    expect(ashmore.length).toBeGreaterThan(0);
    expect(ashmore.every((p) => p.date < '2010-01-01')).toBe(true);
    const cocos = landed.filter((p) => p.site.startsWith('Cocos'));
    expect(cocos.every((p) => p.route === 'sri-lanka-cocos' && p.date >= '2011-01-01')).toBe(true);
  });
});

describe('disruptions, turnbacks and incidents', () => {
  const disrupted = interceptions.filter((p) => p.outcome === 'disrupted');

  it('Sep 2008 – Jul 2012: 309 ventures, 8,800 people disrupted in Indonesia (Carr, 16 Jul 2012 [H])', () => {
    const rows = disrupted.filter((p) => inRange(p, '2008-09-01', '2012-07-16'));
    expect(total(rows, 'boats')).toBe(309);
    expect(total(rows, 'people')).toBe(8800);
    expect(disrupted.filter((p) => inRange(p, '2012-07-17', '2012-07-31')).length).toBe(0);
  });

  it("94 ventures to Jan 2010 and 131 ventures / 3,505 people to 13 Apr 2010 (O'Connor [H])", () => {
    expect(
      total(
        disrupted.filter((p) => inRange(p, '2008-09-01', '2010-01-31')),
        'boats',
      ),
    ).toBe(94);
    const toApril = disrupted.filter((p) => inRange(p, '2008-09-01', '2010-04-13'));
    expect(total(toApril, 'boats')).toBe(131);
    expect(total(toApril, 'people')).toBe(3505);
  });

  it('18 Sep 2013 – 17 Sep 2014: 45 ventures, more than 1,600 people stopped before departure (Morrison [H-M])', () => {
    const rows = disrupted.filter((p) => inRange(p, '2013-09-18', '2014-09-17'));
    expect(total(rows, 'boats')).toBe(45);
    expect(total(rows, 'people')).toBeGreaterThan(1600);
  });

  it('12 boats / 383 people turned back, first 2013-12-19, last 2014-05-20 (Morrison, 18 Sep 2014 [H])', () => {
    const rows = interceptions.filter((p) => p.outcome === 'turned_back');
    expect(total(rows, 'boats')).toBe(12);
    expect(total(rows, 'people')).toBe(383);
    const dates = rows.map((p) => p.date).sort();
    expect(dates[0]).toBe('2013-12-19');
    expect(dates[dates.length - 1]).toBe('2014-05-20');
  });

  for (const inc of INCIDENTS) {
    it(`incident ${inc.date}: ${inc.outcome}, ${inc.deaths} deaths`, () => {
      const rows = interceptions.filter((p) => p.date === inc.date && p.outcome === inc.outcome);
      expect(rows.length).toBe(1);
      const row = rows[0];
      expect(row?.deaths).toBe(inc.deaths);
      if (inc.people !== undefined) expect(row?.people).toBe(inc.people);
      else expect(row?.people ?? 0).toBeGreaterThanOrEqual(inc.deaths);
    });
  }
});

describe('determinism: the committed files are what the script makes', () => {
  it('data/demo/events.geojson and routes.geojson equal generateDemoData(DEMO_SEED), byte for byte', () => {
    const { eventsText, routesText } = renderDemoFiles(DEMO_SEED);
    expect(readFileSync(join(DEMO_DIR, 'events.geojson'), 'utf8')).toBe(eventsText);
    expect(readFileSync(join(DEMO_DIR, 'routes.geojson'), 'utf8')).toBe(routesText);
    expect(JSON.parse(eventsText)).toEqual(data.events);
    expect(JSON.parse(routesText)).toEqual(data.routes);
  });

  it('the same seed gives the same data; another seed other boats but the same calibrated totals', () => {
    expect(generateDemoData(DEMO_SEED)).toEqual(data);
    const other = generateDemoData(DEMO_SEED + 1);
    expect(other.events.features).not.toEqual(data.events.features);
    for (const row of ANNUAL_ARRIVALS) {
      const rows = other.events.features
        .map((f) => f.properties)
        .filter((p) => p.outcome === 'landed' && p.date.startsWith(String(row.year)));
      expect(total(rows, 'people')).toBe(row.people);
    }
  });
});

describe('integrity of the events file', () => {
  const routeIds = new Set(data.routes.features.map((r) => r.properties.id));

  it('is an illustrative format-version-1 events collection of a few thousand features at most', () => {
    expect(data.events.metadata.formatVersion).toBe(1);
    expect(data.events.metadata.kind).toBe('events');
    expect(data.events.metadata.illustrative).toBe(true);
    expect(data.events.features.length).toBeGreaterThan(1000);
    expect(data.events.features.length).toBeLessThan(5000);
  });

  it('every id is unique and well formed', () => {
    const ids = all.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of all)
      expect(p.id).toMatch(p.kind === 'departure' ? /^dp-\d{4}-\d{4}$/ : /^ev-\d{4}-\d{4}$/);
  });

  it('every route exists, every date exists, every coordinate is in range', () => {
    for (const f of data.events.features) {
      const p = f.properties;
      expect(routeIds.has(p.route), p.id).toBe(true);
      expect(isRealDate(p.date), `${p.id} ${p.date}`).toBe(true);
      const [lon, lat] = f.geometry.coordinates;
      expect(f.geometry.type).toBe('Point');
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, p.id).toBe(true);
      // The demo region: Iran to the Torres Strait, Sri Lanka to the Timor Sea.
      expect(lon > 40 && lon < 150 && lat > -20 && lat < 40, p.id).toBe(true);
    }
  });

  it('counts are whole and non-negative; interceptions have an outcome, departures none', () => {
    for (const p of all) {
      expect(Number.isInteger(p.people) && p.people >= 0, p.id).toBe(true);
      expect(p.boats, p.id).toBe(1);
      expect(p.crew === null || (Number.isInteger(p.crew) && p.crew >= 0), p.id).toBe(true);
      expect(
        p.deaths === null || (Number.isInteger(p.deaths) && p.deaths >= 0 && p.deaths <= p.people),
        p.id,
      ).toBe(true);
      if (p.kind === 'interception') expect(OUTCOMES.has(p.outcome ?? ''), p.id).toBe(true);
      else expect(p.outcome, p.id).toBeUndefined();
      expect(p.site.length > 0 && p.site.length <= 120, p.id).toBe(true);
      expect(['high', 'medium', 'low']).toContain(p.confidence);
      expect(p.source.length).toBeGreaterThan(0);
    }
  });

  it('nationality counts are ISO alpha-3 codes (1–3 a boat) and add up to people', () => {
    for (const p of all) {
      expect(p.nationalities.length >= 1 && p.nationalities.length <= 3, p.id).toBe(true);
      for (const n of p.nationalities) expect(n.code, p.id).toMatch(/^[A-Z]{3}$/);
      expect(
        p.nationalities.reduce((s, n) => s + n.people, 0),
        p.id,
      ).toBe(p.people);
      expect(p.origin_country, p.id).toMatch(/^[A-Z]{3}$/);
      if (SRI_LANKAN_ROUTES.has(p.route))
        expect(
          p.nationalities.map((n) => n.code),
          p.id,
        ).toEqual(['LKA']);
    }
  });

  it('departures mirror an interception a few days later (same corridor, people and nationalities), about 60 %', () => {
    const byId = new Map(all.map((p) => [p.id, p]));
    const departures = all.filter((p) => p.kind === 'departure');
    for (const d of departures) {
      const ref = /voyage (ev-\d{4}-\d{4})/.exec(d.source)?.[1];
      const voyage = ref === undefined ? undefined : byId.get(ref);
      expect(voyage, d.id).toBeDefined();
      if (!voyage) continue;
      const lagDays = (Date.parse(voyage.date) - Date.parse(d.date)) / 86_400_000;
      expect(lagDays >= 0 && lagDays <= 16, d.id).toBe(true);
      expect([d.route, d.people, d.nationalities]).toEqual([
        voyage.route,
        voyage.people,
        voyage.nationalities,
      ]);
      expect(voyage.outcome === 'disrupted', d.id).toBe(false);
    }
    const voyages = interceptions.filter((p) => p.outcome !== 'disrupted').length;
    expect(departures.length / voyages).toBeGreaterThan(0.5);
    expect(departures.length / voyages).toBeLessThan(0.7);
  });
});

type LandPolygon = { rings: number[][][]; box: [number, number, number, number] };
/** Is (lon, lat) on land: a point-in-polygon test over every ring at once (holes included). */
type LandLookup = (x: number, y: number) => boolean;
let landCache: LandLookup | null = null;

/** Latitude band height of the land lookup's edge index, in degrees. */
const LAND_BAND_DEG = 0.1;

/**
 * Natural Earth 1:10m land (world-atlas) in the demo region, as a lookup. The edges of every ring are
 * indexed by latitude band, so a point tests only the edges that cross its band (the 1:10m rings have
 * hundreds of thousands of vertices; testing them all per sample made the sea-legs test take ~8 s).
 * Ray casting per polygon (its outer ring and holes together): an odd number of crossings is inside, so a
 * lake is not land. Parity is kept per polygon because some 1:10m polygons overlap (northern Australia).
 */
function loadLand(): LandLookup {
  if (landCache) return landCache;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8'),
  ) as Parameters<typeof feature>[0];
  const land: unknown = feature(topology, 'land');
  const polygons: number[][][][] = [];
  const collect = (geometry: { type: string; coordinates: unknown }): void => {
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates as number[][][]);
    if (geometry.type === 'MultiPolygon') polygons.push(...(geometry.coordinates as number[][][][]));
  };
  const features =
    (land as { features?: { geometry: { type: string; coordinates: unknown } }[] }).features ?? [];
  for (const f of features) collect(f.geometry);
  const region = polygons
    .map((rings): LandPolygon => {
      const outer = rings[0] ?? [];
      const xs = outer.map((p) => p[0] ?? 0);
      const ys = outer.map((p) => p[1] ?? 0);
      return { rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
    })
    .filter(({ box }) => box[2] > 40 && box[0] < 150 && box[3] > -20 && box[1] < 40);
  const bands = new Map<number, number[]>();
  region.forEach(({ rings }, polygon) => {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        const first = Math.floor(Math.min(yi, yj) / LAND_BAND_DEG);
        const last = Math.floor(Math.max(yi, yj) / LAND_BAND_DEG);
        for (let band = first; band <= last; band++) {
          const edges = bands.get(band) ?? [];
          edges.push(xi, yi, xj, yj, polygon);
          bands.set(band, edges);
        }
      }
    }
  });
  landCache = (x, y) => {
    const edges = bands.get(Math.floor(y / LAND_BAND_DEG));
    if (!edges) return false;
    const insidePolygons = new Set<number>();
    for (let e = 0; e < edges.length; e += 5) {
      const xi = edges[e] ?? 0;
      const yi = edges[e + 1] ?? 0;
      const xj = edges[e + 2] ?? 0;
      const yj = edges[e + 3] ?? 0;
      const polygon = edges[e + 4] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
        if (!insidePolygons.delete(polygon)) insidePolygons.add(polygon);
      }
    }
    return insidePolygons.size > 0;
  };
  return landCache;
}

describe('integrity of the routes file', () => {
  const routes: RouteFeature[] = data.routes.features;

  it('has exactly the six corridors, with valid stages', () => {
    expect(routes.map((r) => r.properties.id).sort()).toEqual([...ROUTE_IDS].sort());
    expect(data.routes.metadata.kind).toBe('routes');
    for (const r of routes) {
      const { stages, description, name } = r.properties;
      const coords = r.geometry.coordinates;
      expect(name.length > 0 && description.length > 0).toBe(true);
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(stages[0]?.vertex).toBe(0);
      expect(stages[stages.length - 1]?.vertex).toBe(coords.length - 1);
      expect(stages[0]?.role).toBe('origin');
      expect(stages[stages.length - 1]?.role).toBe('destination');
      expect(stages[stages.length - 1]?.mode).toBeUndefined();
      expect(stages.filter((s) => s.role === 'embarkation').length).toBe(1);
      stages.forEach((s, i) => {
        if (i > 0) expect(s.vertex).toBeGreaterThan(stages[i - 1]?.vertex ?? Infinity);
        if (i < stages.length - 1) expect(['air', 'land', 'sea']).toContain(s.mode);
      });
      for (const [lon, lat] of coords) expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
    }
  });

  it('sea legs stay off land (Natural Earth 1:10m), apart from the ports at their ends', () => {
    const onLand = loadLand();
    const landHits: string[] = [];
    for (const r of routes) {
      const { stages } = r.properties;
      const coords = r.geometry.coordinates;
      stages.forEach((stage, s) => {
        const next = stages[s + 1];
        if (stage.mode !== 'sea' || !next) return;
        const leg = coords.slice(stage.vertex, next.vertex + 1);
        const [start, end] = [leg[0], leg[leg.length - 1]];
        if (!start || !end) return;
        for (let i = 1; i < leg.length; i++) {
          const [a, b] = [leg[i - 1], leg[i]];
          if (!a || !b) continue;
          const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.02);
          for (let k = 0; k <= steps; k++) {
            const x = a[0] + ((b[0] - a[0]) * k) / steps;
            const y = a[1] + ((b[1] - a[1]) * k) / steps;
            const nearEnd =
              Math.hypot(x - start[0], y - start[1]) < 0.25 || Math.hypot(x - end[0], y - end[1]) < 0.25;
            if (!nearEnd && onLand(x, y))
              landHits.push(`${r.properties.id} ${stage.name}: ${x.toFixed(2)},${y.toFixed(2)}`);
          }
        }
      });
    }
    expect(landHits).toEqual([]);
  });

  it('events at sea (turned back, lost) lie off land', () => {
    const isLand = loadLand();
    const atSea = data.events.features.filter(
      (f) => f.properties.outcome === 'turned_back' || f.properties.outcome === 'lost_at_sea',
    );
    const onLand = atSea.filter(
      ({
        geometry: {
          coordinates: [x, y],
        },
      }) => isLand(x, y),
    );
    expect(onLand.map((f) => f.properties.id)).toEqual([]);
  });
});
