import { describe, expect, it } from 'vitest';
import { createAnnotator, createAnnotationContext, type AnnotateOptions } from '../../../src/core/annotate';
import type { RuntimeIndex } from '../../../src/kb/runtime';
import { tinyIndex } from './match-fixtures';

const KB = tinyIndex([
  {
    id: 'us',
    name: 'United States',
    aliases: [
      { text: 'US', case: 'exact' },
      { text: 'U.S.', case: 'exact' },
    ],
  },
  { id: 'is', type: 'armed-group', name: 'Islamic State', aliases: [{ text: 'IS', case: 'exact' }, 'Daesh', 'ISIS'] },
  { id: 'coalition', type: 'coalition', name: 'Global Coalition', aliases: ['US-led coalition', 'anti-IS coalition'] },
  { id: 'iran', name: 'Iran' },
  { id: 'iraq', name: 'Iraq' },
  { id: 'parliament', type: 'organisation', name: 'Council of Representatives', aliases: ['Iraq parliament'] },
  { id: 'nato', type: 'organisation', name: 'NATO' },
  { id: 'dod', type: 'organisation', name: 'Department of Defense', aliases: ['Pentagon'] },
  {
    id: 'hashd',
    type: 'armed-group',
    name: 'Popular Mobilization Forces',
    aliases: [{ text: 'hashd al-shaabi', case: 'any' }],
  },
  {
    id: 'soleimani',
    type: 'person',
    name: 'Qasem Soleimani',
    aliases: ['Qassem Suleimani'],
    shortNames: ['Soleimani', 'Suleimani'],
  },
  { id: 'parly', type: 'person', name: 'Florence Parly', shortNames: ['Parly'] },
  { id: 'nechirvan', type: 'person', name: 'Nechirvan Barzani', shortNames: ['Barzani'] },
  { id: 'masrour', type: 'person', name: 'Masrour Barzani', shortNames: ['Barzani'] },
  { id: 'erbil', type: 'place', name: 'Erbil', aliases: ['Irbil'] },
  { id: 'kurdistan', type: 'place', name: 'Kurdistan Region' },
  { id: 'georgia-state', name: 'Georgia', aliases: [{ text: 'Georgia', context: ['caucasus'], default: true }] },
  { id: 'georgia-us', type: 'place', name: 'State of Georgia', aliases: [{ text: 'Georgia', context: ['atlanta'] }] },
  { id: 'caucasus', type: 'place', name: 'Caucasus' },
  { id: 'atlanta', type: 'place', name: 'Atlanta' },
  {
    id: 'mosul-dam',
    type: 'place',
    name: 'Mosul Dam',
    aliases: [{ text: 'the dam', case: 'any', context: ['mosul'] }],
  },
  {
    id: 'haditha-dam',
    type: 'place',
    name: 'Haditha Dam',
    aliases: [{ text: 'the dam', case: 'any', context: ['haditha'] }],
  },
  { id: 'mosul', type: 'place', name: 'Mosul' },
  { id: 'haditha', type: 'place', name: 'Haditha' },
]);

function actors(blocks: string[], opts?: AnnotateOptions, kb: RuntimeIndex = KB): [string, string][] {
  return createAnnotator(kb)
    .annotate(blocks, opts)
    .flatMap((a) => (a.kind === 'actor' ? [[a.text, a.entity] as [string, string]] : []));
}

describe('actor matching: words', () => {
  it('matches whole words only', () => {
    expect(actors(['Iranians and Iraqis met in Iran.'])).toEqual([['Iran', 'iran']]);
    expect(actors(['Iraq2 and 2Iraq, but Iraq.'])).toEqual([['Iraq', 'iraq']]);
  });

  it('treats a hyphen as joining words: IS in anti-IS is not the group, but anti-IS coalition is the coalition', () => {
    expect(actors(['The anti-IS coalition fought IS.'])).toEqual([
      ['anti-IS coalition', 'coalition'],
      ['IS', 'is'],
    ]);
    expect(
      actors(['anti-IS forces, IS-held towns, pro-Iran militias, U.S.-backed groups, anti-U.S. protests']),
    ).toEqual([]);
  });

  it('keeps the possessive outside the highlight, with straight and curly apostrophes', () => {
    expect(actors(["Iran's army", 'Iran’s army', 'Iraq‘s', 'Iraqʼs'])).toEqual([
      ['Iran', 'iran'],
      ['Iran', 'iran'],
      ['Iraq', 'iraq'],
      ['Iraq', 'iraq'],
    ]);
  });

  it('matches across diacritics, no-break spaces, soft hyphens and zero-width characters in the text', () => {
    const blocks = ['Qāsem Soleimani', 'Qasem\u00A0Soleimani', 'Qasem Solei\u00ADmani', 'Qassem  \n Sulei\u200Bmani'];
    expect(actors(blocks)).toEqual(blocks.map((text) => [text, 'soleimani']));
  });

  it('slices the original text, diacritics and invisible characters included', () => {
    const [a] = createAnnotator(KB).annotate(['x IRBİL y Ìràq']);
    expect(a).toMatchObject({ start: 2, end: 7, text: 'IRBİL', entity: 'erbil' });
  });
});

