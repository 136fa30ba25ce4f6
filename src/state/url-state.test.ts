import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIsoDay, type EpochDay } from '@/domain/epoch-day';
import { loadTestTable, makeEventFeature } from '@/testing/make-event-features';
import { useAppStore } from './store';
import { encodeUrlState, findUnknownIds, parseUrlState, selectUrlState, urlStateToStore } from './url-state';
import { DEFAULT_URL_STATE, URL_FIELDS, URL_PARAMS, type UrlState } from './url-params';
import { URL_FORMAT_VERSION, type RawParams, type UrlMigration } from './url-migrations';
import { getUrlNotices, startUrlSync, URL_WRITE_DEBOUNCE_MS, type UrlHost } from './url-sync';

const day = (iso: string): EpochDay => parseIsoDay(iso);
const state = (overrides: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...overrides });

describe('URL_PARAMS', () => {
  it('has one short, unique key per serialized field, listed once in link order', () => {
    expect([...URL_FIELDS].sort()).toEqual(Object.keys(URL_PARAMS).sort());
    const keys = URL_FIELDS.map((f) => URL_PARAMS[f].key);
    expect(new Set([...keys, 'v']).size).toBe(keys.length + 1);
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,4}$/);
    for (const f of URL_FIELDS) expect(URL_PARAMS[f].doc.length).toBeGreaterThan(10);
  });

  it('is documented in docs/url-parameters.md, whose example link parses cleanly', () => {
    const doc = readFileSync('docs/url-parameters.md', 'utf8');
    for (const key of ['v', ...URL_FIELDS.map((f) => URL_PARAMS[f].key)])
      expect(doc).toContain(`| \`${key}\` |`);
    const example = /^\?v=1&\S+$/m.exec(doc)?.[0] ?? '';
    const parsed = parseUrlState(example);
    expect(parsed.notices).toEqual([]);
    expect(encodeUrlState(state(parsed.state))).toBe(example.slice(1));
  });

  it('defaults are the store’s initial values', () => {
    expect(selectUrlState(useAppStore.getInitialState())).toEqual(DEFAULT_URL_STATE);
  });
});

