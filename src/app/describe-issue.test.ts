// Every message case of issue 10 item 7 through the real loader and the real catalogues: located, true,
// in both languages, with file values kept apart for bidi isolation.
import { describe, expect, it } from 'vitest';
import type { FileError, LoadIssue, LoadReport } from '@/data/load-report';
import { parseEventsText, parseEventsValue } from '@/data/parse-events';
import { createFormatters } from '@/i18n/translate';
import { makeCollection, makeEventFeature } from '@/testing/make-event-features';
import {
  countKey,
  describeFileError,
  describeIssue,
  describeNotLoaded,
  describeReason,
  partsToText,
} from './describe-issue';
import { makeRejectedRowsCsv } from './make-rejected-rows-csv';

const en = createFormatters('en');
const id = createFormatters('id');

/** The report of a file of one valid feature and `bad`. */
function reportOf(bad: unknown, metadata?: Record<string, unknown>): LoadReport {
  const outcome = parseEventsValue(makeCollection([makeEventFeature({ id: 'ok' }), bad], metadata), {
    fileName: 't.geojson',
    routes: null,
  });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return outcome.report;
}

function lineOf(issue: LoadIssue<string> | undefined, f = en): string {
  if (issue === undefined) throw new Error('no issue');
  const d = describeIssue(issue, f);
  return `${partsToText(d.where)} ${partsToText(d.message)}`;
}

const fileError = (text: string): FileError => {
  const outcome = parseEventsText(text, { fileName: 'x', routes: null });
  if (outcome.ok) throw new Error('loaded');
  return outcome.error;
};
const fileMessage = (error: FileError, f = en): string => partsToText(describeFileError(error, f));

describe('file-level messages', () => {
  it('locates a syntax error V8 gives no position for', () => {
    expect(fileMessage(fileError('nope'))).toBe(
      'The file is not valid JSON: the first error is at line 1, column 2.',
    );
    expect(fileMessage(fileError('{"type":"FeatureCollection","features":['))).toBe(
      'The file is not valid JSON: it ends before the JSON is complete (line 1, column 41).',
    );
    expect(fileMessage(fileError('{\n "a": 1,\n}'), id)).toBe(
      'Berkas bukan JSON yang sah: kesalahan pertama di baris 3, kolom 1.',
    );
  });

  it('names the nesting limit and where it is passed, in both languages', () => {
    const text = `{"type":"FeatureCollection","features":[${'['.repeat(10_001)}]}`;
    expect(fileMessage(fileError(text))).toBe(
      'The file nests values more than 10,000 levels deep (first at line 1, column 10,039); an events or routes file needs fewer than ten. It was not read further.',
    );
    expect(fileMessage(fileError(text), id)).toBe(
      'Berkas ini menumpuk nilai lebih dari 10.000 tingkat (pertama di baris 1, kolom 10.039); berkas peristiwa atau rute memerlukan kurang dari sepuluh. Berkas tidak dibaca lebih lanjut.',
    );
  });

  it('says that a JSON object without a string type has no type (not "got ")', () => {
    expect(fileMessage(fileError('{"features":[]}'))).toBe(
      'The file is JSON but has no GeoJSON "type" (expected "FeatureCollection").',
    );
  });

  it('names sizes and feature limits in human units', () => {
    expect(fileMessage({ code: 'file-too-large', value: `${262_144_000}/${209_715_200}` })).toBe(
      'The file is 250 MB; Lintas reads files of up to 200 MB.',
    );
    expect(fileMessage({ code: 'file-too-large', value: `${1536}/${1024}` }, id)).toBe(
      'Berkas berukuran 1,5 KB; Lintas membaca berkas hingga 1 KB.',
    );
    expect(fileMessage({ code: 'too-many-features', value: '3000000/2000000' })).toBe(
      'The file has 3,000,000 features; Lintas loads at most 2,000,000 features from one file. Split it into smaller files.',
    );
  });

  it('uses the singular for one feature, in both languages', () => {
    const one = fileError(JSON.stringify(makeCollection([0])));
    expect(fileMessage(one)).toBe('The file’s only feature could not be loaded; see the report.');
    expect(fileMessage(one, id)).toBe('Satu-satunya fitur dalam berkas tidak dapat dimuat; lihat laporan.');
    const two = fileError(JSON.stringify(makeCollection([0, 0])));
    expect(fileMessage(two)).toBe('None of the 2 features could be loaded; see the report.');
    expect(en.t(countKey('header.accepted', 1), { count: 1 })).toBe('1 event loaded');
    expect(en.t(countKey('header.accepted', 2), { count: 2 })).toBe('2 events loaded');
  });
});

