/**
 * Bare numbers — a number with no unit after it — that count what a figure before them counts: a part of it ("of whom
 * 160"), more of it ("Eighteen others", "the remaining 18"), a new value or a change of it ("has risen to 50",
 * "increased by 45"), the next item of a list of counts ("Eleven hit Al Asad, one hit Erbil"), or what their own
 * sentence named earlier ("The number of U.S. service members injured … totals 34").
 */
import type { Unit } from '../../kb/schema';
import { phraseLexicon, wordAt, type Token } from './tokens';
import type { RawNumber } from './types';
import { casualtyUnit, unitAt } from './units';

/** Words around a bare number that make it a part of the figure before it. */
const PART_BEFORE = phraseLexicon(
  ['of whom', 'of which', 'among them', 'among whom', 'including', 'dont', 'parmi eux', 'parmi lesquels'].map(
    (p) => [p, true] as const,
  ),
);
const PART_AFTER = phraseLexicon(
  ['of them', 'of those', "d'entre eux", "d'entre elles"].map((p) => [p, true] as const),
);

/** A bare number that counts part of the figure before it in its sentence: "of whom 160". */
export function isPartitive(tokens: readonly Token[], raw: RawNumber): boolean {
  for (let length = 1; length <= 2; length++) {
    const hit = PART_BEFORE.at(tokens, raw.before + 1 - length);
    if (hit?.length === length) return true;
  }
  return false;
}

/** Words after a bare number that make it more of what the paragraph counted: "Eighteen others", "one more". */
const OTHERS = new Set(['others', 'other', 'more', 'autres']);
/** Verbs before "to" that make a bare number a new value of the count before it: "has risen to 50". */
const RISE = new Set(['risen', 'rose', 'rise', 'rising', 'climbed', 'increased', 'grown', 'grew', 'jumped', 'reached']);
/** Verbs before "by" that make a bare number a change of the count before it: "increased by 45". */
const CHANGE = new Set([...RISE, 'up', 'down', 'fell', 'dropped', 'decreased', 'declined', 'grew', 'rose']);
/** Verbs after a number that opens its sentence and counts what the paragraph counted: "Fifteen have returned". */
const CLAUSE_VERBS = new Set([
  'were',
  'was',
  'have',
  'had',
  'are',
  'remain',
  'remained',
  'returned',
  'suffered',
  'hit',
  'struck',
  'landed',
  'failed',
  'fell',
  'sont',
  'ont',
]);

/** Words after a bare number that leave it counting what its sentence counts ("totals 34.", "Eleven hit Al Asad"). */
const BARE_FOLLOWERS = new Set([
  'were',
  'was',
  'have',
  'has',
  'had',
  'are',
  'is',
  'remain',
  'remained',
  'returned',
  'hit',
  'failed',
  'struck',
  'landed',
  'of',
  'who',
  'which',
  'reported',
  'cited',
  'given',
  'announced',
  'from',
  'in',
  'to',
  'and',
  'or',
  'ont',
  'sont',
  'dont',
]);
/** Words before a bare number that leave it a count ("totals 34", "at 34", "from 5,200 to 3,000", "the remaining 17"). */
const BARE_PRECEDERS = new Set([
  'at',
  'totals',
  'total',
  'totalled',
  'totaled',
  'to',
  'from',
  'by',
  'the',
  'remaining',
  'and',
  'or',
  'than',
  'with',
  'another',
  'those',
  'whom',
  'which',
  'a',
  'de',
  'les',
  'et',
  'ou',
  'between',
  'entre',
]);
/** Nouns a unit word can modify ("missile attacks", "drone strike", "troop levels"): then it is not what is counted. */
const MODIFIED = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'barrage',
  'launcher',
  'launchers',
  'fire',
  'base',
  'bases',
  'levels',
  'level',
  'numbers',
  'presence',
  'deployment',
  'withdrawal',
  'program',
  'programme',
  'defence',
  'defense',
  'crash',
]);
/** How far back in its sentence a bare number looks for what it counts. */
const BARE_REACH = 24;

/**
 * What a bare number counts when its sentence named it before ("The number of U.S. service members injured … totals
 * 34"; "A total of 16 missiles were fired …, rather than the 15 cited"): the nearest unit phrase back in its sentence,
 * made a casualty count as a figure would be. Only when the number is followed by the end of a clause or by a verb or
 * function word, never by another noun.
 */
