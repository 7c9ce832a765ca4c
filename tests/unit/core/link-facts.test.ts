import { describe, expect, it } from 'vitest';
import { createAnnotator, createAnnotationContext, type FigureAnnotation } from '../../../src/core/annotate';
import { tinyIndex, type TinyFact } from './match-fixtures';

const ENTITIES = [
  { id: 'france', name: 'France' },
  { id: 'germany', name: 'Germany', demonyms: ['German'] },
  { id: 'spain', name: 'Spain' },
  { id: 'us', name: 'United States', demonyms: ['American'] },
  { id: 'iraq', name: 'Iraq' },
  { id: 'iran', name: 'Iran' },
  { id: 'kuwait', name: 'Kuwait' },
  { id: 'middle-east', type: 'place' as const, name: 'Middle East' },
  { id: 'asad', type: 'place' as const, name: 'Ain al-Asad' },
  { id: 'ps752', type: 'event' as const, name: 'Flight PS752', aliases: ['PS752'] },
  { id: 'asad-strike', type: 'event' as const, name: 'Operation Martyr Soleimani' },
  { id: 'soleimani-killing', type: 'event' as const, name: 'killing of Soleimani' },
  { id: 'pentagon', type: 'organisation' as const, name: 'Pentagon' },
  { id: 'k1', type: 'event' as const, name: 'K-1 attack' },
  { id: 'kirkuk', type: 'place' as const, name: 'Kirkuk' },
];

const FACTS: TinyFact[] = [
  {
    id: 'fr-iraq',
    subject: 'france',
    about: ['iraq'],
    value: 200,
    unit: 'troops',
    qualifier: 'about',
    date: '2020-01',
  },
  { id: 'fr-trainers', subject: 'france', about: ['iraq'], value: 160, unit: 'troops', date: '2020-01' },
  { id: 'fr-iraq-2015', subject: 'france', about: ['iraq'], value: 400, unit: 'troops', date: '2015-06' },
  { id: 'de-iraq', subject: 'germany', about: ['iraq'], value: 130, unit: 'troops', date: '2020-01' },
  {
    id: 'missiles-dod',
    subject: 'iran',
    about: ['asad'],
    value: 16,
    unit: 'missiles',
    date: '2020-01-08',
    measure: 'iran-missiles',
    kind: 'fired',
  },
  {
    id: 'missiles-other',
    subject: 'iran',
    about: ['asad'],
    value: 22,
    unit: 'missiles',
    date: '2020-01-08',
    measure: 'iran-missiles',
    kind: 'fired',
  },
  {
    id: 'missiles-hit',
    subject: 'iran',
    about: ['asad'],
    value: 11,
    unit: 'missiles',
    date: '2020-01-08',
    measure: 'iran-missiles-hit',
    kind: 'hit',
  },
  { id: 'ps752-killed', subject: 'ps752', about: ['iran'], value: 176, unit: 'killed', date: '2020-01-08' },
  {
    id: 'us-killed-by-iran',
    subject: 'us',
    about: ['iran', 'iraq'],
    value: 500,
    unit: 'killed',
    qualifier: 'about',
    date: '2015-07',
  },
  {
    id: 'asad-strike-wounded',
    subject: 'asad-strike',
    about: ['asad', 'us', 'iran'],
    value: 34,
    unit: 'wounded',
    date: '2020-01-24',
  },
  {
    id: 'asad-strike-troops',
    subject: 'asad-strike',
    about: ['asad'],
    value: 1000,
    unit: 'troops',
    qualifier: 'about',
    date: '2020-01-08',
  },
  { id: 'pentagon-2010', subject: 'pentagon', about: ['iraq'], value: 50000, unit: 'troops', date: '2010-08' },
  { id: 'k1-killed', subject: 'k1', about: ['kirkuk'], value: 1, unit: 'killed', date: '2019-12-27' },
  {
    id: 'us-sent-2019',
    subject: 'us',
    about: ['middle-east'],
    value: 14000,
    unit: 'troops',
    date: '2019-12-05',
    kind: 'added',
  },
  {
    id: 'sent-after-strike',
    subject: 'soleimani-killing',
    about: ['us', 'middle-east'],
    value: 3000,
    unit: 'troops',
    qualifier: 'about',
    date: '2020-01-03',
    measure: 'reinforcements',
    kind: 'added',
  },
  {
    id: 'sent-after-strike-upi',
    subject: 'soleimani-killing',
    about: ['us', 'middle-east'],
    value: 3500,
    unit: 'troops',
    qualifier: 'up-to',
    date: '2020-01-03',
    measure: 'reinforcements',
    kind: 'added',
  },
];

