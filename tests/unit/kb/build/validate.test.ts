import { describe, expect, it } from 'vitest';
import { formatKbError, validateKb } from '../../../../src/kb/build/validate';
import type { KbError, TopicFileInput } from '../../../../src/kb/build/validate';
import { entry, section, tinyKb, topic } from '../tiny-kb';

type Files = TopicFileInput[];

/** A copy of the tiny KB with one change. */
function kbWith(change: (files: Files) => void): Files {
  const files = tinyKb();
  change(files);
  return files;
}

const GAZETTE = 'gazette-2020-01-07-zenda';
const BAD_DATES = ['2020-02-30', '2019-02-29', '1900-02-29', '2020-13', '2020-00-10', '20-01-01', '2020-1-5'];
const BAD_URLS = ['/z', 'gazette.example/z', 'ftp://a.example/z', 'mailto:a@b.example', 'https://a b.c', 'https://'];
const validFact = (id: string) => ({ id, subject: 'zenda', text: 'A fact.', sources: [GAZETTE] });

describe('validateKb on a valid knowledge base', () => {
  it('finds no error and no warning, and merges every entry of every file', () => {
    const { kb, errors, warnings } = validateKb(tinyKb());
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(kb.entities.map((e) => e.id)).toEqual(['ruritania', 'freedonia', 'anna-qasemi', 'zenda', 'zenda-summit']);
    expect(kb.facts).toHaveLength(3);
    expect(kb.timeline).toHaveLength(2);
    expect(Object.keys(kb.sources)).toEqual([GAZETTE, 'herald-undated-profile']);
  });

  it('accepts leap days of leap years', () => {
    const files = kbWith((f) => {
      entry(f, 'anna-qasemi-appointed').date = '2020-02-29';
      entry(f, 'freedonia-troops-zenda').date = '2000-02-29';
    });
    expect(validateKb(files).errors).toEqual([]);
  });
});

interface Rejection {
  rule: string;
  change: (files: Files) => void;
  file: string;
  entry: string;
  message: string;
}

