/** What a count measures beyond its unit (`link/aspect.ts`), read from the article's clause as a figure's kind. */
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/figures/read-figures';
import { dayNumber } from '../../../src/lib/calendar';
import { sentenceIndex, sentenceStarts } from '../../../src/core/link/sentences';
import { normalizeWithMap } from '../../../src/lib/normalize';

function kindOf(text: string): string {
  const starts = sentenceStarts(text);
  const [first] = readFigures(text, normalizeWithMap(text), dayNumber('2020-01-07'), (i) =>
    sentenceIndex(starts, i),
  ).figures;
  return first?.value.kind ?? 'level';
}

describe('measure kinds', () => {
  it('troops added, withdrawn, or stationed', () => {
    expect(kindOf('The Pentagon will send 3,000 additional troops to Kuwait.')).toBe('added');
    expect(kindOf('The Pentagon will send 3,000 additional troops to the Middle East.')).toBe('added');
    expect(kindOf('Denmark will withdraw 100 soldiers to Kuwait.')).toBe('removed');
    expect(kindOf('France has 200 soldiers deployed in Iraq.')).toBe('level');
  });

  it('a possessive makes the number the force someone has, even past its qualifier', () => {
    expect(kindOf('Germany will withdraw its 120 soldiers.')).toBe('level');
    expect(kindOf('Canada will move some of its some 500 troops to Kuwait.')).toBe('level');
    expect(kindOf("le déplacement d'une partie de ses quelque 500 soldats qui y sont déployés vers le Koweït")).toBe(
      'level',
    );
  });

  it('missiles fired, hit, failed; a role within a force', () => {
    expect(kindOf('Iran fired 16 missiles.')).toBe('fired');
    expect(kindOf('11 missiles hit the base.')).toBe('hit');
    expect(kindOf('France has 160 trainers in Iraq.')).toBe('level/role');
  });
});

describe('measure kinds: across a region', () => {
  it('a count "in the region" is not a count in one country', () => {
    expect(kindOf('Canada has some 800 military personnel deployed in the region, including 500 in Iraq.')).toBe(
      'level@region',
    );
    expect(kindOf('Le Canada compte quelque 800 militaires dans la région.')).toBe('level@region');
    expect(kindOf('Canada has 500 troops in Iraq, a country of the region.')).toBe('level');
  });
});

describe('measure kinds: the whole a part is taken from', () => {
  it('"100 of the 133 Danish troops … will be moved" moves 100; the 133 is the force', () => {
    const text = 'Around 100 of the 133 Danish troops stationed there will be moved to Kuwait.';
    const starts = sentenceStarts(text);
    const found = readFigures(text, normalizeWithMap(text), dayNumber('2020-01-07'), (i) =>
      sentenceIndex(starts, i),
    ).figures;
    expect(found.map((f) => [text.slice(f.start, f.end), f.value.kind ?? 'level'])).toEqual([
      ['100', 'removed'],
      ['133 Danish troops', 'level'],
    ]);
  });
});

describe('measure kinds: what a count of things or of casualties measures', () => {
  it('the dead and wounded are counted alike whatever weapon hit', () => {
    expect(kindOf('Rockets hit the base, and 2 people were killed.')).toBe('level');
    expect(kindOf('Two rockets hit the base and killed one contractor.')).toBe('hit');
  });

  it('words for the same things are one measure: sites, locations, targets; SUVs and vehicles', () => {
    expect(kindOf('Trump threatened 52 locations in Iran.')).toBe(kindOf('Trump threatened 52 sites in Iran.'));
    expect(kindOf('The strike hit 52 targets.')).toBe('#site');
    expect(kindOf('The drone struck two SUVs.')).toBe('#vehicle');
  });
});