describe('encodeUrlState / parseUrlState', () => {
  // One non-default value per field, and its exact text in a link.
  const examples: [Partial<UrlState>, string][] = [
    [{ timeRange: { startDay: day('2012-01-01'), endDay: day('2013-01-01') } }, 't=2012-01-01..2012-12-31'],
    [{ granularity: 'quarter' }, 'g=quarter'],
    [{ compareSwipe: true }, 'csw=1'],
    [{ compareSwipeAtPct: 40 }, 'csx=40'],
    [{ kinds: ['interception'] }, 'k=interception'],
    [{ outcomes: ['turned_back', 'landed'] }, 'o=landed,turned_back'],
    [{ routes: ['java-christmas', 'timor-sea-darwin'] }, 'r=java-christmas,timor-sea-darwin'],
    [{ nationalities: ['IRN', 'AFG'] }, 'n=AFG,IRN'],
    [{ sites: ['Christmas Island'] }, 's=Christmas%20Island'],
    [{ sites: ['Kupang, West Timor', 'Ashmore Reef'] }, 's=Ashmore%20Reef,Kupang%5C,%20West%20Timor'],
    [{ selection: { kind: 'route', id: 'java-christmas' } }, 'sel=r:java-christmas'],
    [{ selection: { kind: 'site', id: 'Papela (Rote)' } }, 'sel=s:Papela%20%28Rote%29'],
    [{ camera: { lon: 112.5, lat: -9.25, zoom: 4.5 } }, 'm=112.5,-9.25,4.5'],
    [{ language: 'id' }, 'lang=id'],
    [{ measure: 'boats' }, 'ms=boats'],
    [{ chartSplit: 'nationality' }, 'sp=nationality'],
    [{ sideTab: 'filters' }, 'tab=filters'],
    [{ showEventPoints: true }, 'pts=1'],
    [{ motion: false }, 'mo=0'],
    [{ windowMode: 'cumulative' }, 'wm=cumulative'],
    [{ speed: 0.5 }, 'spd=0.5'],
    [{ loop: true }, 'loop=1'],
    [{ sideTab: 'analysis' }, 'tab=analysis'],
    [{ compareA: { startDay: day('2012-01-01'), endDay: day('2013-01-01') } }, 'ca=2012-01-01..2012-12-31'],
    [{ compareB: { startDay: day('2013-03-15'), endDay: day('2013-03-16') } }, 'cb=2013-03-15..2013-03-15'],
  ];

  it.each(examples)('round-trips %j as %s', (overrides, text) => {
    const query = encodeUrlState(state(overrides));
    expect(query).toBe(`v=${URL_FORMAT_VERSION}&${text}`);
    const parsed = parseUrlState(`?${query}`);
    expect(parsed.notices).toEqual([]);
    expect(state(parsed.state)).toEqual(
      state({
        ...overrides,
        ...(overrides.outcomes && { outcomes: [...overrides.outcomes].sort() }),
        ...(overrides.nationalities && { nationalities: [...overrides.nationalities].sort() }),
        ...(overrides.sites && { sites: [...overrides.sites].sort() }),
      }),
    );
  });

  it('omits defaults: the default view is the empty string, and parses back to nothing', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: {}, notices: [] });
    expect(parseUrlState('?')).toEqual({ state: {}, notices: [] });
    // A value equal to its default is omitted even when the object differs.
    expect(encodeUrlState(state({ kinds: [], camera: null, speed: 1 }))).toBe('');
  });

  it('writes the version first and the other keys in one stable order', () => {
    const all = state({
      compareB: { startDay: day('2013-01-01'), endDay: day('2014-01-01') },
      compareA: { startDay: day('2012-01-01'), endDay: day('2013-01-01') },
      loop: true,
      speed: 2,
      windowMode: 'cumulative',
      motion: false,
      showEventPoints: true,
      sideTab: 'map',
      chartSplit: 'outcome',
      measure: 'boats',
      language: 'id',
      camera: { lon: 110, lat: -8, zoom: 3 },
      selection: { kind: 'site', id: 'Batam' },
      sites: ['Batam'],
      nationalities: ['AFG'],
      routes: ['r-java'],
      outcomes: ['landed'],
      kinds: ['departure'],
      granularity: 'year',
      timeRange: { startDay: day('2010-03-01'), endDay: day('2010-04-01') },
    });
    const keys = encodeUrlState(all)
      .split('&')
      .map((pair) => pair.split('=')[0]);
    expect(keys).toEqual([
      'v',
      't',
      'g',
      'k',
      'o',
      'r',
      'n',
      's',
      'sel',
      'm',
      'lang',
      'ms',
      'sp',
      'tab',
      'pts',
      'mo',
      'wm',
      'spd',
      'loop',
      'ca',
      'cb',
    ]);
    expect(state(parseUrlState(encodeUrlState(all)).state)).toEqual(all);
  });

  it('reads and writes every measure; links written before deaths and records were measures still parse', () => {
    for (const measure of ['people', 'boats', 'deaths', 'events'] as const) {
      const encoded = encodeUrlState(state({ measure }));
      expect(encoded).toBe(measure === 'people' ? '' : `v=1&ms=${measure}`);
      expect(parseUrlState(encoded)).toEqual({ state: measure === 'people' ? {} : { measure }, notices: [] });
    }
    expect(parseUrlState('v=1&ms=boats&g=year')).toEqual({
      state: { measure: 'boats', granularity: 'year' },
      notices: [],
    });
  });

  it('converts the inclusive last day of a link to the store’s half-open end, exactly in UTC', () => {
    expect(parseUrlState('t=2013-01-01..2013-12-31').state.timeRange).toEqual({
      startDay: day('2013-01-01'),
      endDay: day('2014-01-01'),
    });
    expect(parseUrlState('t=2012-02-29..2012-02-29').state.timeRange).toEqual({
      startDay: day('2012-02-29'),
      endDay: day('2012-03-01'),
    });
    expect(
      encodeUrlState(state({ timeRange: { startDay: day('2012-07-01'), endDay: day('2012-10-01') } })),
    ).toBe('v=1&t=2012-07-01..2012-09-30');
    // The year's day numbers themselves: 2013-01-01 is day 15706 since 1970-01-01.
    expect(day('2013-01-01')).toBe(15706);
  });

  it('rounds the camera (lon/lat 3 decimals, zoom 2) and wraps the longitude', () => {
    expect(encodeUrlState(state({ camera: { lon: 112.123456, lat: -9.87654, zoom: 4.56789 } }))).toBe(
      'v=1&m=112.123,-9.877,4.57',
    );
    expect(encodeUrlState(state({ camera: { lon: 470.5, lat: 0, zoom: 2 } }))).toBe('v=1&m=110.5,0,2');
    expect(encodeUrlState(state({ camera: { lon: Number.NaN, lat: 0, zoom: 2 } }))).toBe('');
    expect(parseUrlState('m=112.1234567,-9.87654,4.56789').state.camera).toEqual({
      lon: 112.123,
      lat: -9.877,
      zoom: 4.57,
    });
    expect(parseUrlState('m=-0.0001,0,0').state.camera).toEqual({ lon: 0, lat: 0, zoom: 0 });
    expect(Object.is(parseUrlState('m=-0.0001,0,0').state.camera?.lon, 0)).toBe(true);
  });

  it('reads site names with commas, whether or not the commas were percent-encoded', () => {
    const names = ['Cidaun / Jayanti beach (Cianjur)', 'Kupang, West Timor', 'a\\b'];
    const query = encodeUrlState(state({ sites: names }));
    expect(parseUrlState(query).state.sites).toEqual([...names].sort());
    expect(parseUrlState(query.replaceAll(',', '%2C')).state.sites).toEqual([...names].sort());
    expect(parseUrlState('s=Kupang\\,+West+Timor').state.sites).toEqual(['Kupang, West Timor']);
  });

  it('de-duplicates and sorts list values, so one view has one link', () => {
    const a = encodeUrlState(state({ routes: ['b', 'a', 'b'] }));
    const b = encodeUrlState(state({ routes: ['a', 'b'] }));
    expect(a).toBe(b);
    expect(parseUrlState('r=b,a,b').state.routes).toEqual(['a', 'b']);
  });
});

