import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/lib/normalize';
import { compileKb } from '../../../../src/kb/build/compile';
import type { TopicFileInput } from '../../../../src/kb/build/validate';
import { entry, tinyKb } from '../tiny-kb';

describe('compileKb', () => {
  it('compiles the tiny KB to the runtime index', () => {
    const { index } = compileKb(tinyKb());
    expect(index).toEqual({
      v: 1,
      entities: [
        { id: 'anna-qasemi', type: 'person' },
        { id: 'freedonia', type: 'state' },
        { id: 'ruritania', type: 'state' },
        { id: 'zenda', type: 'place' },
        { id: 'zenda-summit', type: 'event' },
      ],
      patterns: [
        { key: 'anna kasemi', form: 'Anna Kasemi', case: 'title', entity: 0 },
        { key: 'anna qasemi', form: 'Anna Qāsemi', case: 'title', entity: 0 },
        { key: 'freedonia', form: 'Freedonia', case: 'title', entity: 1 },
        { key: 'kingdom of ruritania', form: 'Kingdom of Ruritania', case: 'title', entity: 2 },
        { key: 'qasemi', form: 'Qāsemi', case: 'title', entity: 0, short: 1 },
        { key: 'ru', form: 'RU', case: 'exact', entity: 2 },
        { key: 'ruritania', form: 'Ruritania', case: 'title', entity: 2 },
        { key: 'the kingdom', form: 'the kingdom', case: 'title', entity: 1, default: 1 },
        { key: 'the kingdom', form: 'the Kingdom', case: 'title', entity: 2, context: [0] },
        { key: 'zenda', form: 'Zenda', case: 'title', entity: 3 },
        { key: 'zenda summit', form: 'Zenda summit', case: 'title', entity: 4 },
      ],
      figures: [
        {
          id: 'freedonia-troops-range',
          subject: 1,
          about: [],
          value: 150,
          valueMax: 250,
          unit: 'troops',
          measure: 'freedonia-troops-2020-01',
        },
        {
          id: 'freedonia-troops-zenda',
          subject: 1,
          about: [3, 2],
          value: 200,
          unit: 'troops',
          qualifier: 'about',
          date: '2020-01',
          measure: 'freedonia-troops-2020-01',
        },
      ],
      timeline: [
        { id: '2019-12-deployment', date: '2019-12', entities: [1] },
        { id: '2020-01-05-zenda-summit', date: '2020-01-05', entities: [1, 2, 3] },
      ],
    });
  });

  it('keys every pattern by the shared normaliser', () => {
    for (const pattern of compileKb(tinyKb()).index.patterns) expect(pattern.key).toBe(normalize(pattern.form));
  });

  it('maps context ids to entity indexes, in index order', () => {
    const files = tinyKb();
    (entry(files, 'ruritania').aliases as unknown[])[2] = { text: 'the Kingdom', context: ['zenda', 'anna-qasemi'] };
    const { index } = compileKb(files);
    const shared = index.patterns.find((p) => p.form === 'the Kingdom')!;
    expect(shared.context).toEqual([0, 3]);
    expect(shared.context!.map((i) => index.entities[i]!.id)).toEqual(['anna-qasemi', 'zenda']);
  });

  it('keeps descriptions and sources out of the index but in the details', () => {
    const { index, details } = compileKb(tinyKb());
    const json = JSON.stringify(index);
    expect(json).not.toContain('A kingdom.');
    expect(json).not.toContain('gazette');
    expect(details.entities.map((e) => e.id)).toEqual(index.entities.map((e) => e.id));
    expect(details.entities[2]!.description).toBe('A kingdom.');
    expect(Object.keys(details.sources)).toEqual(['gazette-2020-01-07-zenda', 'herald-undated-profile']);
    expect(details.facts.map((f) => f.id)).toEqual([
      'anna-qasemi-appointed',
      'freedonia-troops-range',
      'freedonia-troops-zenda',
    ]);
    expect(details.timeline.map((t) => t.id)).toEqual(['2019-12-deployment', '2020-01-05-zenda-summit']);
  });

  it('drops a pattern repeated exactly within one entity', () => {
    const files = tinyKb();
    entry(files, 'zenda').aliases = ['Zenda'];
    expect(compileKb(files).index.patterns.filter((p) => p.key === 'zenda')).toHaveLength(1);
  });

  it('throws one error listing every validation error', () => {
    const files = tinyKb();
    delete entry(files, 'zenda').description;
    entry(files, 'anna-qasemi-appointed').subject = 'nobody';
    expect(() => compileKb(files)).toThrow(
      'Knowledge base: 2 error(s):\n' +
        'places.json › zenda: description: missing\n' +
        'story.json › anna-qasemi-appointed: subject: no entity has the id "nobody"',
    );
  });
});

describe('compileKb determinism', () => {
  const json = (files: TopicFileInput[]) => JSON.stringify(compileKb(files));

  it('gives byte-identical output for the same input', () => {
    expect(json(tinyKb())).toBe(json(tinyKb()));
  });

  it('gives byte-identical output whatever the order of files and entries', () => {
    const expected = json(tinyKb());
    const permutation = <T>(items: T[]) =>
      fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
    const shuffledEntries = ({ file, data }: TopicFileInput) => {
      const sections = Object.entries(data as Record<string, unknown>).map(([key, value]) => [
        key,
        Array.isArray(value) ? permutation(value) : fc.constant(value),
      ]);
      return fc.record(Object.fromEntries(sections)).map((shuffled) => ({ file, data: shuffled }));
    };
    const shuffledKb = permutation(tinyKb()).chain((files) => fc.tuple(...files.map(shuffledEntries)));
    fc.assert(fc.property(shuffledKb, (files) => json(files) === expected));
  });
});
