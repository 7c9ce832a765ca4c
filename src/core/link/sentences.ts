/**
 * Sentence boundaries in a block of article text. A sentence ends at ".", "!" or "?" (with any closing quotes or
 * brackets) followed by a space and a capital letter, a digit or an opening quote — unless the word before the
 * point is an abbreviation ("U.S.", "Gen.", "Jan.") or an initial ("Donald J. Trump").
 */

const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'brig',
  'cmdr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'pres',
  'st',
  'mt',
  'no',
  'nos',
  'vs',
  'e.g',
  'i.e',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'mme',
  'env',
]);

const END = /[.!?]+["'”’»)\]]*\s+(?=["“«‘'(\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /([\p{L}.]+)$/u;

/** Start offsets of the sentences of `text`, in order; the first is 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(END)) {
    if (m[0][0] === '.') {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
      const bare = word.replace(/^\.+/, '').toLowerCase();
      if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Index of the sentence (in `starts`) that offset `i` belongs to. */
export function sentenceIndex(starts: readonly number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
