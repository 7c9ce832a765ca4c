/** A fact's measure kind is read from its own text like an article's figure, else from what its measure id says. */
import { describe, expect, it } from 'vitest';
import { factMeasureKind } from '../../../../src/kb/build/compile';
import type { Fact } from '../../../../src/kb/schema';

const fact = (text: string, measure: string, extra: Partial<Fact> = {}): Fact =>
  ({
    id: 'f',
    subject: 'denmark',
    text,
    about: [],
    sources: ['s'],
    value: 100,
    unit: 'troops',
    qualifier: 'about',
    measure,
    ...extra,
  }) as Fact;

describe('factMeasureKind', () => {
  it('reads the text first', () => {
    expect(factMeasureKind(fact('Denmark withdrew about 100 soldiers to Kuwait.', 'denmark-troops-iraq-2020-01'))).toBe(
      'removed',
    );
    expect(factMeasureKind(fact('Denmark had about 100 soldiers at the base.', 'denmark-troops-base-2020-01'))).toBe(
      'level',
    );
  });

  it('takes the measure id’s word when the text says nothing the reader knows', () => {
    expect(
      factMeasureKind(fact('About 100 Danish soldiers arrived in Kuwait.', 'denmark-troops-moved-kuwait-2020-01')),
    ).toBe('removed');
    expect(factMeasureKind(fact('About 100 soldiers arrived in Kuwait.', 'us-troops-sent-kuwait-2020-01'))).toBe(
      'added',
    );
  });

  it('keeps a role from the unit label', () => {
    expect(
      factMeasureKind(
        fact('About 100 Danish soldiers arrived in Kuwait.', 'denmark-trainers-moved-2020-01', {
          unitLabel: 'trainers',
        }),
      ),
    ).toBe('removed/role');
  });
});