describe('malformed links', () => {
  const cases: [query: string, key: string, value: string, reason: string][] = [
    ['t=garbage', 't', 'garbage', 'bad-format'],
    ['t=2012-01-01', 't', '2012-01-01', 'bad-format'],
    ['t=2013-02-30..2013-03-01', 't', '2013-02-30..2013-03-01', 'bad-date'],
    ['t=0099-01-01..0099-12-31', 't', '0099-01-01..0099-12-31', 'bad-date'],
    ['t=2013-12-31..2013-01-01', 't', '2013-12-31..2013-01-01', 'reversed-range'],
    ['ca=2013-12-31..2013-01-01', 'ca', '2013-12-31..2013-01-01', 'reversed-range'],
    ['cb=2013-02-30..2013-03-01', 'cb', '2013-02-30..2013-03-01', 'bad-date'],
    ['g=week', 'g', 'week', 'unknown-value'],
    ['k=departure,arrival', 'k', 'departure,arrival', 'unknown-value'],
    ['o=landed,,rescued', 'o', 'landed,,rescued', 'bad-list'],
    ['s=Batam\\', 's', 'Batam\\', 'bad-list'],
    ['s=a\\b', 's', 'a\\b', 'bad-list'],
    ['s=%20Batam', 's', ' Batam', 'bad-id'],
    [`s=${'x'.repeat(201)}`, 's', 'x'.repeat(201), 'too-long'],
    [`r=${Array.from({ length: 501 }, (_, i) => `r${i}`).join(',')}`, 'r', '', 'too-long'],
    ['n=afg', 'n', 'afg', 'bad-id'],
    ['n=AFGH', 'n', 'AFGH', 'bad-id'],
    ['sel=x:1', 'sel', 'x:1', 'bad-format'],
    ['sel=r:', 'sel', 'r:', 'empty'],
    ['m=1,2', 'm', '1,2', 'bad-format'],
    ['m=1,2,3,4', 'm', '1,2,3,4', 'bad-format'],
    ['m=east,2,3', 'm', 'east,2,3', 'bad-number'],
    ['m=1e2,2,3', 'm', '1e2,2,3', 'bad-number'],
    ['m=181,0,3', 'm', '181,0,3', 'out-of-range'],
    ['m=0,89,3', 'm', '0,89,3', 'out-of-range'],
    ['m=0,0,25', 'm', '0,0,25', 'out-of-range'],
    ['m=Infinity,0,1', 'm', 'Infinity,0,1', 'bad-number'],
    ['lang=fr', 'lang', 'fr', 'unknown-value'],
    ['ms=dead', 'ms', 'dead', 'unknown-value'],
    ['sp=kind', 'sp', 'kind', 'unknown-value'],
    ['tab=settings', 'tab', 'settings', 'unknown-value'],
    ['pts=yes', 'pts', 'yes', 'unknown-value'],
    ['mo=true', 'mo', 'true', 'unknown-value'],
    ['wm=sliding', 'wm', 'sliding', 'unknown-value'],
    ['spd=3', 'spd', '3', 'unknown-value'],
    ['spd=1.0', 'spd', '1.0', 'unknown-value'],
    ['loop=', 'loop', '', 'empty'],
    ['csx=4', 'csx', '4', 'out-of-range'],
    ['csx=96', 'csx', '96', 'out-of-range'],
    ['csx=40.5', 'csx', '40.5', 'bad-number'],
    ['csw=on', 'csw', 'on', 'unknown-value'],
    ['lang=id&lang=en', 'lang', 'id, en', 'repeated'],
    ['zz=1', 'zz', '1', 'unknown-key'],
    ['T=2012-01-01..2012-12-31', 'T', '2012-01-01..2012-12-31', 'unknown-key'],
  ];

  it.each(cases)('%s → notice (%s, %s)', (query, key, value, reason) => {
    const parsed = parseUrlState(query);
    expect(parsed.state).toEqual({});
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toMatchObject({ key, reason });
    if (value !== '') expect(parsed.notices[0]?.value).toBe(value);
  });

  it('keeps the valid parameters of a link that also has bad ones, noticing each bad one in order', () => {
    const parsed = parseUrlState('?zz=1&t=garbage&lang=id&g=year&m=1,2');
    expect(parsed.state).toEqual({ language: 'id', granularity: 'year' });
    expect(parsed.notices.map((n) => [n.key, n.reason])).toEqual([
      ['zz', 'unknown-key'],
      ['t', 'bad-format'],
      ['m', 'bad-format'],
    ]);
  });

  it('survives broken percent-encoding and odd separators', () => {
    for (const search of ['%', '%E0%A4%A', 'lang=%FF', '&&&=&=', '?=x', 'a=b=c', '#lang=id', 's=%ED%A0%80']) {
      expect(() => parseUrlState(search)).not.toThrow();
    }
    expect(parseUrlState('?&&lang=id&&').state).toEqual({ language: 'id' });
  });

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const parsed = parseUrlState(
      '__proto__=1&__proto__[polluted]=yes&constructor=2&constructor[prototype][polluted]=yes&prototype=3&lang=id',
    );
    expect(parsed.state).toEqual({ language: 'id' });
    expect(Object.getPrototypeOf(parsed.state)).toBe(Object.prototype);
    expect(Object.keys(parsed.state)).toEqual(['language']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(parsed.notices.map((n) => n.key)).toEqual([
      '__proto__',
      '__proto__[polluted]',
      'constructor',
      'constructor[prototype][polluted]',
      'prototype',
    ]);
    // Names that look like prototype members are plain data when they are values.
    expect(parseUrlState('s=__proto__,constructor').state.sites).toEqual(['__proto__', 'constructor']);
    expect(parseUrlState('sel=s:__proto__').state.selection).toEqual({ kind: 'site', id: '__proto__' });
  });
});

