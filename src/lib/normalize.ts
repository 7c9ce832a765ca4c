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

const isAsciiSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
/** Code units per String.fromCharCode call (well under any engine's argument limit). */
const CHUNK = 8192;

function grown<T extends Uint16Array | Int32Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (n: number) => T)(size);
  copy.set(array);
  return copy;
}

export function normalizeWithMap(input: string): Normalized {
  // Output code units and their origins; folding may lengthen the text ("한" → three jamo), so they can grow.
  let units = new Uint16Array(input.length + 1);
  let map = new Int32Array(input.length + 1);
  let n = 0;
  let lastWasSpace = false;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    // ASCII (most of any page) folds here without strings or regular expressions: same result as the general path.
    if (code < 0x80) {
      if (!isAsciiSpace(code) || !lastWasSpace) {
        lastWasSpace = isAsciiSpace(code);
        units[n] = lastWasSpace ? 0x20 : code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
        map[n++] = i;
      }
      i++;
      continue;
    }
    const width = input.codePointAt(i)! > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    const space = SPACE.test(ch);
    const folded = space ? (lastWasSpace ? '' : ' ') : foldChar(ch);
    if (n + folded.length + (input.length - i - width) >= map.length) {
      units = grown(units, 2 * map.length + folded.length);
      map = grown(map, 2 * map.length + folded.length);
    }
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      map[n++] = i;
    }
    if (space) lastWasSpace = true;
    else if (folded.length > 0) lastWasSpace = false;
    i += width;
  }
  map[n] = input.length;
  let text = '';
  for (let k = 0; k < n; k += CHUNK) {
    text += Reflect.apply(String.fromCharCode, null, units.subarray(k, Math.min(n, k + CHUNK))) as string;
  }
  return { text, map: map.subarray(0, n + 1) };
}

export function normalize(input: string): string {
  return normalizeWithMap(input).text.trim();
}

/** The span of `input` that normalised code units [start, end) came from (`end > start`). */
export function originalSpan(
  input: string,
  norm: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  const last = norm.map[end - 1]!;
  return { start: norm.map[start]!, end: last + (input.codePointAt(last)! > 0xffff ? 2 : 1) };
}
