import { describe, expect, it } from 'vitest';
import { sentenceIndex, sentenceStarts } from '../../../src/core/link/sentences';

function split(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1]).trim());
}

describe('sentence splitter', () => {
  it('splits at sentence ends followed by a capital, a digit or a quote', () => {
    expect(split('France has troops. Germany left! Why? "No," he said. 14 soldiers stayed.')).toEqual([
      'France has troops.',
      'Germany left!',
      'Why?',
      '"No," he said.',
      '14 soldiers stayed.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(split('The U.S. Army and Gen. Soleimani met on Jan. 3 with Donald J. Trump. Then it ended.')).toEqual([
      'The U.S. Army and Gen. Soleimani met on Jan. 3 with Donald J. Trump.',
      'Then it ended.',
    ]);
  });

  it('does not split before a lower-case word, and splits after closing quotes', () => {
    expect(split('It cost 1.5 million. it went on. "We stay." France said.')).toEqual([
      'It cost 1.5 million. it went on.',
      '"We stay."',
      'France said.',
    ]);
  });

  it('finds the sentence of an offset', () => {
    const text = 'One. Two. Three.';
    const starts = sentenceStarts(text);
    expect([0, 4, 5, 9, 10, 15].map((i) => sentenceIndex(starts, i))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
