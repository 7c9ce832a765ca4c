import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/figures/read-figures';
import { dayNumber } from '../../../src/lib/calendar';
import { sentenceIndex, sentenceStarts } from '../../../src/core/link/sentences';
import { normalizeWithMap } from '../../../src/lib/normalize';

function figures(text: string) {
  const starts = sentenceStarts(text);
  return readFigures(text, normalizeWithMap(text), dayNumber('2020-01-07'), (i) =>
    sentenceIndex(starts, i),
  ).figures.map((f) => ({ text: text.slice(f.start, f.end), ...f.value }));
}

describe('figures: number and unit', () => {
  it('reads a number with its unit, the qualifier outside the highlight', () => {
    expect(figures('France has contributed around 200 soldiers to the coalition.')).toEqual([
      { text: '200 soldiers', value: 200, qualifier: 'about', unit: 'troops' },
    ]);
  });

  it('maps unit words to unit classes', () => {
    const cases: [string, string][] = [
      ['5,200 troops', 'troops'],
      ['300 personnel', 'troops'],
      ['50 service members', 'troops'],
      ['160 trainers', 'troops'],
      ['12 advisers', 'troops'],
      ['2,000 marines', 'troops'],
      ['25 killed', 'killed'],
      ['3 dead', 'killed'],
      ['11 wounded', 'wounded'],
      ['34 injured', 'wounded'],
      ['16 ballistic missiles', 'missiles'],
      ['30 rockets', 'rockets'],
      ['4 drones', 'drones'],
      ['12 jets', 'aircraft'],
      ['6 fighter jets', 'aircraft'],
      ['100 air strikes', 'strikes'],
      ['40 airstrikes', 'strikes'],
      ['200 sorties', 'strikes'],
      ['176 passengers', 'people'],
      ['80 civilians', 'people'],
      ['500 fighters', 'fighters'],
      ['30 militants', 'fighters'],
      ['79 countries', 'members'],
      ['82 partners', 'members'],
      ['170 lawmakers', 'votes'],
      ['224 votes', 'votes'],
      ['40 percent', 'percent'],
      ['40%', 'percent'],
      ['10 km', 'km'],
      ['10km', 'km'],
      ['200 soldats', 'troops'],
      ['300 militaires', 'troops'],
    ];
    for (const [text, unit] of cases) expect(figures(text), text).toMatchObject([{ text, unit }]);
  });

  it('allows adjectives between number and unit', () => {
    expect(figures('200 French soldiers, 14 Romanian soldiers and 5,200 US troops')).toMatchObject([
      { text: '200 French soldiers', value: 200, unit: 'troops' },
      { text: '14 Romanian soldiers', value: 14, unit: 'troops' },
      { text: '5,200 US troops', value: 5200, unit: 'troops' },
    ]);
  });

  it('reads number words and partitives', () => {
    expect(figures('around a thousand soldiers')).toMatchObject([
      { text: 'a thousand soldiers', value: 1000, qualifier: 'about' },
    ]);
    expect(figures('fourteen soldiers')).toMatchObject([{ value: 14 }]);
    expect(figures('more than a dozen rockets')).toMatchObject([
      { text: 'a dozen rockets', value: 12, qualifier: 'more-than', unit: 'rockets' },
    ]);
    expect(figures('two dozen drones')).toMatchObject([{ value: 24, unit: 'drones' }]);
    expect(figures('some 200 of its soldiers')).toMatchObject([
      { text: '200 of its soldiers', value: 200, qualifier: 'about' },
    ]);
    expect(figures('un millier de soldats')).toMatchObject([{ value: 1000, qualifier: 'about', unit: 'troops' }]);
    expect(figures('plus de 200 militaires')).toMatchObject([{ text: '200 militaires', qualifier: 'more-than' }]);
  });

  it('reads money', () => {
    expect(figures('$1.5 billion in aid')).toMatchObject([{ text: '$1.5 billion', value: 1.5e9, unit: 'usd' }]);
    expect(figures('200 million dollars')).toMatchObject([{ value: 2e8, unit: 'usd' }]);
    expect(figures('€20 million')).toMatchObject([{ value: 2e7, unit: 'eur' }]);
  });

  it('reads ranges', () => {
    expect(figures('150 to 200 soldiers')).toMatchObject([{ text: '150 to 200 soldiers', value: 150, valueMax: 200 }]);
    expect(figures('150-200 soldiers')).toMatchObject([{ value: 150, valueMax: 200 }]);
    expect(figures('between 150 and 200 soldiers')).toMatchObject([
      { text: '150 and 200 soldiers', value: 150, valueMax: 200, qualifier: 'exact' },
    ]);
  });

  it('turns people into casualties when a casualty word follows or a casualty verb precedes', () => {
    expect(figures('176 people were killed')).toMatchObject([{ text: '176 people', unit: 'killed' }]);
    expect(figures('14 soldiers wounded')).toMatchObject([{ unit: 'wounded' }]);
    expect(figures('killing all 176 people on board')).toMatchObject([{ text: '176 people', unit: 'killed' }]);
    expect(figures('200 people gathered')).toMatchObject([{ unit: 'people' }]);
  });

  it('also when they were treated, or a passive casualty predicate ends their clause', () => {
    expect(figures('The United States treated 11 of its troops for concussion.')).toMatchObject([{ unit: 'wounded' }]);
    expect(
      figures('109 service members involved in the attack on the base had been diagnosed with TBI.'),
    ).toMatchObject([{ text: '109 service members', unit: 'wounded' }]);
    // Not across a clause, and not an active verb of someone else.
    expect(figures('5,000 troops are in Iraq, where two were injured.')).toMatchObject([
      { text: '5,000 troops', unit: 'troops' },
    ]);
    expect(figures('Germany evacuated 30 troops from Taji.')).toMatchObject([{ unit: 'troops' }]);
  });

  it("past an adverb, an abbreviation's full stop, or an aside between dashes", () => {
    expect(figures('More than 100 US troops were later diagnosed with brain injuries.')).toMatchObject([
      { unit: 'wounded' },
    ]);
    expect(
      figures('109 service members involved in a Jan. 8 missile attack on the base had been diagnosed with TBI.'),
    ).toMatchObject([{ text: '109 service members', unit: 'wounded' }]);
    expect(figures('176 people on the flight — including Canadian families and students — were killed.')).toMatchObject(
      [{ text: '176 people', unit: 'killed' }],
    );
    // A single dash opens no aside: what follows it is another clause.
    expect(figures('176 people were on board — two were injured.')[0]).toMatchObject({
      text: '176 people',
      unit: 'people',
    });
  });
});

