/**
 * Text normalisation shared by the KB compiler (alias keys) and the matcher (page text), so both sides agree.
 *
 * - case folded (lower-case), diacritics removed ("Qāsem" → "qasem"),
 * - apostrophes unified (’ ‘ ʼ ` ´ → '), hyphens unified (‐ ‑ ‒ → -),
 * - any run of white space (including no-break spaces) becomes one space,
 * - invisible characters inside words are dropped (soft hyphen, zero-width space/joiners, word joiner, BOM).
 *
 * `normalizeWithMap` also returns, for each output code unit, the index of the input code unit it came from,
 * so a match in normalised text maps back to the original text.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/;
const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4\u2032]/;
const HYPHENS = /[\u2010\u2011\u2012]/;
const SPACE = /\s/;
const MARK = /\p{M}/u;

export interface Normalized {
  text: string;
  /** map[i] = index in the input of output code unit i; map[text.length] = input length. */
  map: Int32Array;
}

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  if (INVISIBLE.test(ch)) return '';
  if (APOSTROPHES.test(ch)) return "'";
  if (HYPHENS.test(ch)) return '-';
  let out = '';
  for (const c of ch.normalize('NFD')) {
    if (!MARK.test(c)) out += c;
  }
  out = out.toLowerCase();
  // 'İ'.toLowerCase() is 'i̇' (two code units); drop the combining dot it leaves.
  let clean = '';
  for (const c of out) if (!MARK.test(c)) clean += c;
  return clean;
}

export function normalizeWithMap(input: string): Normalized {
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    if (SPACE.test(ch)) {
      if (!lastWasSpace) {
        out.push(' ');
        map.push(i);
        lastWasSpace = true;
      }
    } else {
      const folded = foldChar(ch);
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        map.push(i);
      }
      if (folded.length > 0) lastWasSpace = false;
    }
    i += width;
  }
  map.push(input.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

export function normalize(input: string): string {
  return normalizeWithMap(input).text.trim();
}