describe('versions and migrations', () => {
  it('reads a link without `v` as the current version', () => {
    expect(parseUrlState('lang=id')).toEqual({ state: { language: 'id' }, notices: [] });
  });

  it('reads what it understands of a newer link, and says so', () => {
    const parsed = parseUrlState('v=2&lang=id&future=1');
    expect(parsed.state).toEqual({ language: 'id' });
    expect(parsed.notices).toEqual([
      { key: 'v', value: '2', reason: 'newer-version' },
      { key: 'future', value: '1', reason: 'unknown-key' },
    ]);
  });

  it('notices a malformed or repeated version and reads the link as current', () => {
    expect(parseUrlState('v=one&g=year').notices).toEqual([
      { key: 'v', value: 'one', reason: 'bad-version' },
    ]);
    expect(parseUrlState('v=1&v=1&g=year')).toEqual({
      state: { granularity: 'year' },
      notices: [{ key: 'v', value: '1, 1', reason: 'repeated' }],
    });
    // Version 0 never existed: no migration step reads it.
    expect(parseUrlState('v=0&g=year')).toEqual({
      state: { granularity: 'year' },
      notices: [{ key: 'v', value: '0', reason: 'unsupported-version' }],
    });
  });

  // A pretend history: version 0 wrote the window as `start` and `end` (inclusive) and the language as
  // `language`; version 1 is today's format.
  const v0ToV1: UrlMigration = {
    from: 0,
    migrate: (params: RawParams): RawParams => {
      const next = new Map(params);
      const start = params.get('start')?.[0];
      const end = params.get('end')?.[0];
      next.delete('start');
      next.delete('end');
      if (start !== undefined && end !== undefined) next.set('t', [`${start}..${end}`]);
      const language = params.get('language');
      next.delete('language');
      if (language) next.set('lang', language);
      return next;
    },
  };

  it('upgrades old links through the ordered migration steps', () => {
    const parsed = parseUrlState('v=0&start=2012-01-01&end=2012-12-31&language=id&g=year', {
      version: 1,
      migrations: [v0ToV1],
    });
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({
      timeRange: { startDay: day('2012-01-01'), endDay: day('2013-01-01') },
      language: 'id',
      granularity: 'year',
    });
    // Steps chain: a version 2 that renamed `g` to `step` still reads version 0 links.
    const v1ToV2: UrlMigration = {
      from: 1,
      migrate: (params) => {
        const next = new Map(params);
        const g = params.get('g');
        next.delete('g');
        if (g) next.set('step', g);
        return next;
      },
    };
    const chained = parseUrlState('v=0&start=2012-01-01&end=2012-12-31&g=year', {
      version: 2,
      migrations: [v0ToV1, v1ToV2],
    });
    expect(chained.state.timeRange).toEqual({ startDay: day('2012-01-01'), endDay: day('2013-01-01') });
    // (`step` is unknown to today's table, so the pretend v2 key is noticed: the steps ran in order.)
    expect(chained.notices).toEqual([{ key: 'step', value: 'year', reason: 'unknown-key' }]);
    // Without the step for version 0 the old keys are unknown, and the version is noticed.
    expect(
      parseUrlState('v=0&start=2012-01-01', { version: 1, migrations: [] }).notices.map((n) => n.reason),
    ).toEqual(['unsupported-version', 'unknown-key']);
  });
});