describe('actor matching: case rules', () => {
  it('exact: "US" and "IS" only in capitals ("Follow us", "this is" highlight nothing)', () => {
    expect(actors(['Follow us on Twitter', 'this is it', 'Us and Is'])).toEqual([]);
    expect(actors(['The US said IS lost.', 'the U.S. said'])).toEqual([
      ['US', 'us'],
      ['IS', 'is'],
      ['U.S.', 'us'],
    ]);
  });

  it('title: case-insensitive, but an upper-case form needs an upper-case first letter', () => {
    expect(actors(['Nato and NATO and nato'])).toEqual([
      ['Nato', 'nato'],
      ['NATO', 'nato'],
    ]);
    expect(actors(['the pentagon of a building', 'the Pentagon said', 'PENTAGON'])).toEqual([
      ['Pentagon', 'dod'],
      ['PENTAGON', 'dod'],
    ]);
  });

  it('any: fully case-insensitive', () => {
    expect(actors(['the Hashd al-Shaabi and the hashd al-shaabi'])).toEqual([
      ['Hashd al-Shaabi', 'hashd'],
      ['hashd al-shaabi', 'hashd'],
    ]);
  });
});

describe('actor matching: overlaps', () => {
  it('prefers the longest match: Iraq parliament over Iraq, US-led coalition over US', () => {
    expect(actors(['The Iraq parliament voted. The US-led coalition paused.'])).toEqual([
      ['Iraq parliament', 'parliament'],
      ['US-led coalition', 'coalition'],
    ]);
  });

  it('prefers the full name over the surname inside it', () => {
    expect(actors(['Qasem Soleimani'])).toEqual([['Qasem Soleimani', 'soleimani']]);
  });

  it('never returns overlapping actors (leftmost first)', () => {
    const kb = tinyIndex([
      { id: 'ab', name: 'Alpha Beta' },
      { id: 'bc', name: 'Beta Gamma' },
    ]);
    expect(actors(['Alpha Beta Gamma'], {}, kb)).toEqual([['Alpha Beta', 'ab']]);
  });
});

describe('actor matching: short names', () => {
  it('links a surname to the person named in full on the page, before or after', () => {
    expect(actors(['Soleimani was killed.', 'Qasem Soleimani led the Quds Force.'])).toEqual([
      ['Soleimani', 'soleimani'],
      ['Qasem Soleimani', 'soleimani'],
    ]);
  });

  it('links a surname only one person claims, without the full name, when the page names an entity the KB ties to that person', () => {
    const kb = tinyIndex(
      [
        { id: 'parly', type: 'person', name: 'Florence Parly', shortNames: ['Parly'] },
        { id: 'white', type: 'person', name: 'Pat White', shortNames: ['White'] },
        { id: 'france', name: 'France' },
        { id: 'iraq', name: 'Iraq' },
      ],
      [{ id: 'parly-troops', subject: 'parly', about: ['france'], value: 200, unit: 'troops' }],
      [{ id: 'e1', date: '2020-01-05', entities: ['white', 'iraq'] }],
    );
    expect(actors(['Parly tweeted about France.'], {}, kb)).toEqual([
      ['Parly', 'parly'],
      ['France', 'france'],
    ]);
    expect(actors(['White said Iraq would decide.'], {}, kb)).toEqual([
      ['White', 'white'],
      ['Iraq', 'iraq'],
    ]);
    // A page that names nothing tied to the person: a surname that is also a word stays plain.
    expect(actors(['White smoke rose over France.'], {}, kb)).toEqual([['France', 'france']]);
    expect(actors(['Parly tweeted.'], {}, kb)).toEqual([]);
  });

  it('skips a surname several persons claim, unless one of them is named in full', () => {
    expect(actors(['Barzani spoke.'])).toEqual([]);
    expect(actors(['Barzani spoke.', 'Masrour Barzani is prime minister.'])).toEqual([
      ['Barzani', 'masrour'],
      ['Masrour Barzani', 'masrour'],
    ]);
  });

  it('a full name through an alias counts as naming the person', () => {
    expect(actors(['Qassem Suleimani and Suleimani'])).toEqual([
      ['Qassem Suleimani', 'soleimani'],
      ['Suleimani', 'soleimani'],
    ]);
  });
});

describe('actor matching: ambiguous aliases', () => {
  it('chooses the claim whose context is on the page', () => {
    expect(actors(['Georgia voted.', 'Atlanta is its capital.'])).toEqual([
      ['Georgia', 'georgia-us'],
      ['Atlanta', 'atlanta'],
    ]);
    expect(actors(['Georgia voted.', 'The Caucasus is far.'])).toEqual([
      ['Georgia', 'georgia-state'],
      ['Caucasus', 'caucasus'],
    ]);
  });

  it('falls back to the default claim', () => {
    expect(actors(['Georgia voted.'])).toEqual([['Georgia', 'georgia-state']]);
  });

  it('skips an alias with no context on the page and no default', () => {
    expect(actors(['They reached the dam.'])).toEqual([]);
    expect(actors(['They reached the dam near Haditha.'])).toEqual([
      ['the dam', 'haditha-dam'],
      ['Haditha', 'haditha'],
    ]);
  });
});

describe("actor matching: a short name that is also another entity's alias", () => {
  const kb = tinyIndex([
    { id: 'trump', type: 'person', name: 'Donald Trump', shortNames: ['Trump'] },
    { id: 'trump-org', type: 'organisation', name: 'Trump Organization', aliases: ['Trump'] },
  ]);

  it('goes to the person named in full on the page, else to the alias', () => {
    expect(actors(['Trump said.'], {}, kb)).toEqual([['Trump', 'trump-org']]);
    expect(actors(['Trump said.', 'Donald Trump'], {}, kb)).toEqual([
      ['Trump', 'trump'],
      ['Donald Trump', 'trump'],
    ]);
  });
});

describe('page state across calls', () => {
  it('remembers full names for later blocks', () => {
    const annotator = createAnnotator(KB);
    const page = createAnnotationContext();
    annotator.annotate(['Masrour Barzani spoke.'], { page });
    const later = annotator.annotate(['Barzani added.'], { page });
    expect(later.map((a) => a.kind === 'actor' && a.entity)).toEqual(['masrour']);
    expect(annotator.annotate(['Barzani added.']).length).toBe(0);
  });
});