export function unitBackInSentence(tokens: readonly Token[], raw: RawNumber, sentenceStart: number): Unit | undefined {
  const next = tokens[raw.end];
  const clauseEnd = next === undefined || (next.kind === 'punct' && ['.', ',', ';', ')', '—', '–'].includes(next.text));
  if (!clauseEnd && !BARE_FOLLOWERS.has(wordAt(tokens, raw.end) ?? '')) return undefined;
  const previous = tokens[raw.before];
  // "for a total of 40", "un total de 40".
  const totalOf = ['of', 'de'].includes(previous?.text ?? '') && wordAt(tokens, raw.before - 1) === 'total';
  const preceded = previous === undefined || previous.kind !== 'word' || BARE_PRECEDERS.has(previous.text) || totalOf;
  if (!preceded) return undefined;
  // The look back reads each token's unit phrase once, not once for each of the four places that may start it.
  const units = new Map<number, ReturnType<typeof unitAt>>();
  const unitOf = (j: number): ReturnType<typeof unitAt> => {
    if (!units.has(j)) units.set(j, unitAt(tokens, j));
    return units.get(j);
  };
  for (let k = raw.before; k >= Math.max(sentenceStart, raw.before - BARE_REACH); k--) {
    const hit = wholePhraseAt(k, unitOf);
    if (!hit || hit.unit === 'count' || hit.unit === 'percent') continue;
    k = hit.start;
    if (MODIFIED.has(wordAt(tokens, k + hit.length) ?? '')) continue; // "missile attacks": a missile is not what is counted
    return casualtyUnit(hit.unit, tokens, k - 1, k + hit.length);
  }
  return undefined;
}

/**
 * The unit phrase that holds token `k`, read from its first word: "service members" (troops) rather than its last
 * word alone ("members", of a coalition).
 */
function wholePhraseAt(
  k: number,
  unitOf: (j: number) => ReturnType<typeof unitAt>,
): { unit: Unit; length: number; start: number } | undefined {
  for (let j = Math.max(0, k - 3); j <= k; j++) {
    const hit = unitOf(j);
    if (hit && j + hit.length > k) return { ...hit, start: j };
  }
  return undefined;
}

/**
 * A bare number's kind when it counts what its sentence's figure counts: that figure's aspect (fired, added…) when it
 * has none of its own; its own role and region stay ("800 in the region, including 500 in Iraq").
 */
export function inheritAspect(own: string, from: string | undefined): string {
  const aspectOf = (kind: string) => kind.split(/[/@]/)[0]!;
  const inherited = from === undefined ? 'level' : aspectOf(from);
  if (aspectOf(own) !== 'level' || inherited === 'level') return own;
  return inherited + own.slice(aspectOf(own).length);
}

/** Joiners of a list of counts: "Eleven hit Al Asad, one hit Erbil and four failed". */
const LIST_JOINERS = new Set([',', 'and', 'et', ';']);

/** A bare number that continues a list of counts of its sentence: after a joiner, before a verb of the clause. */
function inList(tokens: readonly Token[], raw: RawNumber): boolean {
  const joiner = tokens[raw.before];
  return joiner !== undefined && LIST_JOINERS.has(joiner.text) && CLAUSE_VERBS.has(wordAt(tokens, raw.end) ?? '');
}

/**
 * A bare number that refers back to the count before it in the paragraph: "160 of them", "Thirty of those",
 * "Eighteen others", "has risen to 50", a number word opening its sentence before a verb ("Fifteen have returned").
 */
export function refersBack(
  tokens: readonly Token[],
  raw: RawNumber,
  opensSentence: boolean,
  sameSentence = false,
): boolean {
  if (PART_AFTER.at(tokens, raw.end) !== undefined) return true;
  if (sameSentence && inList(tokens, raw)) return true;
  if (OTHERS.has(wordAt(tokens, raw.end) ?? '')) return true;
  if (wordAt(tokens, raw.before) === 'to' && RISE.has(wordAt(tokens, raw.before - 1) ?? '')) return true;
  // "The total increased by 45", "the remaining 18 were sent to Germany".
  if (wordAt(tokens, raw.before) === 'by' && CHANGE.has(wordAt(tokens, raw.before - 1) ?? '')) return true;
  if (wordAt(tokens, raw.before) === 'remaining') return true;
  return opensSentence && tokens[raw.first]!.kind === 'word' && CLAUSE_VERBS.has(wordAt(tokens, raw.end) ?? '');
}

/** Whether the word "one" at `i` continues a list of counts: "Eleven hit Al Asad, one hit Erbil". */
export function listedAt(tokens: readonly Token[], i: number): boolean {
  return LIST_JOINERS.has(tokens[i - 1]?.text ?? '') && CLAUSE_VERBS.has(wordAt(tokens, i + 1) ?? '');
}
