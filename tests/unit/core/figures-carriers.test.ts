/**
 * The shortcut of the figure reader (`figures/carriers.ts`): a block without an ASCII digit or a carrier word is not
 * read. These tests run the readers themselves, without the shortcut, on what it skips.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carrierWords, mayHoldFigures, NOT_CARRIERS, pieces } from '../../../src/core/figures/carriers';
import { extractDates } from '../../../src/core/figures/dates';
import { extractFigures } from '../../../src/core/figures/figures';
import { FRACTION_PHRASES } from '../../../src/core/figures/fractions';
import { RELATIVE_PHRASES } from '../../../src/core/figures/periods';
import { tokenize } from '../../../src/core/figures/tokens';
import { normalize } from '../../../src/lib/normalize';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const PUBLISHED = 18_268; // 2020-01-07

/** What the readers find in a normalised text, run in full: dates (resolved or not) and figures. */
function readInFull(text: string): number {
  const tokens = tokenize(text, () => false);
  const everything = { published: PUBLISHED, capitalized: () => true, quoted: () => false };
  const dates = extractDates(tokens, everything);
  const figures = extractFigures(
    tokens,
    text,
    () => true,
    () => 0,
  );
  return dates.length + figures.length;
}

describe('figure carriers', () => {
  it('keeps a carrier word in every phrase of the fraction and relative-period readers', () => {
    const carriers = carrierWords();
    for (const [phrase] of [...FRACTION_PHRASES, ...RELATIVE_PHRASES]) {
      expect(
        pieces(phrase).some((piece) => carriers.has(piece)),
        phrase,
      ).toBe(true);
    }
    for (const word of NOT_CARRIERS) expect(carriers.has(word), word).toBe(false);
  });

  it('lets through digits and carrier words, capitalised or hyphenated, and nothing else', () => {
    expect(mayHoldFigures('around 5,000 troops')).toBe(true);
    expect(mayHoldFigures('twenty-five soldiers')).toBe(true);
    expect(mayHoldFigures("aujourd'hui")).toBe(true);
    expect(mayHoldFigures('le week-end dernier')).toBe(true);
    expect(mayHoldFigures('since friday')).toBe(true);
    expect(mayHoldFigures('a thousand soldiers')).toBe(true);
    expect(mayHoldFigures('the vast majority')).toBe(true);
    expect(mayHoldFigures('the minister said the troops would stay')).toBe(false);
    expect(mayHoldFigures('')).toBe(false);
  });

  it('skips no paragraph of the labelled figures set or the seed in which the readers find anything', () => {
    const dir = join(FIXTURES, 'figures', 'articles');
    const paragraphs = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { paragraphs: string[] }).paragraphs);
    paragraphs.push(...readFileSync(join(FIXTURES, 'seed', 'article.txt'), 'utf8').split('\n'));
    const skipped = paragraphs.map(normalize).filter((text) => !mayHoldFigures(text));
    expect(skipped.length).toBeGreaterThan(50);
    for (const text of skipped) expect(readInFull(text), text).toBe(0);
  });

  it('skips only texts in which the readers find nothing, on texts made of their own words but the carriers', () => {
    const notCarriers = [
      ...NOT_CARRIERS,
      'of',
      'de',
      'more',
      'than',
      'about',
      'some',
      'at',
      'least',
      'up',
      'to',
      'since',
      'until',
      'by',
      'early',
      'late',
      'mid',
      'next',
      'year',
      'troops',
      'soldiers',
      'percent',
      'per',
      'cent',
      'and',
      'et',
      'or',
      'few',
      'several',
      'dozens',
      'scores',
      'plusieurs',
      'des',
      'quelques',
      'un',
      'une',
      'one',
      'two',
      'may',
      'march',
      'friday',
      'jan',
      'sept',
      'tonight',
      'today',
      'hier',
      'half',
      'tiers',
      'night',
      'week',
      'mois',
      'prochain',
      'dernier',
    ];
    const piece = fc.oneof(fc.constantFrom(...notCarriers), fc.constantFrom(',', '.', '-', "'", '%', '$', '7', '2020'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (words) => {
        const text = normalize(words.join(' '));
        return mayHoldFigures(text) || readInFull(text) === 0;
      }),
      { numRuns: 3000 },
    );
  });
});