describe('dataset references', () => {
  const table = loadTestTable([
    makeEventFeature({ route: 'r-java', site: 'Christmas Island' }),
    makeEventFeature({ route: 'r-rote', site: 'Ashmore Reef' }),
  ]);

  it('are validated by shape only, and unknown ones are reported after the data load', () => {
    const url = state({
      routes: ['r-java', 'r-nowhere'],
      sites: ['Ashmore Reef', 'Atlantis'],
      nationalities: ['AFG', 'ZZZ'],
      selection: { kind: 'site', id: 'El Dorado' },
    });
    const parsed = parseUrlState(encodeUrlState(url));
    expect(parsed.notices).toEqual([]);
    expect(findUnknownIds(state(parsed.state), table)).toEqual([
      { key: 'r', value: 'r-nowhere', reason: 'unknown-id' },
      { key: 'n', value: 'ZZZ', reason: 'unknown-id' },
      { key: 's', value: 'Atlantis', reason: 'unknown-id' },
      { key: 'sel', value: 's:El Dorado', reason: 'unknown-id' },
    ]);
    expect(
      findUnknownIds(state({ routes: ['r-rote'], selection: { kind: 'route', id: 'r-java' } }), table),
    ).toEqual([]);
  });
});

describe('urlStateToStore', () => {
  it('copies every value into new objects', () => {
    const url = state({
      timeRange: { startDay: day('2012-01-01'), endDay: day('2013-01-01') },
      routes: ['r-java'],
      selection: { kind: 'route', id: 'r-java' },
      camera: { lon: 1, lat: 2, zoom: 3 },
    });
    const patch = urlStateToStore(url);
    expect(selectUrlState(patch)).toEqual(url);
    expect(patch.filters.timeRange).not.toBe(url.timeRange);
    expect(patch.filters.routes).not.toBe(url.routes);
    expect(patch.selection).not.toBe(url.selection);
    expect(patch.camera).not.toBe(url.camera);
  });
});

