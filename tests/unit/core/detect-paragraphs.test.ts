import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proseLength } from '../../../src/core/detect/paragraphs';

/** The definition: white space collapsed and trimmed, each Han, kana or Hangul character weighing three. */
function reference(text: string): number {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const cjk = collapsed.match(/[\u1100-\u11FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/g);
  return collapsed.length + (cjk?.length ?? 0) * 2;
}

describe('proseLength', () => {
  it('counts collapsed, trimmed text, CJK characters three times', () => {
    expect(proseLength('  Two  words\n\tand\u00a0more  ')).toBe('Two words and more'.length);
    expect(proseLength('')).toBe(0);
    expect(proseLength(' \u3000\ufeff ')).toBe(0);
    expect(proseLength('東京 Tokyo')).toBe(2 * 3 + 1 + 5);
    expect(proseLength('한국어')).toBe(9);
  });

  it('agrees with its definition on any text', () => {
    const unit = fc.constantFrom(
      'a',
      'Z',
      '1',
      ',',
      ' ',
      '\t',
      '\n',
      '\r',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u180e',
      '東',
      'の',
      '한',
      '\u1100',
      '\u11ff',
      '\u3040',
      '\u30ff',
      '\u3400',
      '\u4dbf',
      '\u4e00',
      '\u9fff',
      '\uac00',
      '\ud7af',
      '\uf900',
      '\ufaff',
      '\ud83d\ude00',
      'é',
    );
    const agrees = (text: string): boolean => proseLength(text) === reference(text);
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), agrees), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), agrees), { numRuns: 2000 });
  });
});