const rejections: Rejection[] = [
  // The files themselves
  {
    rule: 'a file that is not an object',
    change: (f) => f.push({ file: 'extra.json', data: 42 }),
    file: 'extra.json',
    entry: '(file)',
    message: 'expected an object with "topic", got 42',
  },
  {
    rule: 'a topic that is not the file name',
    change: (f) => (topic(f, 'story.json').topic = 'stories'),
    file: 'story.json',
    entry: 'topic',
    message: 'expected "story" (the file name), got "stories"',
  },
  {
    rule: 'a missing topic',
    change: (f) => delete topic(f, 'story.json').topic,
    file: 'story.json',
    entry: 'topic',
    message: 'expected "story" (the file name), got nothing',
  },
  {
    rule: 'an unknown top-level field',
    change: (f) => (topic(f, 'story.json').fact = []),
    file: 'story.json',
    entry: 'fact',
    message: 'unknown field (expected one of topic, sources, entities, facts, timeline)',
  },
  {
    rule: 'a section that is not an array',
    change: (f) => f.push({ file: 'extra.json', data: { topic: 'extra', facts: {} } }),
    file: 'extra.json',
    entry: 'facts',
    message: 'expected an array, got {}',
  },
  // Malformed entries
  {
    rule: 'an entry that is not an object',
    change: (f) => section(f, 'story.json', 'facts').push('oops'),
    file: 'story.json',
    entry: 'facts[3]',
    message: 'expected an object, got "oops"',
  },
  {
    rule: 'an entry without id (named by its JSON path)',
    change: (f) => section(f, 'story.json', 'facts').push({ ...validFact('x'), id: undefined }),
    file: 'story.json',
    entry: 'facts[3]',
    message: 'id: missing',
  },
  {
    rule: 'an id that is not kebab-case',
    change: (f) => section(f, 'story.json', 'facts').push(validFact('Zenda_Fact')),
    file: 'story.json',
    entry: 'Zenda_Fact',
    message: 'id: expected a kebab-case id, got "Zenda_Fact"',
  },
  {
    rule: 'an unknown field (a typo)',
    change: (f) => (entry(f, 'zenda').sourcse = [GAZETTE]),
    file: 'places.json',
    entry: 'zenda',
    message: 'sourcse: unknown field (expected one of id, type, name, aliases,',
  },
  {
    rule: 'an unknown field in an alias',
    change: (f) => ((entry(f, 'ruritania').aliases as object[])[1] = { text: 'RU', cas: 'exact' }),
    file: 'places.json',
    entry: 'ruritania',
    message: 'aliases[1].cas: unknown field',
  },
  {
    rule: 'a missing required field',
    change: (f) => delete entry(f, 'zenda').description,
    file: 'places.json',
    entry: 'zenda',
    message: 'description: missing',
  },
  {
    rule: 'a blank text',
    change: (f) => (entry(f, 'zenda').role = '  '),
    file: 'places.json',
    entry: 'zenda',
    message: 'role: expected a non-empty string, got "  "',
  },
  {
    rule: 'a value that is not a number',
    change: (f) => (entry(f, 'freedonia-troops-zenda').value = '200'),
    file: 'story.json',
    entry: 'freedonia-troops-zenda',
    message: 'value: expected a number, got "200"',
  },
  {
    rule: 'an id listed twice',
    change: (f) => (entry(f, 'ruritania').sources = [GAZETTE, GAZETTE]),
    file: 'places.json',
    entry: 'ruritania',
    message: `sources[1]: "${GAZETTE}" is listed twice`,
  },
  // Sources cited
  {
    rule: 'a fact with an empty source list',
    change: (f) => (entry(f, 'anna-qasemi-appointed').sources = []),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'sources: cite at least one source',
  },
  {
    rule: 'a fact without sources',
    change: (f) => delete entry(f, 'anna-qasemi-appointed').sources,
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'sources: missing',
  },
  {
    rule: 'an entity without sources',
    change: (f) => (entry(f, 'zenda').sources = []),
    file: 'places.json',
    entry: 'zenda',
    message: 'sources: cite at least one source',
  },
  {
    rule: 'a timeline event without sources',
    change: (f) => (entry(f, '2019-12-deployment').sources = []),
    file: 'story.json',
    entry: '2019-12-deployment',
    message: 'sources: cite at least one source',
  },
  {
    rule: 'a timeline event without entities',
    change: (f) => (entry(f, '2019-12-deployment').entities = []),
    file: 'story.json',
    entry: '2019-12-deployment',
    message: 'entities: name at least one entity',
  },
  // Dangling and mistyped references
  {
    rule: 'a dangling fact subject',
    change: (f) => (entry(f, 'anna-qasemi-appointed').subject = 'anna-kasemi'),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'subject: no entity has the id "anna-kasemi"',
  },
  {
    rule: 'a dangling fact about',
    change: (f) => (entry(f, 'freedonia-troops-zenda').about = ['zenda', 'strelsau']),
    file: 'story.json',
    entry: 'freedonia-troops-zenda',
    message: 'about[1]: no entity has the id "strelsau"',
  },
  {
    rule: 'a dangling related entity',
    change: (f) => (entry(f, 'ruritania').related = ['strelsau']),
    file: 'places.json',
    entry: 'ruritania',
    message: 'related[0]: no entity has the id "strelsau"',
  },
  {
    rule: 'a dangling entity event',
    change: (f) => (entry(f, 'zenda-summit').event = '2020-01-06-zenda-summit'),
    file: 'places.json',
    entry: 'zenda-summit',
    message: 'event: no timeline event has the id "2020-01-06-zenda-summit"',
  },
  {
    rule: 'a dangling timeline entity',
    change: (f) => (entry(f, '2019-12-deployment').entities = ['freedonia', 'strelsau']),
    file: 'story.json',
    entry: '2019-12-deployment',
    message: 'entities[1]: no entity has the id "strelsau"',
  },
  {
    rule: 'a dangling source',
    change: (f) => (entry(f, 'freedonia-troops-range').sources = ['herald-2020-profile']),
    file: 'story.json',
    entry: 'freedonia-troops-range',
    message: 'sources[0]: no source has the id "herald-2020-profile"',
  },
  {
    rule: 'a dangling alias context',
    change: (f) => ((entry(f, 'ruritania').aliases as object[])[2] = { text: 'the Kingdom', context: ['anna'] }),
    file: 'places.json',
    entry: 'ruritania',
    message: 'aliases[2].context[0]: no entity has the id "anna"',
  },
  {
    rule: 'a reference to an id of the wrong kind',
    change: (f) => (entry(f, 'anna-qasemi-appointed').subject = 'herald-undated-profile'),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'subject: "herald-undated-profile" is a source, not an entity',
  },
  // Duplicate ids
  {
    rule: 'an id used in two files, by two kinds',
    change: (f) => section(f, 'story.json', 'facts').push(validFact('zenda')),
    file: 'story.json',
    entry: 'zenda',
    message: 'id is already used in places.json (entity)',
  },
  {
    rule: 'an id used twice in one file',
    change: (f) => section(f, 'story.json', 'facts').push(validFact('anna-qasemi-appointed')),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'id is already used in story.json (fact)',
  },
  // Dates and times
  ...BAD_DATES.map((date): Rejection => ({
    rule: `the date ${date}`,
    change: (f) => (entry(f, 'anna-qasemi-appointed').date = date),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: `date: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`,
  })),
  {
    rule: 'a timeline date that is a number',
    change: (f) => (entry(f, '2019-12-deployment').date = 2019),
    file: 'story.json',
    entry: '2019-12-deployment',
    message: 'date: expected a real calendar date',
  },
  {
    rule: 'a bad source date',
    change: (f) => (entry(f, GAZETTE).date = '07/01/2020'),
    file: 'places.json',
    entry: GAZETTE,
    message: 'date: expected a real calendar date',
  },
  {
    rule: 'a time without its zone',
    change: (f) => (entry(f, '2020-01-05-zenda-summit').time = '10:00'),
    file: 'story.json',
    entry: '2020-01-05-zenda-summit',
    message: 'time: expected a time "HH:MM" with its zone',
  },
  // Enums
  {
    rule: 'an unknown entity type',
    change: (f) => (entry(f, 'zenda').type = 'city'),
    file: 'places.json',
    entry: 'zenda',
    message: 'type: expected one of person, state, organisation',
  },
  {
    rule: 'an unknown unit',
    change: (f) => (entry(f, 'freedonia-troops-zenda').unit = 'soldiers'),
    file: 'story.json',
    entry: 'freedonia-troops-zenda',
    message: 'unit: expected one of troops, killed',
  },
  {
    rule: 'an unknown qualifier',
    change: (f) => (entry(f, 'freedonia-troops-zenda').qualifier = 'approximately'),
    file: 'story.json',
    entry: 'freedonia-troops-zenda',
    message: 'qualifier: expected one of exact, about',
  },
  {
    rule: 'an unknown case rule',
    change: (f) => ((entry(f, 'ruritania').aliases as object[])[1] = { text: 'RU', case: 'upper' }),
    file: 'places.json',
    entry: 'ruritania',
    message: 'aliases[1].case: expected one of title, exact, any, got "upper"',
  },
  {
    rule: 'an unknown place kind',
    change: (f) => (entry(f, 'zenda').placeKind = 'town'),
    file: 'places.json',
    entry: 'zenda',
    message: 'placeKind: expected one of base, city',
  },
  {
    rule: 'a language that is not an ISO 639-1 code',
    change: (f) => ((entry(f, 'anna-qasemi').aliases as object[])[0] = { text: 'Anna Kasemi', lang: 'french' }),
    file: 'places.json',
    entry: 'anna-qasemi',
    message: 'aliases[0].lang: expected an ISO 639-1 language code',
  },
  // Fields that belong to one type of entity
  {
    rule: 'a placeKind on an entity that is not a place',
    change: (f) => (entry(f, 'ruritania').placeKind = 'country-region'),
    file: 'places.json',
    entry: 'ruritania',
    message: 'placeKind: only for type "place"',
  },
  {
    rule: 'shortNames on an entity that is not a person',
    change: (f) => (entry(f, 'ruritania').shortNames = ['Rur']),
    file: 'places.json',
    entry: 'ruritania',
    message: 'shortNames: only for persons',
  },
  {
    rule: 'an event on an entity that is not an event',
    change: (f) => (entry(f, 'zenda').event = '2020-01-05-zenda-summit'),
    file: 'places.json',
    entry: 'zenda',
    message: 'event: only for type "event"',
  },
  // Figures
  {
    rule: 'a value without unit',
    change: (f) => Object.assign(entry(f, 'anna-qasemi-appointed'), { value: 3, measure: 'cabinet-size' }),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'unit: missing (a fact with a value needs a unit)',
  },
  {
    rule: 'a value without measure',
    change: (f) => Object.assign(entry(f, 'anna-qasemi-appointed'), { value: 3, unit: 'people' }),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'measure: missing (a fact with a value names the quantity it reports)',
  },
  {
    rule: 'a unit without value',
    change: (f) => (entry(f, 'anna-qasemi-appointed').unit = 'troops'),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'value: missing (a fact with a unit needs a value)',
  },
  {
    rule: 'a qualifier without value',
    change: (f) => (entry(f, 'anna-qasemi-appointed').qualifier = 'about'),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'qualifier: only for a fact with a value',
  },
  {
    rule: 'a valueMax not above value',
    change: (f) => (entry(f, 'freedonia-troops-range').valueMax = 150),
    file: 'story.json',
    entry: 'freedonia-troops-range',
    message: 'valueMax: must be greater than value (150), got 150',
  },
  {
    rule: 'the unit "count" without unitLabel',
    change: (f) =>
      Object.assign(entry(f, 'anna-qasemi-appointed'), { value: 3, unit: 'count', measure: 'cabinet-size' }),
    file: 'story.json',
    entry: 'anna-qasemi-appointed',
    message: 'unitLabel: missing (unit "count" needs a unitLabel',
  },
  // Source URLs
  ...BAD_URLS.map((url): Rejection => ({
    rule: `the source URL ${url}`,
    change: (f) => (entry(f, GAZETTE).url = url),
    file: 'places.json',
    entry: GAZETTE,
    message: `url: expected an absolute http(s) URL, got "${url}"`,
  })),
];

