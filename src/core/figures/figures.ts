/**
 * Figures in one block: a number with the unit it counts ("around 200 soldiers", "16 ballistic missiles",
 * "$1.5 billion", "un millier de soldats"). The highlight covers the number and its unit; the qualifier before it
 * ("around") is read but left outside.
 *
 * A number without a unit word is kept only in a partitive construction after a figure of the same sentence
 * ("… 200 soldiers, of whom 160 are trainers" → 160 soldiers). Never figures: years ("2020"), times ("10:30",
 * "1am"), ordinals ("14th"), labels and model names ("Flight 752", "F-35"), compound adjectives ("62-year-old",
 * "2-min"), vague plurals ("hundreds of"), and any number with no unit ("2 min read").
 */
import type { Unit } from '../../kb/schema';
import { numberAt, qualifierBefore, vagueQuantityEnd } from './numbers';
import { touching, wordAt, type Token } from './tokens';
import { measureKindAt, type MeasureKind } from '../link/aspect';
import { inheritAspect, isPartitive, listedAt, refersBack, unitBackInSentence } from './bare-numbers';
import { casualtyAspect, countedThing, wholeCount } from './counted-things';
import { fractionAt, fractionFigure } from './fractions';
import { tallyEnd } from './tally';
import type { ParsedFigure, RawNumber } from './types';
import { casualtyUnit, UNIT_SYMBOLS, unitAt } from './units';

export interface FigureMatch {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  figure: ParsedFigure;
}

/** Words that cannot stand between a number and its unit (so "200 of them", "2 min read" find no unit). */
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'by',
  'with',
  'for',
  'into',
  'over',
  'under',
  'and',
  'or',
  'but',
  'as',
  'than',
  'that',
  'this',
  'these',
  'those',
  'which',
  'who',
  'whom',
  'it',
  'its',
  'they',
  'them',
  'their',
  'he',
  'she',
  'his',
  'her',
  'we',
  'our',
  'you',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'not',
  'per',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'min',
  'mins',
  'second',
  'seconds',
  'times',
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'en',
  'et',
  'ou',
  'au',
  'aux',
  'dans',
  'sur',
  'pour',
  'par',
  'avec',
  'qui',
  'que',
  'dont',
  'ce',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'ans',
  'jours',
  'heures',
]);
const MAX_ADJECTIVES = 2;

/** "200 of its soldiers", "un millier de soldats". */
const PARTITIVE = new Set(['of', 'de', "d'"]);
const DETERMINERS = new Set([
  'its',
  'their',
  'the',
  'his',
  'her',
  'our',
  'these',
  'those',
  'les',
  'ses',
  'leurs',
  'ces',
]);

/** Words before a number that make it a label, not a count. */
const LABELS = new Set(['aged', 'age', 'flight', 'resolution', 'article', 'page', 'number', 'no', 'vol', 'route']);

/** Range joiners: "150-200", "150 to 200", "between 150 and 200", "de 150 a 200", "entre 150 et 200". */
const RANGE_WORDS = new Set(['to', 'a']);
const BETWEEN: Readonly<Record<string, string>> = { between: 'and', entre: 'et' };

