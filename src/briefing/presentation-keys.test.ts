// Keys of a presentation: the keys clickers send move between steps; text fields keep their keys and
// buttons keep Space; modified keys (browser shortcuts) are never taken.
import { describe, expect, it } from 'vitest';
import { presentationAction, type KeyTarget } from './presentation-keys';

const press = (
  key: string,
  target: KeyTarget = 'other',
  mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) =>
  presentationAction(
    { key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods },
    target,
  );

describe('presentationAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['ArrowUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
    ['Enter', null],
    ['Tab', null],
  ])('%j → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it('Shift+Space goes back', () => {
    expect(press(' ', 'other', { shiftKey: true })).toBe('previous');
  });

  it('leaves text fields their keys, except Escape', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', ' ', 'Home', 'End', 'PageDown'])
      expect(press(key, 'text')).toBeNull();
    expect(press('Escape', 'text')).toBe('exit');
  });

  it('leaves Space to a focused button, but arrows still move', () => {
    expect(press(' ', 'control')).toBeNull();
    expect(press('ArrowRight', 'control')).toBe('next');
  });

  it('never takes a key with Ctrl, Alt or Meta', () => {
    expect(press('ArrowRight', 'other', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', 'other', { altKey: true })).toBeNull();
    expect(press('Escape', 'other', { metaKey: true })).toBeNull();
  });
});