describe('feature messages', () => {
  it('numbers features from 1 and labels them', () => {
    const report = reportOf(makeEventFeature({ id: 'ev-2', kind: 'arrival' }));
    expect(lineOf(report.rejected[0])).toBe(
      'Feature 2 (id ev-2), kind: kind must be "departure" or "interception", got "arrival"',
    );
    expect(lineOf(report.rejected[0], id)).toBe(
      'Fitur 2 (id ev-2), kind: jenis harus "departure" atau "interception", didapat "arrival"',
    );
  });

  it('reports every problem of a feature at once', () => {
    const report = reportOf(makeEventFeature({ id: 'b', kind: undefined, date: undefined, site: '' }));
    expect(report.rejected.map((r) => r.code)).toEqual(['kind-missing', 'date-missing', 'site-missing']);
    expect(report.rejectedFeatures).toBe(1);
  });

  it('says "missing" for an absent value', () => {
    const report = reportOf({ ...makeEventFeature({ id: 'g' }), geometry: undefined });
    expect(lineOf(report.rejected[0])).toBe('Feature 2 (id g), geometry: has no geometry (found missing)');
    expect(lineOf(report.rejected[0], id)).toBe(
      'Fitur 2 (id g), geometry: tidak memiliki geometri (didapat tidak ada)',
    );
  });

  it('shows 1e400 as Infinity, not as null', () => {
    const text = JSON.stringify(makeCollection([makeEventFeature({ id: 'ok' }), '@BAD@'])).replace(
      '"@BAD@"',
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[1e400,0]},"properties":{"id":"inf","kind":"departure","date":"2012-01","people":1e400,"route":"r","site":"S"}}',
    );
    const outcome = parseEventsText(text, { fileName: 'x', routes: null });
    const lines = outcome.report?.rejected.map((r) => lineOf(r)) ?? [];
    expect(lines).toEqual([
      'Feature 2 (id inf), geometry.coordinates: a coordinate is too large to be a number (it reads as Infinity): [Infinity,0]',
      'Feature 2 (id inf), people: people is too large to be a number (it reads as Infinity)',
    ]);
  });

  it('says years 0000–0099 are outside the supported years, not that the date does not exist', () => {
    const report = reportOf(makeEventFeature({ id: 'y', date: '0099-03-01' }));
    expect(lineOf(report.rejected[0])).toBe(
      'Feature 2 (id y), date: date "0099-03-01" is outside the supported years 1950–2100',
    );
  });

  it('names the limit of 50 nationalities', () => {
    const report = reportOf(makeEventFeature({ id: 'n', nationalities: Array<string>(51).fill('AFG') }));
    expect(lineOf(report.rejected[0])).toBe(
      'Feature 2 (id n), nationalities: nationalities lists 51 entries; at most 50',
    );
  });

  it('says a lone surrogate is a broken character, not a length problem', () => {
    const report = reportOf(makeEventFeature({ id: 'ab\ud800' }));
    expect(partsToText(describeIssue(report.rejected[0]!, en).message)).toBe(
      'id has a broken character (a lone UTF-16 surrogate) at character 3; save the file as UTF-8 again',
    );
  });

  it('names count and length limits in human units', () => {
    const deaths = reportOf(makeEventFeature({ id: 'd', deaths: 70_000 }));
    expect(partsToText(describeIssue(deaths.rejected[0]!, en).message)).toBe(
      'deaths 70,000 is more than Lintas stores in this field (at most 65,534)',
    );
    const longId = reportOf(makeEventFeature({ id: 'x'.repeat(300) }));
    expect(partsToText(describeIssue(longId.rejected[0]!, en).message)).toBe(
      'id is 300 characters long; at most 256',
    );
    const site = reportOf(makeEventFeature({ id: 's', site: 's'.repeat(1200) }));
    expect(partsToText(describeIssue(site.rejected[0]!, id).message)).toBe(
      'site sepanjang 1.200 karakter; paling banyak 1.000',
    );
  });

  it('hints to move a Feature-level id into properties', () => {
    const report = reportOf({ ...makeEventFeature({ id: undefined }), id: 'ev-77' });
    expect(lineOf(report.warnings[0])).toBe(
      'Feature 2 (id row-2), id: the id "ev-77" is on the Feature, not in its "properties": move it into "properties" to keep it (given a row number id for now)',
    );
  });

  it('refuses extra position values that are not numbers', () => {
    for (const extra of ['f', null]) {
      const report = reportOf({
        ...makeEventFeature({ id: 'p' }),
        geometry: { type: 'Point', coordinates: [105, -10, extra] },
      });
      expect(report.rejected.map((r) => r.code)).toEqual(['position-extra-invalid']);
    }
  });

  it('keeps values from the file apart, so a right-to-left override stays inside its <bdi>', () => {
    const report = reportOf(makeEventFeature({ id: 'ev-77\u202e', date: '2012-02-30' }));
    const d = describeIssue(report.rejected[0]!, en);
    expect(d.where).toContainEqual({ fromFile: 'ev-77\u202e' });
    expect(d.message).toContainEqual({ fromFile: '"2012-02-30"' });
    // Our own words never carry a file value.
    for (const part of [...d.where, ...d.message])
      if (typeof part === 'string') expect(part).not.toContain('\u202e');
  });

  it('describes a reason without its values for group headings', () => {
    expect(describeReason('count-too-large', 'boats', en)).toBe(
      'boats … is more than Lintas stores in this field (at most 65,534)',
    );
  });
});

