/** What a card shows of an entity: its facts in the order a reader of the article needs them. */
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../../src/kb/build/compile';
import { createKbLookup } from '../../../../src/kb/query/card-data';
import { tinyKb } from '../tiny-kb';

const { details } = compileKb(tinyKb());

describe('facts in the order a reader of the article needs them', () => {
  const kb = createKbLookup(details);
  it('without a publication date: figures and dates first, none "later"', () => {
    const card = kb.card('freedonia')!;
    expect(card.facts.every((f) => f.later === undefined)).toBe(true);
  });

  it('with one: the closest known by then first, those dated after it last and marked "later"', () => {
    const before = kb.card('anna-qasemi', 5, '2016-06-01')!;
    expect(before.facts.map((f) => [f.text, f.later ?? false])).toEqual([
      ['Anna Qāsemi became minister in 2017.', true],
    ]);
    const after = kb.card('anna-qasemi', 5, '2020-01-07')!;
    expect(after.facts.map((f) => f.later ?? false)).toEqual([false]);
  });
});

describe('facts ordered by closeness to the article', () => {
  it('the same month first, then earlier ones by distance, undated ones, and later ones under "Later"', () => {
    const source = details.facts[0]!.sources;
    const more = [
      { id: 'freedonia-2021', subject: 'freedonia', text: 'In 2021 Freedonia left.', date: '2021-06', sources: source },
      {
        id: 'freedonia-2019',
        subject: 'freedonia',
        text: 'In late 2019 Freedonia arrived.',
        date: '2019-11',
        sources: source,
      },
    ];
    const kb = createKbLookup({ ...details, facts: [...details.facts, ...more] });
    const card = kb.card('freedonia', 5, '2020-01-07')!;
    expect(card.facts.map((f) => [f.id, f.later ?? false])).toEqual([
      ['freedonia-troops-zenda', false],
      ['freedonia-2019', false],
      ['freedonia-troops-range', false],
      ['freedonia-2021', true],
    ]);
  });
});