const annotator = createAnnotator(tinyIndex(ENTITIES, FACTS));

function figures(blocks: string[], published = '2020-01-07') {
  return annotator
    .annotate(blocks, { published })
    .filter((a): a is FigureAnnotation => a.kind === 'figure')
    .map(({ text, fact, verdict, kbValue }) => ({ text, fact, verdict, kbValue }));
}

describe('figure → fact linking', () => {
  it('links a figure to the fact of the entity in its sentence that agrees', () => {
    expect(figures(['France has around 200 soldiers in Iraq.'])).toEqual([
      { text: '200 soldiers', fact: 'fr-iraq', verdict: 'agrees', kbValue: 200 },
    ]);
    expect(figures(['France has 200 soldiers in Iraq, of whom 160 are trainers.'])).toMatchObject([
      { fact: 'fr-iraq', verdict: 'agrees' },
      { text: '160', fact: 'fr-trainers', verdict: 'agrees' },
    ]);
  });

  it('says "differs" when the fact is clearly the same thing but the values are not compatible', () => {
    expect(figures(['France has 300 soldiers in Iraq.'])).toEqual([
      { text: '300 soldiers', fact: 'fr-iraq', verdict: 'differs', kbValue: 200 },
    ]);
  });

  it('prefers the fact dated near publication', () => {
    expect(figures(['France has 320 soldiers in Iraq.'])).toMatchObject([{ fact: 'fr-iraq', verdict: 'differs' }]);
    expect(figures(['France has 400 soldiers in Iraq.'], '2015-07-01')).toMatchObject([
      { fact: 'fr-iraq-2015', verdict: 'agrees' },
    ]);
  });

  it('prefers the subject named nearest the figure', () => {
    expect(figures(['France has 200 soldiers in Iraq and Germany 120 soldiers.'])).toMatchObject([
      { text: '200 soldiers', fact: 'fr-iraq', verdict: 'agrees' },
      { text: '120 soldiers', fact: 'de-iraq', verdict: 'differs', kbValue: 130 },
    ]);
  });

  it('agrees with any of several facts of the same measure (disagreeing sources)', () => {
    expect(figures(['Iran fired 22 missiles at Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-other', verdict: 'varies' },
    ]);
    expect(figures(['Iran fired 16 ballistic missiles at Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-dod', verdict: 'varies' },
    ]);
    expect(figures(['Iran fired 15 missiles at Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-dod', verdict: 'differs', kbValue: 16 },
    ]);
  });

  it('accepts related units: people killed for a death toll, rockets for missiles', () => {
    expect(figures(['PS752 crashed, killing all 176 people on board.'], '2020-01-09')).toMatchObject([
      { text: '176 people', fact: 'ps752-killed', verdict: 'agrees' },
    ]);
    expect(figures(['Iran fired 22 rockets at Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-other', verdict: 'varies' },
    ]);
  });

  it('falls back to the paragraph, then the previous paragraph', () => {
    expect(figures(['France is in Iraq. It has 200 soldiers there.'])).toMatchObject([
      { fact: 'fr-iraq', verdict: 'agrees' },
    ]);
    expect(figures(['France is staying in Iraq.', 'It has around 200 soldiers there.'])).toMatchObject([
      { fact: 'fr-iraq', verdict: 'agrees' },
    ]);
    const page = createAnnotationContext();
    annotator.annotate(['France is staying in Iraq.'], { published: '2020-01-07', page });
    const later = annotator.annotate(['It has around 200 soldiers there.'], { published: '2020-01-07', page });
    expect(later).toMatchObject([{ fact: 'fr-iraq', verdict: 'agrees' }]);
  });

  it('is conservative: a different quantity of the same subject is unknown, not "differs"', () => {
    expect(figures(['France has around a thousand soldiers in the Middle East region.'])).toEqual([
      { text: 'a thousand soldiers', fact: undefined, verdict: 'unknown', kbValue: undefined },
    ]);
    expect(figures(['France had 900 soldiers in Iraq.'])).toMatchObject([{ verdict: 'unknown', fact: undefined }]);
  });

  it('links only facts about what the article names: the subject with its context, or an event named alone', () => {
    expect(figures(['More than 100 protesters were killed in Iran.'], '2020-01-09')).toEqual([
      { text: '100 protesters', fact: undefined, verdict: 'unknown', kbValue: undefined },
    ]);
    expect(
      figures(['Bombs at United States embassies in Kenya killed more than 200 people.'], '2015-08-01'),
    ).toMatchObject([{ fact: undefined, verdict: 'unknown' }]);
    expect(
      figures(['Iran and Iraq: militias killed about 500 American troops, the United States said.'], '2015-08-01'),
    ).toMatchObject([{ fact: 'us-killed-by-iran', verdict: 'agrees' }]);
  });

  it('does not agree across magnitudes, whatever the qualifiers allow', () => {
    expect(figures(['France has more than 20 soldiers in Iraq.'])).toMatchObject([
      { fact: undefined, verdict: 'unknown' },
    ]);
  });

  it('highlights every counted figure, "Not in the KB" when nothing checks it', () => {
    expect(figures(['Spain has 500 soldiers in the country.'])).toEqual([
      { text: '500 soldiers', fact: undefined, verdict: 'unknown', kbValue: undefined },
    ]);
    expect(figures(['There were 500 soldiers there.'])).toMatchObject([{ text: '500 soldiers', verdict: 'unknown' }]);
    expect(figures(['Spain has 500 soldiers in the country, of whom 100 are trainers.'])).toHaveLength(2);
  });

  it('compares like with like: the same subject and the same measure', () => {
    // The clause's own subject, not another country named in the same paragraph.
    expect(figures(['Germany has 130 soldiers in Iraq, while France has 200 soldiers there.'])).toMatchObject([
      { text: '130 soldiers', fact: 'de-iraq', verdict: 'agrees' },
      { text: '200 soldiers', fact: 'fr-iraq', verdict: 'agrees' },
    ]);
    // A nationality adjective ties the figure to its state.
    expect(figures(['In Iraq, 130 German soldiers train local forces.'])).toMatchObject([
      { fact: 'de-iraq', verdict: 'agrees' },
    ]);
    expect(figures(['In Iraq, 200 German soldiers train local forces.'])).toMatchObject([
      { verdict: 'differs', fact: 'de-iraq' },
    ]);
    // Missiles that hit are not the missiles fired.
    expect(figures(['Iran said 16 missiles hit Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { verdict: 'differs', fact: 'missiles-hit' },
    ]);
    expect(figures(['Iran said 11 missiles hit Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-hit', verdict: 'agrees' },
    ]);
    // Troops sent to the region are not the troops stationed in Iraq.
    expect(figures(['France sent 200 additional soldiers to Iraq.'])).toMatchObject([{ verdict: 'unknown' }]);
  });

  it('finds an event of the weeks before that the page names only by its participants', () => {
    const story = [
      'Iran fired missiles at Ain al-Asad, where United States troops are based.',
      'The Pentagon gave an update.',
      '34 service members were diagnosed with brain injuries.',
    ];
    expect(figures(story, '2020-01-25')).toMatchObject([{ fact: 'asad-strike-wounded', verdict: 'agrees' }]);
    // Months later, the same words are another story; and one participant named is not enough.
    expect(figures(story, '2020-06-25')).toMatchObject([{ verdict: 'unknown' }]);
    expect(
      figures(['Iran spoke.', 'An update.', '34 service members were diagnosed with brain injuries.'], '2020-01-25'),
    ).toMatchObject([{ verdict: 'unknown' }]);
  });

  it('a bound does not confirm a value far inside it: "as many as 1,500" against "about 1,000" is unknown, not agrees', () => {
    const story = ['Iran fired missiles at Ain al-Asad, the United States said.'];
    expect(figures([...story, 'As many as 1,500 troops were stationed at the base.'], '2020-01-10')).toMatchObject([
      { verdict: 'unknown' },
    ]);
    expect(figures([...story, 'About 1,050 troops were stationed at the base.'], '2020-01-10')).toMatchObject([
      { fact: 'asad-strike-troops', verdict: 'agrees' },
    ]);
  });

  it('checks a plain count of people against a death toll, but a count of the wounded never against the dead', () => {
    expect(figures(['Flight PS752 crashed near Tehran; 176 people were on board.'], '2020-01-09')).toMatchObject([
      { fact: 'ps752-killed', verdict: 'agrees' },
    ]);
    expect(figures(['Flight PS752 crashed near Tehran; 176 people were wounded.'], '2020-01-09')).toMatchObject([
      { verdict: 'unknown' },
    ]);
  });

  it('takes a nationality word as naming its state for context ("German officers" name Germany), not as a highlight', () => {
    expect(figures(['German officers met.', 'Some 130 soldiers are deployed in Iraq.'])).toMatchObject([
      { text: '130 soldiers', fact: 'de-iraq', verdict: 'agrees' },
    ]);
    expect(figures(['Officers met.', 'Some 130 soldiers are deployed in Iraq.'])).toMatchObject([
      { verdict: 'unknown' },
    ]);
  });

  it('never checks a figure against a fact from after publication: an article cannot report a later count', () => {
    expect(figures(['Iran fired 16 missiles at Ain al-Asad.'], '2020-01-09')).toMatchObject([
      { fact: 'missiles-dod', verdict: 'varies' },
    ]);
    expect(figures(['Iran fired 16 missiles at Ain al-Asad.'], '2019-12-01')).toMatchObject([{ verdict: 'unknown' }]);
  });

  it('does not say "differs" against a fact placed elsewhere than the places the sentence names', () => {
    expect(figures(['Germany has 200 soldiers in Iraq.'])).toMatchObject([{ fact: 'de-iraq', verdict: 'differs' }]);
    expect(figures(['Germany has 200 soldiers in Kuwait.'])).toMatchObject([{ verdict: 'unknown' }]);
  });

  it("takes an event the subject took part in as its count: the US's 3,000 troops sent after the strike", () => {
    // The US's own count of troops sent in 2019 is near by name and date, but the event's 3,000 is the same count.
    expect(
      figures(['The United States is sending 3,000 additional troops to the Middle East.'], '2020-01-03'),
    ).toMatchObject([{ fact: 'sent-after-strike', verdict: 'varies' }]);
    // Months later, that event is not what a count of the US is about.
    expect(
      figures(['The United States is sending 3,000 additional troops to the Middle East.'], '2020-06-03'),
    ).toMatchObject([{ verdict: 'unknown' }]);
  });

  it('reads a clause actor that holds no such count as no subject, and lets the passage decide', () => {
    // The Pentagon's only count of troops in Iraq is of 2010, no count of January 2020; France's, named in the
    // sentence, checks the figure.
    expect(figures(['The Pentagon said France has 200 soldiers in Iraq.'])).toMatchObject([
      { fact: 'fr-iraq', verdict: 'agrees' },
    ]);
  });

  it("reads the nationality of the dead as who they were, not whose toll it is: the attack's own count checks them", () => {
    // The US holds a toll of its own (about 500 killed by Iran-backed groups), which is not this attack's.
    expect(
      figures(['The K-1 attack near Kirkuk killed one American civilian contractor.'], '2019-12-28'),
    ).toMatchObject([{ fact: 'k1-killed', verdict: 'agrees' }]);
  });
});
