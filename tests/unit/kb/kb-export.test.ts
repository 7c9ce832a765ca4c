import { describe, expect, it } from 'vitest';
import { exportKb } from '../../../scripts/kb-export';
import { compileKb } from '../../../src/kb/build/compile';
import type { PublisherRegistry } from '../../../src/kb/build/publishers';
import { tinyKb } from './tiny-kb';

const GAZETTE = {
  publisher: 'Gazette',
  title: 'Troops stay in Zenda',
  date: '2020-01-07',
  url: 'https://gazette.example/zenda',
  kind: 'newsroom',
};
const HERALD = {
  publisher: 'Herald',
  title: 'A profile',
  date: null,
  url: 'http://herald.example/p?id=1',
  kind: 'other',
};

/** Each source's kind comes from the publisher registry. */
const REGISTRY: PublisherRegistry = {
  publishers: [
    { id: 'gazette', name: 'Gazette', domains: ['gazette.example'], kind: 'newsroom', country: 'RU', basis: 'A daily' },
    { id: 'herald', name: 'Herald', domains: ['herald.example'], kind: 'other', country: 'RU', basis: 'A blog' },
  ],
  denied: [],
};

describe('exportKb', () => {
  const exported = JSON.parse(JSON.stringify(exportKb(compileKb(tinyKb(), REGISTRY).details)));

  it('writes entities with their aliases and the facts they are the subject of, sources resolved', () => {
    expect(exported.entities.map((e: { id: string }) => e.id)).toEqual([
      'anna-qasemi',
      'freedonia',
      'ruritania',
      'zenda',
      'zenda-summit',
    ]);
    expect(exported.entities[0]).toEqual({
      id: 'anna-qasemi',
      type: 'person',
      name: 'Anna Qāsemi',
      aliases: ['Anna Kasemi', 'Qāsemi'],
      description: 'A minister.',
      role: 'Defence minister of Freedonia.',
      fr: { description: 'Description en français.', role: 'Rôle en français.' },
      facts: [{ text: 'Anna Qāsemi became minister in 2017.', date: '2017', sources: [HERALD] }],
    });
    expect(exported.entities[1].facts).toEqual([
      {
        text: 'Between 150 and 250 Freedonian troops were in Ruritania.',
        value: 150,
        unit: 'troops',
        sources: [HERALD],
      },
      {
        text: 'Freedonia had about 200 troops in Zenda.',
        value: 200,
        unit: 'troops',
        qualifier: 'about',
        date: '2020-01',
        sources: [GAZETTE],
      },
    ]);
    expect(exported.entities[2].aliases).toEqual(['Kingdom of Ruritania', 'RU', 'the Kingdom']);
    expect(exported.entities[3].facts).toEqual([]);
  });

  it('writes the timeline as events in date order', () => {
    expect(exported.events).toEqual([
      {
        date: '2019-12',
        title: 'Deployment',
        text: 'Freedonia deployed troops.',
        fr: { title: 'Titre en français', text: 'Texte en français.' },
        entities: ['freedonia'],
        sources: [GAZETTE],
      },
      {
        date: '2020-01-05',
        title: 'Zenda summit',
        text: 'The contributors met in Zenda.',
        fr: { title: 'Titre en français', text: 'Texte en français.' },
        entities: ['freedonia', 'ruritania', 'zenda'],
        sources: [GAZETTE],
      },
    ]);
  });

  it('has exactly the documented fields', () => {
    expect(Object.keys(exported)).toEqual(['entities', 'events']);
    for (const entity of exported.entities) {
      expect(Object.keys(entity)).toEqual(['id', 'type', 'name', 'aliases', 'description', 'role', 'fr', 'facts']);
    }
    const fullFact = exported.entities[1].facts[1];
    expect(Object.keys(fullFact.sources[0])).toEqual(['publisher', 'title', 'date', 'url', 'kind']);
    expect(Object.keys(fullFact)).toEqual(['text', 'value', 'unit', 'qualifier', 'date', 'sources']);
    expect(Object.keys(exported.events[0])).toEqual(['date', 'title', 'text', 'fr', 'entities', 'sources']);
  });
});