/** A fake window: location, a history stack, and popstate listeners. */
function fakeHost(initialSearch: string): UrlHost & {
  entries: string[];
  index: number;
  pushes: number;
  replaces: number;
  go: (delta: number) => void;
} {
  const listeners = { popstate: new Set<() => void>(), pagehide: new Set<() => void>() };
  const host = {
    entries: [`/app/${initialSearch}`],
    index: 0,
    pushes: 0,
    replaces: 0,
    location: {
      pathname: '/app/',
      hash: '',
      get search(): string {
        const url = host.entries[host.index] ?? '';
        const q = url.indexOf('?');
        return q < 0 ? '' : url.slice(q);
      },
    },
    history: {
      state: null,
      pushState(_data: unknown, _unused: string, url: string): void {
        host.entries = [...host.entries.slice(0, host.index + 1), url];
        host.index++;
        host.pushes++;
      },
      replaceState(_data: unknown, _unused: string, url: string): void {
        host.entries[host.index] = url;
        host.replaces++;
      },
    },
    addEventListener(type: 'popstate' | 'pagehide', listener: () => void): void {
      listeners[type].add(listener);
    },
    removeEventListener(type: 'popstate' | 'pagehide', listener: () => void): void {
      listeners[type].delete(listener);
    },
    go(delta: number): void {
      host.index += delta;
      for (const listener of listeners.popstate) listener();
    },
  };
  return host;
}