describe('what did not load', () => {
  it('states the records and their dead and missing beside the figures', () => {
    expect(describeNotLoaded({ features: 24, people: 0, deaths: 706, boats: 0 }, en)).toBe(
      '24 records not loaded: 706 dead and missing',
    );
    expect(describeNotLoaded({ features: 1, people: 1, deaths: 0, boats: 1 }, en)).toBe(
      '1 record not loaded: 1 person on board, 1 boat',
    );
    expect(describeNotLoaded({ features: 3, people: 1200, deaths: 5, boats: 2 }, id)).toBe(
      '3 catatan tidak dimuat: 5 meninggal dan hilang, 1.200 orang di kapal, 2 kapal',
    );
    expect(describeNotLoaded({ features: 0, people: 0, deaths: 0, boats: 0 }, en)).toBeNull();
  });
});

describe('rejected rows CSV', () => {
  it('lists each rejected feature from 1 with its problems and its values as given, formula-guarded', () => {
    const report = reportOf(
      makeEventFeature({ id: 'bad', kind: 'arrival', site: '=HYPERLINK("x")', date: '2013-02-30' }),
    );
    const lines = makeRejectedRowsCsv(report, en).split('\r\n');
    expect(lines[0]?.startsWith('feature,id,problems,coordinates,kind,date')).toBe(true);
    expect(lines[1]).toContain('2,bad,');
    expect(lines[1]).toContain('kind: kind must be ""departure"" or ""interception"", got ""arrival""');
    expect(lines[1]).toContain('date: date ""2013-02-30"" does not exist in the calendar');
    expect(lines[1]).toContain('"\'=HYPERLINK(""x"")"');
    expect(lines).toHaveLength(3);
  });
});
