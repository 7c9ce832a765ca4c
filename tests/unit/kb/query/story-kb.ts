/**
 * A small invented knowledge base (no story data) for the fact panel's derivations: a coalition and its operation,
 * a host state, contributors with agreeing and disagreeing figures, one without a figure for the month, one that
 * is not linked to the coalition at all, and a timeline.
 */
import type { KbDetails } from '../../../../src/kb/runtime';
import type { Entity, Fact, Source } from '../../../../src/kb/schema';

const source = (id: string, publisher: string, date: string): Source => ({
  id,
  publisher,
  title: `${publisher} report`,
  date,
  url: `https://${id}.example/`,
});
const entity = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type,
  name,
  description: `${name}.`,
  role: `Role of ${name}.`,
  fr: { description: `${name} (fr).`, role: `Rôle de ${name}.` },
  sources: ['s1'],
  ...extra,
});
const troops = (
  id: string,
  subject: string,
  value: number,
  date: string,
  about: string[],
  extra: Partial<Fact> = {},
): Fact => ({
  id,
  subject,
  text: `${subject} had ${value} troops.`,
  value,
  unit: 'troops',
  date,
  about,
  sources: ['s1'],
  ...extra,
});

export function storyKb(): KbDetails {
  return {
    sources: {
      s1: source('s1', 'Gazette', '2020-01-07'),
      s2: source('s2', 'Herald', '2020-01-08'),
      s3: source('s3', 'Courier', '2020-01-09'),
    },
    entities: [
      entity('alliance', 'coalition', 'The Alliance', { related: ['op-blue', 'ruritania'] }),
      entity('op-blue', 'operation', 'Operation Blue', { related: ['freedonia'] }),
      entity('op-red', 'operation', 'Operation Red'),
      entity('ruritania', 'state', 'Ruritania', { related: ['alliance'] }),
      entity('freedonia', 'state', 'Freedonia', { aliases: ['Republic of Freedonia', { text: 'FRD', case: 'exact' }] }),
      entity('sylvania', 'state', 'Sylvania'),
      entity('graustark', 'state', 'Graustark', { related: ['alliance'] }),
      entity('latveria', 'state', 'Latveria'),
      entity('zenda', 'place', 'Zenda', { related: ['ruritania'] }),
      entity('anna-qasemi', 'person', 'Anna Qāsemi', {
        aliases: [{ text: 'Anna Kasemi', lang: 'fr' }],
        shortNames: ['Qāsemi'],
      }),
      entity('zenda-summit', 'event', 'Zenda summit', { event: 'ev-summit' }),
    ],
    facts: [
      troops('fr-count', 'freedonia', 200, '2020-01', ['ruritania', 'op-blue'], {
        measure: 'fr-in-ruritania',
        qualifier: 'about',
      }),
      troops('fr-count-other', 'freedonia', 160, '2020-01-08', ['zenda'], {
        measure: 'fr-in-ruritania',
        sources: ['s2'],
      }),
      troops('fr-region', 'freedonia', 1000, '2020-01', ['op-blue'], { measure: 'fr-region' }),
      troops('fr-moved', 'freedonia', 30, '2020-01-07', ['op-red'], {
        text: 'Freedonia moved 30 troops out.',
        sources: ['s3'],
      }),
      troops('sy-count', 'sylvania', 50, '2020-01-05', ['alliance', 'op-red']),
      troops('sy-old', 'sylvania', 80, '2019-06', ['alliance']),
      troops('gr-old', 'graustark', 12, '2016', ['alliance']),
      troops('la-count', 'latveria', 10, '2020-01', ['ruritania']),
      {
        id: 'anna-appointed',
        subject: 'anna-qasemi',
        text: 'Anna Qāsemi became minister.',
        date: '2017',
        sources: ['s1'],
      },
    ],
    timeline: [
      {
        id: 'ev-late',
        date: '2020-01-03',
        time: '12:00+01:00',
        title: 'Freedonia decides',
        text: 'Freedonia decided.',
        fr: { title: 'Freedonia decides (fr)', text: 'Freedonia decided. (fr)' },
        entities: ['freedonia', 'ruritania'],
        sources: ['s1'],
      },
      {
        id: 'ev-early',
        date: '2020-01-03',
        time: '08:00+01:00',
        title: 'Morning raid',
        text: 'A raid.',
        fr: { title: 'Morning raid (fr)', text: 'A raid. (fr)' },
        entities: ['ruritania'],
        sources: ['s2'],
      },
      {
        id: 'ev-summit',
        date: '2020-01-10',
        title: 'Zenda summit',
        text: 'They met.',
        fr: { title: 'Zenda summit (fr)', text: 'They met. (fr)' },
        entities: ['freedonia', 'sylvania'],
        sources: ['s3', 'missing'],
      },
      {
        id: 'ev-old',
        date: '2019-12',
        title: 'Deployment',
        text: 'Sylvania deployed.',
        fr: { title: 'Deployment (fr)', text: 'Sylvania deployed. (fr)' },
        entities: ['sylvania'],
        sources: ['s1'],
      },
    ],
  };
}