describe('startUrlSync', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState(useAppStore.getInitialState(), true);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('applies the link once at start, without writing the address', () => {
    const host = fakeHost('?t=2012-01-01..2012-12-31&lang=id&zz=1');
    stop = startUrlSync({ host });
    const s = useAppStore.getState();
    expect(s.language).toBe('id');
    expect(s.filters.timeRange).toEqual({ startDay: day('2012-01-01'), endDay: day('2013-01-01') });
    expect(getUrlNotices()).toEqual([{ key: 'zz', value: '1', reason: 'unknown-key' }]);
    vi.advanceTimersByTime(1000);
    expect(host.pushes + host.replaces).toBe(0);
  });

  it('pushes one entry per burst of discrete changes, after the debounce', () => {
    const host = fakeHost('');
    stop = startUrlSync({ host });
    const s = useAppStore.getState();
    s.setLanguage('id');
    s.setGranularity('year');
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS - 1);
    expect(host.pushes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(host.pushes).toBe(1);
    expect(host.location.search).toBe('?v=1&g=year&lang=id');
    // A long drag: many time-window changes over three seconds, one entry.
    for (let m = 0; m < 10; m++) {
      s.setTimeRange({ startDay: day('2012-01-01'), endDay: (day('2012-02-01') + m) as EpochDay });
      vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS - 1);
    }
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(host.pushes).toBe(2);
    expect(host.location.search).toBe('?v=1&t=2012-01-01..2012-02-09&g=year&lang=id');
    // A change and its undo within the debounce write nothing.
    s.setMeasure('boats');
    s.setMeasure('people');
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(host.pushes).toBe(2);
    expect(host.replaces).toBe(0);
  });

  it('replaces the entry for camera moves and for playback steps', () => {
    const host = fakeHost('');
    stop = startUrlSync({ host });
    const s = useAppStore.getState();
    s.setCamera({ lon: 110, lat: -8, zoom: 4 });
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect([host.pushes, host.replaces]).toEqual([0, 1]);
    expect(host.location.search).toBe('?v=1&m=110,-8,4');
    s.setPlaying(true);
    for (let m = 1; m <= 12; m++) {
      s.setTimeRange({ startDay: (day('2012-01-01') + m) as EpochDay, endDay: day('2013-01-01') });
      vi.advanceTimersByTime(120); // faster than the debounce: the max wait still writes during playback
    }
    expect(host.pushes).toBe(0);
    expect(host.replaces).toBeGreaterThanOrEqual(2);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(host.location.search).toBe('?v=1&t=2012-01-13..2012-12-31&m=110,-8,4');
    expect(host.entries).toHaveLength(1);
  });

  it('restores the state of the entry on back and forward, without pushing again', () => {
    const host = fakeHost('');
    stop = startUrlSync({ host });
    useAppStore.getState().setLanguage('id');
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    useAppStore.getState().setSideTab('filters');
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(host.entries).toEqual(['/app/', '/app/?v=1&lang=id', '/app/?v=1&lang=id&tab=filters']);
    useAppStore.getState().setPlaying(true);
    host.go(-2);
    expect(useAppStore.getState().language).toBe('en');
    expect(useAppStore.getState().sideTab).toBe('overview');
    expect(useAppStore.getState().playing).toBe(false);
    host.go(+1);
    expect(useAppStore.getState().language).toBe('id');
    expect(useAppStore.getState().sideTab).toBe('overview');
    vi.advanceTimersByTime(1000);
    expect(host.pushes).toBe(2);
    expect(host.entries).toHaveLength(3);
    // An entry that shows the same view (a hash change) leaves the store, and playback, alone.
    useAppStore.getState().setPlaying(true);
    host.go(0);
    expect(useAppStore.getState().playing).toBe(true);
  });

  it('notices link values that the loaded data do not have', () => {
    const host = fakeHost('?r=r-java,r-nowhere&lang=id');
    stop = startUrlSync({ host });
    expect(getUrlNotices()).toEqual([]);
    useAppStore.setState({ table: loadTestTable([makeEventFeature()]) });
    expect(getUrlNotices()).toEqual([{ key: 'r', value: 'r-nowhere', reason: 'unknown-id' }]);
    // Loading another file later does not repeat the check.
    useAppStore.setState({ table: loadTestTable([makeEventFeature()]) });
    expect(getUrlNotices()).toHaveLength(1);
  });

  it('stops writing once stopped', () => {
    const host = fakeHost('');
    stop();
    stop = startUrlSync({ host });
    stop();
    useAppStore.getState().setLanguage('id');
    vi.advanceTimersByTime(1000);
    expect(host.pushes).toBe(0);
    host.go(0);
    expect(useAppStore.getState().language).toBe('id');
  });
});
