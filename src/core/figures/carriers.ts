/**
 * Whether a block may hold a figure or a date at all, before reading it (`block.ts`): most paragraphs of an article
 * hold neither, and reading them token by token is most of the cost of matching a page.
 *
 * The figure and date readers find nothing without a *carrier*: a figure needs a number — digits, or a number word,
 * multiplier, scale or collective (`numbers.ts`) — or a fraction in words (`fractions.ts`); a date needs a month or
 * weekday name or "yesterday" (`dates.ts`), a month name (`periods.ts`), or a relative period ("today", "last
 * week": `periods.ts`). So a normalised text with no ASCII digit and no carrier word yields nothing. Carrier words are
 * taken from the readers' own tables; a phrase's carriers are its words but for the common ones it shares with
 * running text ("the", "last", "this"…), and every phrase keeps at least one (`carriers.test.ts`). Words are compared
 * piece by piece between apostrophes and hyphens, as the tokens of "twenty-five" or "aujourd'hui" are read.
 */
import { DATE_WORDS } from './dates';
import { FRACTION_PHRASES } from './fractions';
import { NUMBER_WORD_LIST } from './numbers';
import { HOLIDAY_PHRASES, PERIOD_MONTHS, RELATIVE_PHRASES } from './periods';

/** Words of the readers' phrases that are not carriers: they occur in almost every paragraph. */
export const NOT_CARRIERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'last',
  'earlier',
  'in',
  'over',
  'end',
  'ce',
  'cet',
  'cette',
  'la',
  'le',
  'apres',
  'ci',
  'vast',
  'vaste',
  'grande',
  // Pieces of the feasts' names that every paragraph has ("Iran's", "l'armée", "a new day").
  's',
  'l',
  'd',
  'new',
  'year',
  'day',
  'du',
  'de',
  'nouvel',
  'veille',
  'jour',
]);

const PIECE = /\p{L}+/gu;

/** The pieces of a word or phrase between spaces, apostrophes and hyphens. */
export function pieces(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/** The carrier words: every piece of the readers' single words, and the pieces of their phrases but the common ones. */
export function carrierWords(): Set<string> {
  const words = new Set<string>();
  for (const word of [...NUMBER_WORD_LIST, ...DATE_WORDS, ...PERIOD_MONTHS])
    for (const piece of pieces(word)) words.add(piece);
  for (const [phrase] of [...FRACTION_PHRASES, ...RELATIVE_PHRASES, ...HOLIDAY_PHRASES]) {
    for (const piece of pieces(phrase)) if (!NOT_CARRIERS.has(piece)) words.add(piece);
  }
  return words;
}

let carriers: Set<string> | undefined;
const DIGIT = /\d/;

/** Whether the normalised `text` holds an ASCII digit or a carrier word; when not, it holds no figure and no date. */
export function mayHoldFigures(text: string): boolean {
  if (DIGIT.test(text)) return true;
  carriers ??= carrierWords();
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m; m = PIECE.exec(text)) if (carriers.has(m[0])) return true;
  return false;
}