const CODE_BEFORE = /[\p{L}\p{N}\-./:#]/u;
const YEAR = /^\d{4}$/;

/** A number at token `i` that can count something, with its qualifier, currency and range; undefined if not. */
function readNumber(tokens: readonly Token[], text: string, i: number): RawNumber | undefined {
  const symbol = tokens[i]?.kind === 'punct' ? UNIT_SYMBOLS[tokens[i]!.text] : undefined;
  const currency = symbol === 'usd' || symbol === 'eur' ? symbol : undefined;
  const at = currency ? i + 1 : i;
  const token = tokens[at];
  if (token === undefined || (currency && !touching(tokens, i))) return undefined;
  if (token.kind === 'num' && CODE_BEFORE.test(text[token.start - 1] ?? '')) return undefined;
  const num = numberAt(tokens, at);
  if (num === undefined) return undefined;
  const last = tokens[num.end - 1]!;
  const next = tokens[num.end];
  if (next !== undefined && next.start === last.end) {
    if (next.kind === 'word' && unitAt(tokens, num.end) === undefined) return undefined; // 14th, 1990s, 1am
    if (next.text === ':' || next.text === '/') return undefined; // 10:30, 7/1
    if (next.text === '-' && wordAt(tokens, num.end + 1) === 'plus') return plusNumber(tokens, i, num);
    if (next.text === '-' && MEMBERSHIP.has(wordAt(tokens, num.end + 1) ?? '') && touching(tokens, num.end)) {
      return { first: i, end: num.end + 2, value: num.value, qualifier: 'exact', before: i - 1, joined: 'members' };
    }
    if (next.text === '-' && tokens[num.end + 1]?.kind === 'word') return undefined; // 62-year-old
  }
  const qual = qualifierBefore(tokens, i);
  const before = (qual?.start ?? i) - 1;
  if (LABELS.has(wordAt(tokens, before) ?? '')) return undefined;
  if (token.kind === 'num' && YEAR.test(token.text) && num.value >= 1800 && num.value <= 2100 && !qual && !currency) {
    return undefined;
  }
  const raw: RawNumber = {
    first: i,
    end: num.end,
    value: num.value,
    qualifier: qual?.qualifier ?? (num.approximate ? 'about' : 'exact'),
    before,
    ...(currency && { currency }),
  };
  return withRange(tokens, raw);
}

/** Words after "29-" that make the number a count of members: "the 29-member alliance", "a 76-nation coalition". */
const MEMBERSHIP = new Set(['member', 'nation', 'country', 'state', 'membres', 'pays']);

/** "300-plus Australians": more than 300. */
function plusNumber(tokens: readonly Token[], i: number, num: { value: number; end: number }): RawNumber {
  return { first: i, end: num.end + 2, value: num.value, qualifier: 'more-than', before: i - 1 };
}

/** "one" counts only before the thing it counts ("One U.S. civilian contractor"): a pronoun or article otherwise. */
const ONE = new Set(['one', 'un', 'une']);

function oneBeforeUnit(tokens: readonly Token[], i: number): RawNumber | undefined {
  if (!ONE.has(wordAt(tokens, i) ?? '') || PARTITIVE.has(wordAt(tokens, i + 1) ?? '')) return undefined; // one of them
  // Or in a list of counts: "Eleven hit Al Asad, one hit Erbil".
  const listed = listedAt(tokens, i);
  if (!listed && unitAfter(tokens, i + 1) === undefined) return undefined;
  const qual = qualifierBefore(tokens, i);
  return { first: i, end: i + 1, value: 1, qualifier: qual?.qualifier ?? 'exact', before: (qual?.start ?? i) - 1 };
}

function withRange(tokens: readonly Token[], raw: RawNumber): RawNumber {
  const joiner = tokens[raw.end];
  if (joiner === undefined) return raw;
  const closing = BETWEEN[wordAt(tokens, raw.before) ?? ''];
  const joins =
    ((joiner.text === '-' || joiner.text === '–') && touching(tokens, raw.end)) ||
    (joiner.kind === 'word' && (RANGE_WORDS.has(joiner.text) || joiner.text === closing));
  if (!joins) return raw;
  const upper = numberAt(tokens, raw.end + 1);
  if (upper === undefined || upper.value <= raw.value) return raw;
  return { ...raw, end: upper.end, valueMax: upper.value, before: closing ? raw.before - 1 : raw.before };
}

/** The unit after a number ending at token `end`: after "of its", up to two adjectives, then a unit phrase. */
function unitAfter(tokens: readonly Token[], end: number): { unit: Unit; end: number } | undefined {
  let j = end;
  const symbol = tokens[j]?.kind === 'punct' ? UNIT_SYMBOLS[tokens[j]!.text] : undefined;
  if (symbol === 'percent') return { unit: symbol, end: j + 1 };
  if (PARTITIVE.has(wordAt(tokens, j) ?? '')) {
    j++;
    if (DETERMINERS.has(wordAt(tokens, j) ?? '')) j++;
  }
  for (let adjectives = 0; ; adjectives++) {
    const hit = unitAt(tokens, j);
    if (hit) return { unit: hit.unit, end: j + hit.length };
    const w = wordAt(tokens, j);
    if (adjectives === MAX_ADJECTIVES || w === undefined || STOP.has(w) || numberAt(tokens, j)) return undefined;
    j = initialismEnd(tokens, j);
  }
}

/** The token after an initialism written with dots at `j` ("U.S.", "U.K."), or `j + 1`. */
function initialismEnd(tokens: readonly Token[], j: number): number {
  let k = j;
  while (
    tokens[k]?.text.length === 1 &&
    tokens[k]!.kind === 'word' &&
    tokens[k + 1]?.text === '.' &&
    touching(tokens, k)
  ) {
    k += 2;
  }
  return k > j ? k : j + 1;
}

/**
 * Figures of a block, left to right. `free(i)`: whether token `i` may be read (false inside dates);
 * `sentenceOf(offset)`: the sentence a normalised offset belongs to.
 */
/**
 * The first token of each sentence, by sentence index: computed in one pass over the block the first time a bare
 * number needs it (a long paragraph with many bare numbers must not walk back over itself for each).
 */
function sentenceStarts(tokens: readonly Token[], sentenceOf: (offset: number) => number): () => Map<number, number> {
  let firsts: Map<number, number> | undefined;
  return () => {
    if (firsts) return firsts;
    firsts = new Map();
    tokens.forEach((t, k) => {
      const sentence = sentenceOf(t.start);
      if (!firsts!.has(sentence)) firsts!.set(sentence, k);
    });
    return firsts;
  };
}

/** What the last figure of the block before counted: a bare number of the next may refer back to it. */
export interface CarriedCount {
  unit: Unit;
}

export function extractFigures(
  tokens: readonly Token[],
  text: string,
  free: (i: number) => boolean,
  sentenceOf: (offset: number) => number,
  carried?: CarriedCount,
): FigureMatch[] {
  const found: FigureMatch[] = [];
  // The paragraph before's last count, in no sentence of this one: "… 16 missiles were fired." / "Eleven hit Al Asad".
  let previous: { unit: Unit; sentence: number } | undefined = carried && { unit: carried.unit, sentence: -1 };
  /** The last figure of each unit, for a bare number that counts the same thing later in its sentence. */
  const lastOfUnit = new Map<Unit, { sentence: number; kind: string | undefined }>();
  const firstTokens = sentenceStarts(tokens, sentenceOf);
  const push = (first: number, end: number, figure: ParsedFigure) => {
    found.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, figure });
    previous = { unit: figure.unit, sentence: sentenceOf(tokens[first]!.start) };
    lastOfUnit.set(figure.unit, { sentence: previous.sentence, kind: figure.kind });
  };
  for (let i = 0; i < tokens.length;) {
    const vague = vagueQuantityEnd(tokens, i);
    if (vague !== undefined) {
      i = vague;
      continue;
    }
    const fraction = free(i) ? fractionAt(tokens, i, () => qualifierBefore(tokens, i) !== undefined) : undefined;
    if (fraction) {
      push(i, fraction.end, fractionFigure(tokens, i, fraction));
      i = fraction.end;
      continue;
    }
    const raw = free(i) ? (readNumber(tokens, text, i) ?? oneBeforeUnit(tokens, i)) : undefined;
    if (raw === undefined) {
      i++;
      continue;
    }
    const start = tokens[raw.first]!.start;
    const sentence = sentenceOf(start);
    const tally = tallyOf(tokens, raw);
    if (tally !== undefined) {
      push(raw.first, tally, { value: raw.value, qualifier: raw.qualifier, unit: 'votes' });
      i = tally;
      continue;
    }
    const own = raw.currency ?? raw.joined;
    const part = own ? undefined : partOf(tokens, raw.end);
    const after: { unit: Unit; end: number } | undefined = own
      ? { unit: own, end: raw.end }
      : (unitAfter(tokens, raw.end) ?? part);
    const opensSentence = raw.first === 0 || sentenceOf(tokens[raw.first - 1]!.start) !== sentence;
    const referred =
      after === undefined &&
      previous !== undefined &&
      ((previous.sentence === sentence && isPartitive(tokens, raw)) ||
        refersBack(tokens, raw, opensSentence, previous.sentence === sentence))
        ? casualtyUnit(previous.unit, tokens, raw.before, raw.end)
        : undefined;
    const inherited =
      referred ?? (after === undefined ? unitBackInSentence(tokens, raw, firstTokens().get(sentence) ?? 0) : undefined);
    const unit = after ? casualtyUnit(after.unit, tokens, raw.before, after.end) : inherited;
    const end = after?.end ?? raw.end;
    if (unit !== undefined) {
      const earlier = inherited === undefined ? undefined : lastOfUnit.get(unit);
      const kind = countKind(tokens, raw, unit, {
        noun: after && tokens[after.end - 1]?.text,
        // A part's clause goes on after its whole: "100 of the 133 troops stationed there will be moved".
        clauseFrom: part !== undefined && after === part ? part.clauseFrom : end,
        bare: inherited !== undefined,
        earlierKind: earlier?.sentence === sentence ? earlier.kind : null,
      });
      const figure: ParsedFigure = {
        value: wholeCount(raw.value, unit, tokens, raw.first, raw.end),
        ...(raw.valueMax !== undefined && { valueMax: raw.valueMax }),
        qualifier: raw.qualifier,
        unit,
        ...(kind !== 'level' && { kind }),
      };
      push(raw.first, end, figure);
    }
    i = end;
  }
  return found;
}

