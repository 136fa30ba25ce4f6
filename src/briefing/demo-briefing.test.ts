// The demo briefing: valid against its JSON Schema, loads with no issue, views in canonical form, and
// every number in every caption is either a published figure that the demo data reproduce in that step's
// view (computed here from events.geojson, independently of the app's aggregations) or a listed context
// number (a year, a date, a vessel name, a distance). Published figures: ../shared/data-facts.md and
// data/demo/SOURCES.md.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/domain/epoch-day';
import { parseUrlState } from '@/state/url-state';
import type { UrlState } from '@/state/url-params';
import { readBriefingText } from './read-briefing';
import { stepViewOf } from './step-view';
import { withDefaults } from '@/state/url-state';

interface DemoEvent {
  readonly kind: string;
  readonly outcome?: string;
  readonly date: string;
  readonly people: number;
  readonly boats?: number;
  readonly crew?: number | null;
  readonly deaths?: number | null;
  readonly route: string;
  readonly site: string;
  readonly nationalities?: readonly { readonly code: string; readonly people?: number }[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const BRIEFING_TEXT = readFileSync('data/demo/briefing.json', 'utf8');
const EVENTS = (
  readJson('data/demo/events.geojson') as { features: { properties: DemoEvent }[] }
).features.map((f) => f.properties);

/** The events a view shows: its time window, filters, and the selection narrowing routes or sites. */
function eventsInView(view: string): { events: DemoEvent[]; nationalities: readonly string[] } {
  const s: Partial<UrlState> = parseUrlState(view).state;
  const routes = s.selection?.kind === 'route' ? [s.selection.id] : (s.routes ?? []);
  const sites = s.selection?.kind === 'site' ? [s.selection.id] : (s.sites ?? []);
  const nationalities = s.nationalities ?? [];
  const events = EVENTS.filter((e) => {
    const day = parseIsoDay(e.date.length === 7 ? `${e.date}-01` : e.date);
    if (s.timeRange && (day < s.timeRange.startDay || day >= s.timeRange.endDay)) return false;
    if (s.kinds?.length && !s.kinds.some((k) => k === e.kind)) return false;
    if (s.outcomes?.length && !s.outcomes.some((o) => o === (e.outcome ?? 'none'))) return false;
    if (routes.length > 0 && !routes.includes(e.route)) return false;
    if (sites.length > 0 && !sites.includes(e.site)) return false;
    if (nationalities.length > 0 && !(e.nationalities ?? []).some((n) => nationalities.includes(n.code)))
      return false;
    return true;
  });
  return { events, nationalities };
}

type Measure =
  | 'landed-people'
  | 'landed-boats'
  | 'turned-back-people'
  | 'turned-back-boats'
  | 'deaths'
  | 'wreck-survivors';

/** A measure over a view; with a nationality filter, people count only those nationalities. */
function measure(view: string, what: Measure): number {
  const { events, nationalities } = eventsInView(view);
  const people = (e: DemoEvent): number =>
    nationalities.length === 0
      ? e.people
      : (e.nationalities ?? [])
          .filter((n) => nationalities.includes(n.code))
          .reduce((t, n) => t + (n.people ?? 0), 0);
  const withOutcome = (outcome: string): DemoEvent[] =>
    events.filter((e) => e.kind === 'interception' && e.outcome === outcome);
  const sum = (list: DemoEvent[], f: (e: DemoEvent) => number): number => list.reduce((t, e) => t + f(e), 0);
  switch (what) {
    case 'landed-people':
      return sum(withOutcome('landed'), people);
    case 'landed-boats':
      return sum(withOutcome('landed'), (e) => e.boats ?? 1);
    case 'turned-back-people':
      return sum(withOutcome('turned_back'), people);
    case 'turned-back-boats':
      return sum(withOutcome('turned_back'), (e) => e.boats ?? 1);
    case 'deaths':
      return sum(events, (e) => e.deaths ?? 0);
    case 'wreck-survivors':
      // People and crew on board, less the dead, of the wrecks in the view.
      return sum(
        events.filter((e) => (e.deaths ?? 0) > 0),
        (e) => e.people + (e.crew ?? 0) - (e.deaths ?? 0),
      );
  }
}

interface Claim {
  /** The figure as written in the English and Indonesian captions. */
  readonly en: string;
  readonly id: string;
  readonly published: number;
  readonly measure: Measure;
  /** When the figure is about another window than the step's (e.g. "up from 4,565 in 2011"). */
  readonly view?: string;
  /** Where the published figure comes from (data-facts.md). */
  readonly source: string;
}

interface StepFacts {
  readonly claims: readonly Claim[];
  /** Numbers in the captions that are not data: years, days of dates, vessel names, distances. */
  readonly context: readonly string[];
}

const Y = (year: number): string => `v=1&t=${year}-01-01..${year}-12-31`;
const PL = 'Parliamentary Library, Boat arrivals in Australia since 1976, App. A [H]';

/** One entry per demo step, in order. */
const FACTS: readonly StepFacts[] = [
  {
    claims: [
      { en: '7 boats', id: '7 kapal', published: 7, measure: 'landed-boats', source: PL },
      { en: '161 people', id: '161 orang', published: 161, measure: 'landed-people', source: PL },
    ],
    context: ['2008'],
  },
  {
    claims: [
      { en: '60 boats', id: '60 kapal', published: 60, measure: 'landed-boats', source: `${PL} (ACBPS)` },
      { en: '2,726 people', id: '2.726 orang', published: 2726, measure: 'landed-people', source: PL },
    ],
    context: ['2009'],
  },
  {
    claims: [
      { en: '134 boats', id: '134 kapal', published: 134, measure: 'landed-boats', source: PL },
      { en: '6,555 people', id: '6.555 orang', published: 6555, measure: 'landed-people', source: PL },
      {
        en: '30 bodies',
        id: '30 jenazah',
        published: 30,
        measure: 'deaths',
        source: 'PL FlagPost, SIEV 221 [H]',
      },
      {
        en: '42 survivors',
        id: '42 orang selamat',
        published: 42,
        measure: 'wreck-survivors',
        source: 'PL FlagPost; Bowen/Gillard, Dec 2010 [H]',
      },
    ],
    context: ['2010', '15', '2010', '221'],
  },
  {
    claims: [
      {
        en: '17,202 people',
        id: '17.202 orang',
        published: 17202,
        measure: 'landed-people',
        source: 'PL figure quoted in The Conversation / La Trobe, 22 Jul 2013 [M–H]',
      },
      {
        en: '4,565 in 2011',
        id: '4.565 pada 2011',
        published: 4565,
        measure: 'landed-people',
        view: Y(2011),
        source: PL,
      },
      // Derived, and the caption says so (SOURCES.md §2): the header shows it, so the caption explains it.
      {
        en: "demo's 255",
        id: '255 dalam demo',
        published: 255,
        measure: 'landed-boats',
        source: 'derived [D]',
      },
    ],
    context: ['2012', '2011', '2012'],
  },
  {
    claims: [
      {
        en: '6,428 in 2012',
        id: '6.428 pada 2012',
        published: 6428,
        measure: 'landed-people',
        source: 'The Age (B. Doherty), 22 Mar 2013, citing UNHCR [M–H]',
      },
      {
        en: '211 in 2011',
        id: '211 pada 2011',
        published: 211,
        measure: 'landed-people',
        view: 'v=1&t=2011-01-01..2011-12-31&n=LKA',
        source: 'The Age, 22 Mar 2013, citing UNHCR [M–H]',
      },
    ],
    // "The 3200 kilometres from Sri Lanka" (Campbell, OSB, 29 Nov 2013) [H].
    context: ['2012', '2011', '3,200|3.200'],
  },
  {
    claims: [
      {
        en: '20,587 people on 300 boats',
        id: '20.587 orang dengan 300 kapal',
        published: 20587,
        measure: 'landed-people',
        source: 'OSB/ACBPS release, 3 Jan 2014 [H]',
      },
      {
        en: '300 boats',
        id: '300 kapal',
        published: 300,
        measure: 'landed-boats',
        source: 'OSB/ACBPS, 3 Jan 2014 [H]',
      },
    ],
    // OSB began 18 Sep 2013; first turnback 19 Dec 2013 (Morrison, 18 Sep 2014) [H].
    context: ['2013', '18', '2013', '19'],
  },
  {
    claims: [
      {
        en: '12 boats',
        id: '12 kapal',
        published: 12,
        measure: 'turned-back-boats',
        source: 'Morrison, 18 Sep 2014 [H]',
      },
      {
        en: '383 people',
        id: '383 orang',
        published: 383,
        measure: 'turned-back-people',
        source: 'Morrison, 18 Sep 2014 [H]',
      },
    ],
    context: ['2013', '2014', '18', '2014'],
  },
  {
    claims: [
      {
        en: 'one boat',
        id: 'satu kapal',
        published: 1,
        measure: 'landed-boats',
        source: 'ABC, OSB log [M–H]',
      },
      {
        en: '157 people',
        id: '157 orang',
        published: 157,
        measure: 'landed-people',
        source: 'ABC, OSB log [M–H]',
      },
      // "the only arrival of the year": on all routes, 2014 holds that single boat.
      {
        en: 'only arrival',
        id: 'satu-satunya kedatangan',
        published: 1,
        measure: 'landed-boats',
        view: Y(2014),
        source: 'Campbell, The Guardian, 28 Jan 2015 [M–H]',
      },
    ],
    context: ['2014'],
  },
];

function loadDemo(): NonNullable<Extract<ReturnType<typeof readBriefingText>, { ok: true }>['briefing']> {
  const result = readBriefingText(BRIEFING_TEXT);
  if (!result.ok) throw new Error(result.error.code);
  return result.briefing;
}

describe('the demo briefing', () => {
  it('validates against data/schema/briefing.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(readJson('data/schema/briefing.schema.json') as object);
    expect(validate(readJson('data/demo/briefing.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads with parseBriefingText and the link parser, with no issue at all', () => {
    const result = readBriefingText(BRIEFING_TEXT);
    expect(result.ok && result.issues).toEqual([]);
    expect(result.ok && result.briefing.steps.length).toBe(FACTS.length);
    expect(FACTS.length).toBeGreaterThanOrEqual(6);
    expect(FACTS.length).toBeLessThanOrEqual(8);
  });

  it('writes every view in the canonical form "Add current view as step" produces', () => {
    for (const step of loadDemo().steps)
      expect(stepViewOf(withDefaults(parseUrlState(step.view).state))).toBe(step.view);
  });

  it('says the data are illustrative, in the title and in the first caption, in both languages', () => {
    const briefing = loadDemo();
    expect(briefing.title.en).toMatch(/illustrative/i);
    expect(briefing.title.id).toMatch(/ilustratif/i);
    expect(briefing.steps[0]?.caption.en).toMatch(/illustrative/i);
    expect(briefing.steps[0]?.caption.id).toMatch(/ilustratif/i);
  });

  it('shows a time window in every step, a nationality, an outcome filter and a selected route', () => {
    const views = loadDemo().steps.map((s) => parseUrlState(s.view).state);
    expect(views.every((v) => v.timeRange)).toBe(true);
    expect(views.some((v) => v.nationalities?.length)).toBe(true);
    expect(views.some((v) => v.outcomes?.includes('turned_back'))).toBe(true);
    expect(views.some((v) => v.selection?.kind === 'route')).toBe(true);
  });

  describe.each(FACTS.map((facts, index) => [index + 1, facts] as const))('step %i', (number, facts) => {
    const step = (): { view: string; caption: { en: string; id: string } } => {
      const found = loadDemo().steps[number - 1];
      if (!found) throw new Error('missing step');
      return found;
    };

    it('states figures that the demo data reproduce in the view they describe', () => {
      const { view, caption } = step();
      for (const claim of facts.claims) {
        expect(caption.en, claim.en).toContain(claim.en);
        expect(caption.id, claim.id).toContain(claim.id);
        expect(measure(claim.view ?? view, claim.measure), `${claim.en} (${claim.source})`).toBe(
          claim.published,
        );
        const en = new Intl.NumberFormat('en').format(claim.published);
        const id = new Intl.NumberFormat('id-ID').format(claim.published);
        if (claim.published > 1) {
          expect(claim.en).toContain(en);
          expect(claim.id).toContain(id);
        }
      }
    });

    it('has no other number than its claims and listed context (years, dates, names, distances)', () => {
      const { caption } = step();
      for (const language of ['en', 'id'] as const) {
        const numbers = caption[language].match(/\d+(?:[.,]\d{3})*/g) ?? [];
        const allowed = [
          ...facts.claims.map((c) =>
            new Intl.NumberFormat(language === 'en' ? 'en' : 'id-ID').format(c.published),
          ),
          ...facts.context.flatMap((c) => c.split('|')),
        ];
        for (const n of numbers) expect(allowed, `${language}: ${n}`).toContain(n);
      }
    });
  });
});
