/**
 * Numbers in article text, in digits ("200", "1,000", "1.5 million", "5 200") or in words, English and French
 * ("a thousand", "fourteen", "two dozen", "deux cents", "un millier"), and the qualifiers before them ("around",
 * "at least", "plus de"). Vague plurals ("hundreds of", "des milliers de") are recognised so they are never read as
 * numbers.
 */
import type { Qualifier } from '../../kb/schema';
import { phraseLexicon, wordAt, type Token } from './tokens';

export interface NumberMatch {
  value: number;
  /** Index of the token after the number. */
  end: number;
  /** The number is itself approximate ("un millier", "une centaine"). */
  approximate: boolean;
}

const QUALIFIERS = phraseLexicon<Qualifier>([
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['close to', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['environ', 'about'],
  ['pres de', 'about'],
  ['quelque', 'about'],
  ['approximativement', 'about'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['au moins', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['plus de', 'more-than'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  ["jusqu'a", 'up-to'],
  ['fewer than', 'fewer-than'],
  ['less than', 'fewer-than'],
  ['under', 'fewer-than'],
  ['moins de', 'fewer-than'],
]);

const LONGEST_QUALIFIER = 3;

/** The qualifier whose words end just before token `end`, and the index of its first token. */
export function qualifierBefore(
  tokens: readonly Token[],
  end: number,
): { qualifier: Qualifier; start: number } | undefined {
  for (let length = LONGEST_QUALIFIER; length >= 1; length--) {
    const hit = QUALIFIERS.at(tokens, end - length);
    if (hit !== undefined && hit.length === length) return { qualifier: hit.value, start: end - length };
  }
  return undefined;
}

/** Quantities that are not numbers: consumed, never annotated. */
const VAGUE = phraseLexicon<true>(
  [
    'hundreds',
    'thousands',
    'millions',
    'dozens',
    'scores of',
    'tens of thousands',
    'hundreds of thousands',
    'several hundred',
    'several thousand',
    'several dozen',
    'a few hundred',
    'a few thousand',
    'a few dozen',
    'des dizaines',
    'des centaines',
    'des milliers',
    'plusieurs dizaines',
    'plusieurs centaines',
    'plusieurs milliers',
    'quelques dizaines',
    'quelques centaines',
    'quelques milliers',
  ].map((p) => [p, true] as const),
);

/** Token index after a vague quantity at `i`, or undefined. */
export function vagueQuantityEnd(tokens: readonly Token[], i: number): number | undefined {
  const hit = VAGUE.at(tokens, i);
  return hit && i + hit.length;
}

const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
  }),
);

/** Words that stand for 1 only before a multiplier ("a thousand", "one hundred", "un millier"). */
const ARTICLES = new Set(['a', 'an', 'one', 'un', 'une']);

/** Multiply the count so far: "two hundred", "two dozen", "deux cents". */
const MULTIPLIERS = new Map(Object.entries({ hundred: 100, dozen: 12, cent: 100, cents: 100 }));

/** Close a group: "three thousand", "1.5 million", "deux mille". */
const SCALES = new Map(
  Object.entries({
    thousand: 1e3,
    million: 1e6,
    millions: 1e6,
    billion: 1e9,
    billions: 1e9,
    bn: 1e9,
    trillion: 1e12,
    trillions: 1e12,
    mille: 1e3,
    milliard: 1e9,
    milliards: 1e9,
  }),
);

/** Approximate French collective nouns: "un millier", "une centaine", "deux milliers". */
const COLLECTIVES = new Map(
  Object.entries({
    dizaine: 10,
    douzaine: 12,
    vingtaine: 20,
    trentaine: 30,
    quarantaine: 40,
    cinquantaine: 50,
    soixantaine: 60,
    centaine: 100,
    centaines: 100,
    millier: 1000,
    milliers: 1000,
  }),
);

/** A number word, hyphenated compounds included ("twenty-five", "soixante-dix", "quatre-vingt-dix"), or undefined. */
/** Words without one of which no number is read but in digits (see `carriers.ts`). */
export const NUMBER_WORD_LIST: readonly string[] = [
  ...NUMBER_WORDS.keys(),
  ...MULTIPLIERS.keys(),
  ...SCALES.keys(),
  ...COLLECTIVES.keys(),
];

function smallNumber(word: string): number | undefined {
  if (!word.includes('-')) return NUMBER_WORDS.get(word);
  let total = 0;
  for (const part of word.split('-')) {
    if (part === 'et') continue;
    const value = NUMBER_WORDS.get(part);
    if (value === undefined) return undefined;
    total = (part === 'vingt' || part === 'vingts') && total === 4 ? 80 : total + value;
  }
  return total;
}

/**
 * "1,000" → 1000, "1.5" → 1.5, "1,5" → 1.5 (French decimal comma), "1.000.000" → 1000000, "5 200" → 5200 (French
 * thousands separated by a no-break space, joined into one token by `tokenize`).
 */
export function parseDigits(digits: string): number {
  const text = digits.replace(/ /g, '');
  const groups = text.split(/[.,]/);
  const seps = text.replace(/\d/g, '');
  const thousands = groups.slice(1).every((g) => g.length === 3) && (seps[0] === ',' || seps.length > 1);
  if (groups.length === 1 || thousands) return Number(groups.join(''));
  return Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`);
}

function wordNumberAt(tokens: readonly Token[], i: number): NumberMatch | undefined {
  let total = 0;
  let current = 0;
  let numeric = false;
  let approximate = false;
  let j = i;
  for (;;) {
    const w = wordAt(tokens, j);
    if (w === undefined) break;
    const small = smallNumber(w);
    const multiplier = MULTIPLIERS.get(w);
    const scale = SCALES.get(w);
    const collective = COLLECTIVES.get(w);
    if (ARTICLES.has(w) && current === 0 && !numeric) {
      current = 1;
    } else if (small !== undefined && current % 100 === 0 && (current === 0 || numeric)) {
      current += small;
      numeric = true;
    } else if (multiplier !== undefined) {
      if (w === 'dozen' && current <= 1 && total === 0) approximate = true; // "a dozen" ≈ 12
      current = (current || 1) * multiplier;
      numeric = true;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      numeric = true;
    } else if (collective !== undefined && current > 0) {
      return { value: total + current * collective, end: j + 1, approximate: true };
    } else if (
      w === 'and' &&
      numeric &&
      current % 100 === 0 &&
      smallNumber(wordAt(tokens, j + 1) ?? '') !== undefined
    ) {
      // "two hundred and fifty"
    } else {
      break;
    }
    j++;
  }
  if (!numeric) return undefined;
  // "one", "un" alone are pronouns and articles far more often than counts.
  if (j === i + 1 && ARTICLES.has(wordAt(tokens, i)!)) return undefined;
  return { value: total + current, end: j, approximate };
}

/** The number starting at token `i`: digits (with a scale word after them) or number words. */
export function numberAt(tokens: readonly Token[], i: number): NumberMatch | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'word') return wordNumberAt(tokens, i);
  if (t.kind !== 'num') return undefined;
  const value = parseDigits(t.text);
  const scale = SCALES.get(wordAt(tokens, i + 1) ?? '');
  if (scale !== undefined) return { value: value * scale, end: i + 2, approximate: false };
  return { value, end: i + 1, approximate: false };
}
