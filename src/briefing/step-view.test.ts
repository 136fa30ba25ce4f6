// A step's view is the current view without viewer settings; its link opens the same view in the
// presenter's language; a briefing survives a download and a load unchanged.
import { describe, expect, it } from 'vitest';
import type { Briefing } from '@/domain/briefing';
import { parseUrlState, withDefaults } from '@/state/url-state';
import { DEFAULT_URL_STATE } from '@/state/url-params';
import { readBriefingText } from './read-briefing';
import { briefingFileName, serializeBriefing } from './serialize-briefing';
import { pageBase, stepLink, stepViewOf } from './step-view';

describe('stepViewOf', () => {
  it('keeps the view and drops language and embed options', () => {
    const state = withDefaults(
      parseUrlState('v=1&t=2012-01-01..2012-12-31&o=landed&sel=r:java-christmas&lang=id&emb=1&efix=1').state,
    );
    expect(stepViewOf(state)).toBe('v=1&t=2012-01-01..2012-12-31&o=landed&sel=r:java-christmas');
    expect(stepViewOf(DEFAULT_URL_STATE)).toBe('');
  });
});

describe('stepLink', () => {
  const base = 'http://127.0.0.1:4173/lintas/';
  it('writes the view in canonical form, in the presenter language', () => {
    expect(stepLink('v=1&t=2012-01-01..2012-12-31', 'en', base)).toBe(`${base}?v=1&t=2012-01-01..2012-12-31`);
    expect(stepLink('v=1&n=LKA&t=2012-01-01..2012-12-31', 'id', base)).toBe(
      `${base}?v=1&t=2012-01-01..2012-12-31&n=LKA&lang=id`,
    );
    expect(stepLink('', 'en', base)).toBe(base);
  });

  it('leaves out parameters the view cannot apply', () => {
    expect(stepLink('v=1&t=2012&zzz=1&o=landed', 'en', base)).toBe(`${base}?v=1&o=landed`);
  });

  it('takes the page address without query and hash', () => {
    expect(pageBase('http://h/x/?v=1&t=a#frag')).toBe('http://h/x/');
    expect(pageBase('file:///C:/lintas/index.html?v=1')).toBe('file:///C:/lintas/index.html');
  });
});

describe('serializeBriefing', () => {
  const briefing: Briefing = {
    title: { en: 'Boats to Australia, 2008–2014!', id: 'Kapal' },
    steps: [
      { view: 'v=1&t=2013-01-01..2013-12-31', caption: { en: '2013: "quotes" & <b>', id: 'Kapal – 2013' } },
      { view: '', caption: { en: '', id: '' } },
    ],
  };

  it('round-trips through the loader unchanged, with no issue', () => {
    const text = serializeBriefing(briefing);
    expect(JSON.parse(text)).toMatchObject({ format: 'lintas-briefing', version: 1 });
    expect(readBriefingText(text)).toEqual({ ok: true, briefing, issues: [] });
  });

  it('names the file after the English title', () => {
    expect(briefingFileName(briefing)).toBe('boats-to-australia-2008-2014.json');
    expect(briefingFileName({ ...briefing, title: { en: '', id: '' } })).toBe('briefing.json');
  });
});