describe('validateKb rejects', () => {
  it.each(rejections)('$rule, naming file and entry', ({ change, file, entry, message }) => {
    const { errors } = validateKb(kbWith(change));
    expect(errors).toEqual([{ file, entry, message: expect.stringContaining(message) }]);
  });
});

describe('validateKb on aliases several entities claim', () => {
  const addAlias = (files: Files, id: string, alias: unknown) => {
    const target = entry(files, id);
    target.aliases = [...((target.aliases as unknown[] | undefined) ?? []), alias];
  };
  const at = (errors: KbError[]) => errors.map((e) => `${e.file} › ${e.entry}`);

  it('rejects every claim without context when no claim is the default', () => {
    const { errors } = validateKb(
      kbWith((f) => {
        addAlias(f, 'freedonia', 'Kingdom of Ruritania');
      }),
    );
    expect(at(errors)).toEqual(['places.json › ruritania', 'places.json › freedonia']);
    expect(errors[1]!.message).toBe(
      'alias "Kingdom of Ruritania": "kingdom of ruritania" is also claimed by ' +
        'ruritania (alias "Kingdom of Ruritania"); give it a context, or make it the one default claim',
    );
  });

  it('accepts context on every claim but one default', () => {
    const { errors } = validateKb(
      kbWith((f) => {
        addAlias(f, 'freedonia', { text: 'Kingdom of Ruritania', context: ['anna-qasemi'] });
        (entry(f, 'ruritania').aliases as unknown[])[0] = { text: 'Kingdom of Ruritania', default: true };
      }),
    );
    expect(errors).toEqual([]);
  });

  it('rejects two default claims', () => {
    const { errors } = validateKb(
      kbWith((f) => ((entry(f, 'ruritania').aliases as unknown[])[2] = { text: 'the Kingdom', default: true })),
    );
    expect(errors).toEqual([
      {
        file: 'places.json',
        entry: 'freedonia',
        message: expect.stringContaining(
          'alias "the kingdom": "the kingdom" is also claimed by ruritania (alias "the Kingdom"), and only one',
        ),
      },
    ]);
  });

  it('compares keys after normalisation (diacritics, case, spaces)', () => {
    const { errors } = validateKb(kbWith((f) => addAlias(f, 'freedonia', 'anna  QASEMI')));
    expect(at(errors)).toEqual(['places.json › freedonia', 'places.json › anna-qasemi']);
    expect(errors[1]!.message).toContain('name "Anna Qāsemi": "anna qasemi" is also claimed by freedonia');
    expect(errors[1]!.message).toContain('a name cannot take a context');
  });

  it('rejects a name that another entity claims even if that claim has a context', () => {
    const { errors } = validateKb(kbWith((f) => addAlias(f, 'ruritania', { text: 'Zenda', context: ['freedonia'] })));
    expect(at(errors)).toEqual(['places.json › zenda']);
  });

  it('exempts the short names of persons', () => {
    const files = kbWith((f) =>
      section(f, 'places.json', 'entities').push({
        id: 'omar-qasemi',
        type: 'person',
        name: 'Omar Qasemi',
        shortNames: ['Qasemi'],
        description: 'A general.',
        role: 'Chief of staff.',
        fr: { description: 'Un général.', role: "Chef d'état-major." },
        sources: [GAZETTE],
      }),
    );
    expect(validateKb(files).errors).toEqual([]);
  });
});