describe('figures: a bare number takes the unit of the figure before it', () => {
  it('"of whom 160" takes the unit of the preceding figure in the sentence', () => {
    expect(figures('France has around 200 soldiers in Iraq, of whom 160 are tasked with training.')).toMatchObject([
      { text: '200 soldiers', unit: 'troops' },
      { text: '160', value: 160, qualifier: 'exact', unit: 'troops' },
    ]);
    expect(figures('Some 500 troops are there; 300 of them are trainers.')).toMatchObject([
      { text: '500 troops' },
      { text: '300', unit: 'troops' },
    ]);
  });

  it('a bare number takes the whole unit phrase it looks back to, made a casualty count as a figure would be', () => {
    expect(figures('The number of U.S. service members diagnosed with brain injury has risen to 50.')).toMatchObject([
      { text: '50', unit: 'wounded' },
    ]);
  });

  it('a list of counts in one sentence, and a number the sentence cites again, count what its figure counts', () => {
    expect(figures('Iran fired 16 missiles. Eleven hit Al Asad and four failed.')).toMatchObject([
      { text: '16 missiles', kind: 'fired' },
      { text: 'Eleven', unit: 'missiles', kind: 'hit' },
      { text: 'four', unit: 'missiles', kind: 'failed' },
    ]);
    expect(figures('Iran fired 16 missiles from three sites, rather than the 15 cited by an official.')).toMatchObject([
      { text: '16 missiles', kind: 'fired' },
      { text: 'three sites' },
      { text: '15', unit: 'missiles', kind: 'fired' },
    ]);
    expect(figures('France has 200 soldiers in Iraq, and 2 were hurt.')).toMatchObject([
      { unit: 'troops' },
      { text: '2', unit: 'wounded' },
    ]);
    // A part keeps its own place: "including 500 in Iraq" is not the region's count.
    expect(figures('Canada has some 800 personnel in the region, including 500 in Iraq.')).toMatchObject([
      { kind: 'level@region' },
      { text: '500', unit: 'troops' },
    ]);
    expect(figures('Canada has some 800 personnel in the region, including 500 in Iraq.')[1]).not.toHaveProperty(
      'kind',
    );
  });

  it('not across a sentence boundary, and not without a partitive', () => {
    expect(figures('France has 200 soldiers. Of whom 160 are trainers.')).toHaveLength(1);
    expect(figures('France has 200 soldiers in 30 places.')).toHaveLength(1);
  });
});

