/**
 * The matcher's use of the shared normaliser: its ASCII fast path must give exactly what the character-by-character
 * definition gives (the reference below), and `originalSpan` must map normalised spans back to whole characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap, originalSpan } from '../../../src/lib/normalize';

/** The normaliser's definition, one code point at a time. */
function reference(input: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  for (const ch of input) {
    if (/\s/.test(ch)) {
      if (!lastWasSpace) {
        text += ' ';
        map.push(i);
      }
      lastWasSpace = true;
    } else {
      let folded: string;
      if (/[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/.test(ch)) folded = '';
      else if (/[\u2019\u2018\u02BC\u0060\u00B4\u2032]/.test(ch)) folded = "'";
      else if (/[\u2010\u2011\u2012]/.test(ch)) folded = '-';
      else folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\p{M}/gu, '');
      for (let k = 0; k < folded.length; k++) map.push(i);
      text += folded;
      if (folded.length > 0) lastWasSpace = false;
    }
    i += ch.length;
  }
  map.push(input.length);
  return { text, map };
}

const piece = fc.constantFrom(
  'Iraq',
  'IRAQ',
  ' ',
  '\t',
  '\n',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '’',
  '‑',
  'Qāsem',
  'İ',
  'ß',
  'e\u0301',
  '😀',
  '한',
  'Ǆ',
  "'s",
  'a-b',
  '1,000',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 20 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('normalizeWithMap', () => {
  it('equals the character-by-character definition, fast path or not', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { text: out, map } = normalizeWithMap(input);
        expect({ text: out, map: [...map] }).toEqual(reference(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('maps a span back to whole original characters, astral ones included', () => {
    const input = 'x 😀 Qāsem';
    const norm = normalizeWithMap(input);
    const emoji = norm.text.indexOf('😀');
    expect(originalSpan(input, norm, emoji, emoji + 2)).toEqual({ start: 2, end: 4 });
    const name = norm.text.indexOf('qasem');
    expect(input.slice(...Object.values(originalSpan(input, norm, name, name + 5)))).toBe('Qāsem');
  });
});