describe('validateKb warnings', () => {
  const warningsOf = (change: (files: Files) => void) => {
    const { errors, warnings } = validateKb(kbWith(change));
    expect(errors).toEqual([]);
    return warnings;
  };

  const SAME = '(same normalised form and case rule)';

  it('warns about an alias identical to its own name, in any case that matches the same text', () => {
    expect(warningsOf((f) => (entry(f, 'zenda').aliases = ['Zenda', 'ZENDA']))).toEqual([
      { file: 'places.json', entry: 'zenda', message: `alias "Zenda" repeats "Zenda" ${SAME}` },
      { file: 'places.json', entry: 'zenda', message: `alias "ZENDA" repeats "Zenda" ${SAME}` },
    ]);
  });

  it('does not warn about an alias that widens or narrows what the name matches', () => {
    const aliases = [
      { text: 'zenda', case: 'any' },
      { text: 'ZENDA', case: 'exact' },
    ];
    expect(warningsOf((f) => (entry(f, 'zenda').aliases = aliases))).toEqual([]);
  });

  it('warns about a person without shortNames', () => {
    expect(warningsOf((f) => delete entry(f, 'anna-qasemi').shortNames)).toEqual([
      {
        file: 'places.json',
        entry: 'anna-qasemi',
        message: 'a person without shortNames: the surname alone will not link (say [] if meant)',
      },
    ]);
  });

  it('accepts an empty shortNames list as a deliberate "no surname alone"', () => {
    expect(warningsOf((f) => (entry(f, 'anna-qasemi').shortNames = []))).toEqual([]);
  });

  it('warns about a source never cited', () => {
    const source = { id: 'wire-2020-01-08', publisher: 'Wire', title: 'Unused', url: 'https://wire.example/u' };
    expect(warningsOf((f) => section(f, 'places.json', 'sources').push(source))).toEqual([
      { file: 'places.json', entry: 'wire-2020-01-08', message: 'source is never cited' },
    ]);
  });

  it('warns about a default on an alias no other entity claims', () => {
    expect(warningsOf((f) => (entry(f, 'zenda').aliases = [{ text: 'Old Zenda', default: true }]))).toEqual([
      {
        file: 'places.json',
        entry: 'zenda',
        message: 'alias "Old Zenda": default is set, but no other entity claims "old zenda"',
      },
    ]);
  });
});