describe('figures: never', () => {
  it.each([
    ['a year', 'In 2020 troops left.'],
    ['a year after "since"', 'since 2014 soldiers have trained'],
    ['page furniture', '2 min read'],
    ['a time', 'At 10:30 troops left.'],
    ['a time in words', 'at 1am soldiers moved'],
    ['an ordinal', 'the 14th soldiers'],
    ['a decade', 'the 1990s troops'],
    ['an age', 'a 62-year-old soldier'],
    ['an age with "aged"', 'aged 25 soldiers'],
    ['a model name', 'F-35 jets and MQ-9 drones'],
    ['a label', 'Flight 752 passengers'],
    ['a vague plural', 'hundreds of soldiers and thousands of people'],
    ['a number without unit', 'He said 200 were enough.'],
    ['a pronoun', 'one of the soldiers'],
    ['a date', 'on 7 January soldiers left'],
    ['a compound adjective', 'a 200-strong force'],
  ])('%s: %s', (_, text) => expect(figures(text)).toEqual([]));

  it('a percentage of troops is a percentage', () => {
    expect(figures('20 percent of troops')).toMatchObject([{ text: '20 percent', unit: 'percent' }]);
  });

  it('a qualified round number in year range is still a figure', () => {
    expect(figures('about 2000 troops')).toMatchObject([{ value: 2000, unit: 'troops' }]);
  });
});

describe('figures: thousands written with a full stop', () => {
  it('"5.200 soldats" counts 5,200 whole soldiers; a measure keeps its decimal', () => {
    expect(figures('Les États-Unis ont 5.200 soldats en Irak.')).toMatchObject([
      { text: '5.200 soldats', value: 5200, unit: 'troops' },
    ]);
    expect(figures('The base lies 5.200 km away.')).toMatchObject([{ value: 5.2, unit: 'km' }]);
    expect(figures('Germany has 1.5 thousand troops.')).toMatchObject([{ value: 1500 }]);
  });
});

describe('figures: counts a reader checks that name no unit of their own', () => {
  it('a part of a count named after it: "100 of the 133 Danish troops"', () => {
    expect(figures('Around 100 of the 133 Danish troops will be moved.')).toMatchObject([
      { text: '100', unit: 'troops' },
      { text: '133 Danish troops', unit: 'troops' },
    ]);
  });

  it('changes and remainders of the count before: "increased by 45", "the remaining 18"', () => {
    expect(figures('50 service members were injured. The remaining 18 were sent to Germany.')).toMatchObject([
      { text: '50 service members' },
      { text: '18', unit: 'wounded' },
    ]);
    expect(figures('109 troops were injured. The total increased by 45 from January.')).toMatchObject([
      {},
      { text: '45' },
    ]);
    // A number after "by" that is no change of a count stays unread.
    expect(figures('109 troops were injured. They were hit by 2 in the morning.')).toHaveLength(1);
  });

  it('a majority is a share whatever follows it, but not in a title', () => {
    expect(figures('The majority are not stationed in Taji.')).toMatchObject([
      { text: 'The majority', unit: 'percent', qualifier: 'more-than' },
    ]);
    expect(figures('The Senate majority leader spoke.')).toEqual([]);
  });

  it('French elisions: "d\'un millier de soldats", "s\'emparaient d\'un tiers du territoire"', () => {
    expect(figures("moins d'un millier de soldats")).toMatchObject([
      { text: 'un millier de soldats', value: 1000, unit: 'troops' },
    ]);
    expect(figures('d’une trentaine de personnes')).toMatchObject([{ value: 30, qualifier: 'about', unit: 'people' }]);
    expect(figures("les jihadistes s'emparaient d'un tiers du territoire")).toMatchObject([
      { text: 'un tiers', unit: 'percent', kind: 'added' },
    ]);
  });

  it('civilians and air bases are counted', () => {
    expect(figures('The attack killed one American civilian.')).toMatchObject([
      { text: 'one American civilian', unit: 'killed' },
    ]);
    expect(figures('Iran fired missiles at two Iraqi airbases.')).toMatchObject([
      { text: 'two Iraqi airbases', kind: '#site' },
    ]);
  });
});

describe('figures: members written onto the number, totals of a count named before', () => {
  it('"the 29-member alliance", "a 76-nation coalition" count members; "62-year-old" is no figure', () => {
    expect(figures('countries of the 29-member alliance')).toMatchObject([
      { text: '29-member', value: 29, unit: 'members' },
    ]);
    expect(figures('the 76-nation coalition')).toMatchObject([{ value: 76, unit: 'members' }]);
    expect(figures('a 62-year-old man')).toEqual([]);
  });

  it('"for a total of between 30 and 40" counts what its sentence counted', () => {
    expect(figures('About 30 soldiers will leave, for a total of between 30 and 40.')).toMatchObject([
      { text: '30 soldiers' },
      { text: '30 and 40', value: 30, valueMax: 40, unit: 'troops' },
    ]);
    expect(figures('The age of 40 is young.')).toEqual([]);
  });
});
