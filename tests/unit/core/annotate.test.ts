import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type Annotation } from '../../../src/core/annotate';
import { normalize } from '../../../src/lib/normalize';
import { tinyIndex } from './match-fixtures';

const KB = tinyIndex(
  [
    { id: 'france', name: 'France', aliases: ['French'] },
    { id: 'us', name: 'United States', aliases: [{ text: 'US', case: 'exact' }] },
    { id: 'is', type: 'armed-group', name: 'Islamic State', aliases: [{ text: 'IS', case: 'exact' }, 'Daesh'] },
    {
      id: 'coalition',
      type: 'coalition',
      name: 'Global Coalition',
      aliases: ['US-led coalition', 'anti-IS coalition'],
    },
    { id: 'iraq', name: 'Iraq', aliases: ['Irak'] },
    { id: 'parliament', type: 'organisation', name: 'Iraq parliament' },
    {
      id: 'soleimani',
      type: 'person',
      name: 'Qasem Soleimani',
      aliases: ['Qāsem Soleimani'],
      shortNames: ['Soleimani'],
    },
    { id: 'barzani-n', type: 'person', name: 'Nechirvan Barzani', shortNames: ['Barzani'] },
    { id: 'barzani-m', type: 'person', name: 'Masrour Barzani', shortNames: ['Barzani'] },
    { id: 'nato', type: 'organisation', name: 'NATO' },
    { id: 'kerman', type: 'place', name: 'Kerman' },
  ],
  [
    {
      id: 'fr-iraq',
      subject: 'france',
      about: ['iraq'],
      value: 200,
      unit: 'troops',
      qualifier: 'about',
      date: '2020-01',
    },
  ],
  [{ id: 'strike', date: '2020-01-03', entities: ['soleimani', 'iraq'] }],
);
const annotator = createAnnotator(KB);

describe('annotate', () => {
  it('returns actors and figures in reading order with block indexes and original offsets', () => {
    const blocks = ['Intro', 'France has around 200 soldiers in Iraq.', 'Soleimani died last Friday.'];
    const result = annotator.annotate(blocks, { published: '2020-01-07' });
    expect(result.map((a) => [a.block, a.start, a.end, a.text, a.kind])).toEqual([
      [1, 0, 6, 'France', 'actor'],
      [1, 18, 30, '200 soldiers', 'figure'],
      [1, 34, 38, 'Iraq', 'actor'],
      [2, 0, 9, 'Soleimani', 'actor'],
      [2, 15, 26, 'last Friday', 'figure'],
    ]);
    expect(result[0]).toEqual({
      kind: 'actor',
      block: 1,
      start: 0,
      end: 6,
      text: 'France',
      entity: 'france',
      type: 'state',
    });
  });

  it('a figure wins over an actor inside it, whose entity still counts for linking', () => {
    const result = annotator.annotate(['There are 200 French soldiers in Iraq.'], { published: '2020-01-07' });
    expect(result.map((a) => a.text)).toEqual(['200 French soldiers', 'Iraq']);
    expect(result[0]).toMatchObject({ fact: 'fr-iraq', verdict: 'agrees', kbValue: 200 });
  });

  it('ignores a publication date that is not YYYY-MM-DD', () => {
    expect(
      annotator.annotate(['Qasem Soleimani died last Friday.'], { published: 'Jan 7' }).map((a) => a.text),
    ).toEqual(['Qasem Soleimani']);
  });

  it('handles empty input', () => {
    expect(annotator.annotate([])).toEqual([]);
    expect(annotator.annotate(['', '   '])).toEqual([]);
  });
});

// Arbitrary text made of KB forms, near-misses and the characters that make matching hard.
const PIECES = [
  'France',
  'French',
  'US',
  'us',
  'IS',
  'is',
  'Daesh',
  'US-led coalition',
  'anti-IS coalition',
  'anti-IS',
  'Iraq',
  'Irak',
  'Iraq parliament',
  'Qasem Soleimani',
  'Qāsem Soleimani',
  'Soleimani',
  'Solei\u00ADmani',
  'Barzani',
  'Masrour Barzani',
  'NATO',
  'Nato',
  'nato',
  'Kerman',
  '200',
  '1,000',
  'a thousand',
  'around',
  'soldiers',
  'troops',
  'of whom',
  '160',
  'last Friday',
  'Tuesday',
  '7 January 2020',
  '2020',
  '2 min read',
  "'s",
  '’s',
  '-',
  '.',
  ',',
  '"',
  '“',
  '”',
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\u200B',
  '\n',
  'İ',
  'ß',
  '😀',
  'é',
  'e\u0301',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const mixed = fc.oneof(text, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

function checkInvariants(blocks: string[], result: Annotation[]) {
  let previous: Annotation | undefined;
  for (const a of result) {
    const block = blocks[a.block];
    expect(block).toBeDefined();
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeGreaterThan(a.start);
    expect(a.end).toBeLessThanOrEqual(block!.length);
    expect(block!.slice(a.start, a.end)).toBe(a.text);
    if (previous && previous.block === a.block) expect(a.start).toBeGreaterThanOrEqual(previous.end);
    if (previous) expect(a.block).toBeGreaterThanOrEqual(previous.block);
    if (a.kind === 'actor') {
      const entity = KB.entities.findIndex((e) => e.id === a.entity);
      const keys = KB.patterns.filter((p) => p.entity === entity).map((p) => p.key);
      expect(keys).toContain(normalize(a.text));
    }
    previous = a;
  }
}

describe('annotate: a bare number refers back to the paragraph just before', () => {
  const figuresOf = (blocks: string[]) =>
    annotator
      .annotate(blocks, { published: '2020-01-09' })
      .filter((a) => a.kind === 'figure')
      .map((a) => [a.block, a.text]);

  it('"A total of 16 missiles were fired." / "Eleven hit Al Asad, one hit Erbil and four failed"', () => {
    expect(
      figuresOf(['A total of 16 missiles were fired.', 'Eleven hit Al Asad, one hit Erbil and four failed.']),
    ).toEqual([
      [0, '16 missiles'],
      [1, 'Eleven'],
      [1, 'one'],
      [1, 'four'],
    ]);
  });

  it('only the paragraph just before: a paragraph without a count between breaks the reference', () => {
    expect(figuresOf(['A total of 16 missiles were fired.', 'Officials spoke.', 'Eleven hit Al Asad.'])).toEqual([
      [0, '16 missiles'],
    ]);
  });
});

describe('annotate: properties', () => {
  it('offsets lie inside their block and slice to the text; no two annotations overlap; actors are KB forms', () => {
    fc.assert(
      fc.property(
        fc.array(mixed, { maxLength: 5 }),
        fc.constantFrom(undefined, '2020-01-07', '2021-12-31'),
        (blocks, published) => {
          checkInvariants(blocks, annotator.annotate(blocks, published === undefined ? {} : { published }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same result when called again (no state leaks between pages)', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (blocks) => {
        expect(annotator.annotate(blocks, { published: '2020-01-07' })).toEqual(
          annotator.annotate(blocks, { published: '2020-01-07' }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
