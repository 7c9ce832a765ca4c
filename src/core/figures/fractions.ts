/**
 * Fractions a reader would check: "more than half of", "a third of", "two-thirds of", "the majority of", "la moitié
 * des", "un tiers du". They count in percent ("half" = 50 %); "majority" is "more than 50 %". A fraction word counts
 * only before "of" / "de" (or after a qualifier: "more than half"), so "half an hour" is no figure.
 */
import type { Qualifier } from '../../kb/schema';
import { measureKindAt } from '../link/aspect';
import { qualifierBefore } from './numbers';
import { phraseLexicon, wordAt, type Token } from './tokens';
import type { ParsedFigure } from './types';

interface Fraction {
  percent: number;
  qualifier?: Qualifier;
}

/** Fractions in words: "a third", "la moitie"… */
export const FRACTION_PHRASES: readonly (readonly [string, Fraction])[] = [
  ['half', { percent: 50 }],
  ['a half', { percent: 50 }],
  ['one half', { percent: 50 }],
  ['a third', { percent: 100 / 3 }],
  ['one third', { percent: 100 / 3 }],
  ['one-third', { percent: 100 / 3 }],
  ['two thirds', { percent: 200 / 3 }],
  ['two-thirds', { percent: 200 / 3 }],
  ['a quarter', { percent: 25 }],
  ['one quarter', { percent: 25 }],
  ['three quarters', { percent: 75 }],
  ['three-quarters', { percent: 75 }],
  ['a majority', { percent: 50, qualifier: 'more-than' }],
  ['the majority', { percent: 50, qualifier: 'more-than' }],
  ['the vast majority', { percent: 50, qualifier: 'more-than' }],
  ['la moitie', { percent: 50 }],
  ['un tiers', { percent: 100 / 3 }],
  ['deux tiers', { percent: 200 / 3 }],
  ['un quart', { percent: 25 }],
  ['trois quarts', { percent: 75 }],
  ['la majorite', { percent: 50, qualifier: 'more-than' }],
  ['la grande majorite', { percent: 50, qualifier: 'more-than' }],
  ['la vaste majorite', { percent: 50, qualifier: 'more-than' }],
  ['vaste majorite', { percent: 50, qualifier: 'more-than' }],
];
const FRACTIONS = phraseLexicon<Fraction>(FRACTION_PHRASES);

const OF = new Set(['of', 'de', 'du', 'des', "d'entre", "d'"]);
/** Words after "majority" that make it part of a name or title ("the majority leader"), not a share. */
const TITLES = new Set([
  'leader',
  'whip',
  'party',
  'parties',
  'government',
  'governments',
  'vote',
  'voting',
  'rule',
  'stake',
  'owner',
  'shareholder',
]);

export interface FractionMatch {
  percent: number;
  qualifier?: Qualifier;
  /** Token after the fraction's words. */
  end: number;
}

/** The fraction at token `i` (`qualified()`: whether a qualifier stands just before it), or undefined. */
export function fractionAt(tokens: readonly Token[], i: number, qualified: () => boolean): FractionMatch | undefined {
  const hit = FRACTIONS.at(tokens, i);
  if (hit === undefined) return undefined;
  const end = i + hit.length;
  const next = wordAt(tokens, end) ?? '';
  // A majority is a share whatever follows ("the majority are not stationed in Taji"), but a title's word is no share.
  const majority = hit.value.qualifier === 'more-than' && !TITLES.has(next);
  if (!majority && !OF.has(next) && !next.startsWith("d'") && !qualified()) return undefined;
  return { percent: hit.value.percent, ...(hit.value.qualifier && { qualifier: hit.value.qualifier }), end };
}

/** A fraction as a figure in percent ("the majority" → more than 50 %), with its clause's aspect. */
export function fractionFigure(tokens: readonly Token[], i: number, fraction: FractionMatch): ParsedFigure {
  const qualifier = qualifierBefore(tokens, i)?.qualifier ?? fraction.qualifier ?? 'exact';
  const kind = measureKindAt(tokens, i, fraction.end);
  const value = Math.round(fraction.percent * 10) / 10;
  return { value, qualifier, unit: 'percent', ...(kind !== 'level' && { kind }) };
}