describe('validateKb collects every error', () => {
  it('reports problems of several files and entries together, formatted as file › entry: message', () => {
    const { errors } = validateKb(
      kbWith((f) => {
        entry(f, 'zenda').sourcse = [];
        entry(f, 'anna-qasemi-appointed').subject = 'nobody';
        entry(f, '2019-12-deployment').date = '2019-12-32';
      }),
    );
    expect(errors.map(formatKbError)).toEqual([
      'places.json › zenda: sourcse: unknown field (expected one of id, type, name, aliases, shortNames, ' +
        'demonyms, placeKind, description, role, fr, related, event, sources)',
      'story.json › 2019-12-deployment: date: expected a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD, ' +
        'got "2019-12-32"',
      'story.json › anna-qasemi-appointed: subject: no entity has the id "nobody"',
    ]);
  });
});

describe('both languages', () => {
  it('requires the French of every entity and timeline event', () => {
    const errors = validateKb(
      kbWith((f) => {
        delete (entry(f, 'zenda') as { fr?: unknown }).fr;
        (entry(f, '2019-12-deployment') as { fr: { text?: string } }).fr = { text: 'Déploiement.' };
      }),
    ).errors.map(formatKbError);
    expect(errors).toEqual(['places.json › zenda: fr: missing', 'story.json › 2019-12-deployment: fr.title: missing']);
  });
});