/** The end of a vote tally starting with the number ("170-0", "55 to 45"), if it starts one. */
function tallyOf(tokens: readonly Token[], raw: RawNumber): number | undefined {
  if (raw.currency || raw.joined || raw.valueMax !== undefined) return undefined;
  return tallyEnd(tokens, raw.first, raw.end, raw.value);
}

interface CountContext {
  /** The counted word (normalised), if any. */
  noun: string | undefined;
  /** Where the figure's clause goes on after it. */
  clauseFrom: number;
  /** The number has no unit of its own (it counts what a figure before it counts). */
  bare: boolean;
  /** The kind of the figure of its sentence it counts with (`undefined`: level), or null if none. */
  earlierKind: string | undefined | null;
}

/** The measure kind of a count (`link/aspect.ts`), made one for the same things and for casualties. */
function countKind(tokens: readonly Token[], raw: RawNumber, unit: Unit, at: CountContext): MeasureKind {
  // Things without a unit class of their own are the same measure when they are the same things ("five sites"
  // struck, or the strikes' five sites): their noun, not the aspect, tells.
  if (unit === 'count' && at.noun) return `#${countedThing(at.noun)}`;
  const own = measureKindAt(tokens, raw.first, at.clauseFrom, at.noun, at.bare);
  // A bare number of the sentence's count with no aspect word of its own measures what that count measures:
  // "Iran fired 16 missiles, rather than the 15 cited earlier".
  return casualtyAspect(unit, at.earlierKind === null ? own : inheritAspect(own, at.earlierKind));
}

/**
 * "100 of the 133 Danish troops": a number before "of the" and a count counts what that count counts; the figure
 * stops before "of".
 */
function partOf(tokens: readonly Token[], end: number): { unit: Unit; end: number; clauseFrom: number } | undefined {
  if (wordAt(tokens, end) !== 'of' && wordAt(tokens, end) !== 'des') return undefined;
  const at = wordAt(tokens, end + 1) === 'the' ? end + 2 : end + 1;
  if (tokens[at]?.kind !== 'num') return undefined;
  const whole = unitAfter(tokens, at + 1);
  return whole && whole.unit !== 'count' ? { unit: whole.unit, end, clauseFrom: whole.end } : undefined;
}
