/**
 * A tiny, valid knowledge base in two topic files (invented names, no story data), for the KB machinery's tests.
 * Every call returns fresh objects, so a test may break one entry without touching the others.
 */
import type { TopicFileInput } from '../../../src/kb/build/validate';

export function tinyKb(): TopicFileInput[] {
  return [
    {
      file: 'places.json',
      data: {
        topic: 'places',
        sources: [
          {
            id: 'gazette-2020-01-07-zenda',
            publisher: 'Gazette',
            title: 'Troops stay in Zenda',
            date: '2020-01-07',
            url: 'https://gazette.example/zenda',
          },
          {
            id: 'herald-undated-profile',
            publisher: 'Herald',
            title: 'A profile',
            url: 'http://herald.example/p?id=1',
          },
        ],
        entities: [
          {
            id: 'ruritania',
            type: 'state',
            name: 'Ruritania',
            aliases: [
              'Kingdom of Ruritania',
              { text: 'RU', case: 'exact' },
              { text: 'the Kingdom', context: ['anna-qasemi'] },
            ],
            description: 'A kingdom.',
            role: 'Host country.',
            fr: { description: 'Description en français.', role: 'Rôle en français.' },
            related: ['zenda'],
            sources: ['gazette-2020-01-07-zenda'],
          },
          {
            id: 'freedonia',
            type: 'state',
            name: 'Freedonia',
            aliases: [{ text: 'the kingdom', default: true }],
            description: 'Another kingdom.',
            role: 'Contributor.',
            fr: { description: 'Description en français.', role: 'Rôle en français.' },
            sources: ['gazette-2020-01-07-zenda'],
          },
          {
            id: 'anna-qasemi',
            type: 'person',
            name: 'Anna Qāsemi',
            aliases: [{ text: 'Anna Kasemi', lang: 'fr' }],
            shortNames: ['Qāsemi'],
            description: 'A minister.',
            role: 'Defence minister of Freedonia.',
            fr: { description: 'Description en français.', role: 'Rôle en français.' },
            related: ['freedonia'],
            sources: ['herald-undated-profile'],
          },
          {
            id: 'zenda',
            type: 'place',
            placeKind: 'city',
            name: 'Zenda',
            description: 'A city.',
            role: 'Capital of Ruritania.',
            fr: { description: 'Description en français.', role: 'Rôle en français.' },
            sources: ['gazette-2020-01-07-zenda'],
          },
          {
            id: 'zenda-summit',
            type: 'event',
            name: 'Zenda summit',
            description: 'A summit.',
            role: 'Where the contributors met.',
            fr: { description: 'Description en français.', role: 'Rôle en français.' },
            event: '2020-01-05-zenda-summit',
            sources: ['gazette-2020-01-07-zenda'],
          },
        ],
      },
    },
    {
      file: 'story.json',
      data: {
        topic: 'story',
        facts: [
          {
            id: 'freedonia-troops-zenda',
            subject: 'freedonia',
            text: 'Freedonia had about 200 troops in Zenda.',
            about: ['zenda', 'ruritania'],
            value: 200,
            unit: 'troops',
            qualifier: 'about',
            date: '2020-01',
            measure: 'freedonia-troops-2020-01',
            sources: ['gazette-2020-01-07-zenda'],
          },
          {
            id: 'freedonia-troops-range',
            subject: 'freedonia',
            text: 'Between 150 and 250 Freedonian troops were in Ruritania.',
            value: 150,
            valueMax: 250,
            unit: 'troops',
            measure: 'freedonia-troops-2020-01',
            sources: ['herald-undated-profile'],
          },
          {
            id: 'anna-qasemi-appointed',
            subject: 'anna-qasemi',
            text: 'Anna Qāsemi became minister in 2017.',
            date: '2017',
            sources: ['herald-undated-profile'],
          },
        ],
        timeline: [
          {
            id: '2020-01-05-zenda-summit',
            date: '2020-01-05',
            time: '10:00+01:00',
            title: 'Zenda summit',
            fr: { title: 'Titre en français', text: 'Texte en français.' },
            text: 'The contributors met in Zenda.',
            entities: ['freedonia', 'ruritania', 'zenda'],
            sources: ['gazette-2020-01-07-zenda'],
          },
          {
            id: '2019-12-deployment',
            date: '2019-12',
            title: 'Deployment',
            fr: { title: 'Titre en français', text: 'Texte en français.' },
            text: 'Freedonia deployed troops.',
            entities: ['freedonia'],
            sources: ['gazette-2020-01-07-zenda'],
          },
        ],
      },
    },
  ];
}

type Json = Record<string, unknown>;

/** The entry with this id, in whichever file and section holds it, to change it in place. */
export function entry(files: TopicFileInput[], id: string): Json {
  for (const { data } of files) {
    for (const list of Object.values(data as Json)) {
      const found = Array.isArray(list) ? (list as Json[]).find((e) => e.id === id) : undefined;
      if (found) return found;
    }
  }
  throw new Error(`no entry ${id} in the fixture`);
}

/** A file's top-level object, to change it in place. */
export function topic(files: TopicFileInput[], file: string): Json {
  const found = files.find((f) => f.file === file);
  if (!found) throw new Error(`no file ${file} in the fixture`);
  return found.data as Json;
}

/** A section's array of a file, to add or replace entries. */
export function section(files: TopicFileInput[], file: string, name: string): unknown[] {
  const data = topic(files, file);
  const list = (data[name] ??= []) as unknown[];
  return list;
}
