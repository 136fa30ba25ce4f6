import { describe, expect, it } from 'vitest';
import { claimedCommandType, isAllowedOrigin, parseEmbedCommand } from './embed-messages';

describe('parseEmbedCommand', () => {
  it('reads the documented commands', () => {
    expect(parseEmbedCommand({ type: 'lintas:set-view', view: '?v=1&t=2012-01-01..2012-12-31' })).toEqual({
      type: 'set-view',
      view: 'v=1&t=2012-01-01..2012-12-31',
    });
    expect(parseEmbedCommand({ type: 'lintas:set-time', start: '2012-01-01', end: '2012-12-31' })).toEqual({
      type: 'set-time',
      start: '2012-01-01',
      end: '2012-12-31',
    });
    expect(parseEmbedCommand({ type: 'lintas:set-time', start: null, end: null })).toEqual({
      type: 'set-time',
      start: null,
      end: null,
    });
    expect(parseEmbedCommand({ type: 'lintas:step', action: 'next' })).toEqual({
      type: 'step',
      action: 'next',
      index: 0,
    });
    expect(parseEmbedCommand({ type: 'lintas:step', action: 'goto', index: 3 })).toEqual({
      type: 'step',
      action: 'goto',
      index: 3,
    });
    expect(parseEmbedCommand({ type: 'lintas:get-state' })).toEqual({ type: 'get-state' });
  });

  it.each([
    ['not an object', 'lintas:set-view'],
    ['null', null],
    ['an array', [{ type: 'lintas:get-state' }]],
    ['another app’s message', { type: 'webpackOk' }],
    ['an unknown command', { type: 'lintas:delete-everything' }],
    ['a view that is not text', { type: 'lintas:set-view', view: { t: 1 } }],
    ['a huge view', { type: 'lintas:set-view', view: 'x'.repeat(5000) }],
    ['a day-first date', { type: 'lintas:set-time', start: '01/01/2012', end: '2012-12-31' }],
    ['half a range', { type: 'lintas:set-time', start: '2012-01-01', end: null }],
    ['a fractional step', { type: 'lintas:step', action: 'goto', index: 1.5 }],
    ['a negative step', { type: 'lintas:step', action: 'goto', index: -1 }],
    ['an unknown step action', { type: 'lintas:step', action: 'jump' }],
    ['a type inherited, not own', Object.create({ type: 'lintas:get-state' }) as unknown],
  ])('ignores %s', (_label, data) => {
    expect(parseEmbedCommand(data)).toBeNull();
  });

  it('does not let a __proto__ key change anything', () => {
    const data: unknown = JSON.parse('{"type":"lintas:set-view","view":"v=1","__proto__":{"polluted":true}}');
    expect(parseEmbedCommand(data)).toEqual({ type: 'set-view', view: 'v=1' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('isAllowedOrigin', () => {
  it('accepts any origin without an allow-list, and only listed ones with one', () => {
    expect(isAllowedOrigin('https://evil.example', [])).toBe(true);
    expect(isAllowedOrigin('https://slides.example.org', ['https://slides.example.org'])).toBe(true);
    expect(isAllowedOrigin('https://evil.example', ['https://slides.example.org'])).toBe(false);
  });
});

describe('claimedCommandType', () => {
  it('names messages that claim to be Lintas commands, so malformed ones can be answered', () => {
    expect(claimedCommandType({ type: 'lintas:set-time', start: '31/12/2013' })).toBe('lintas:set-time');
    expect(claimedCommandType({ type: 'lintas:unknown' })).toBe('lintas:unknown');
    expect(claimedCommandType('lintas:set-time')).toBeNull();
    expect(claimedCommandType({ type: 'other:thing' })).toBeNull();
    expect(claimedCommandType({ type: 42 })).toBeNull();
  });
});
