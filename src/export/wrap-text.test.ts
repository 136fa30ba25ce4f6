import { describe, expect, it } from 'vitest';
import { limitLines, wrapText } from './wrap-text';

/** One unit per character, like a monospace font. */
const mono = (s: string): number => s.length;

describe('wrapText', () => {
  it('fills lines greedily by words', () => {
    expect(wrapText('the quick brown fox jumps', 10, mono)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij xy', 4, mono)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('limits lines with an ellipsis', () => {
    expect(limitLines(['one two', 'three four', 'five'], 2)).toEqual(['one two', 'three…']);
    expect(limitLines(['a'], 2)).toEqual(['a']);
  });
});
