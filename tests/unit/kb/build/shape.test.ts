/**
 * The knowledge base's shape as valibot schemas: the types they accept are the authoring schema's (checked by the type
 * checker: `npx tsc` fails when a field is added to one and not the other), and what a problem says and where.
 */
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DeniedDomain, PublisherRegistry } from '../../../../src/kb/build/publishers';
import {
  AliasSpecShape,
  DeniedDomainShape,
  EntityShape,
  FactShape,
  PublisherRegistryShape,
  PublisherShape,
  SourceShape,
  TimelineEventShape,
  shapeIssues,
} from '../../../../src/kb/build/shape';
import type { RegisteredPublisher } from '../../../../src/kb/build/validate-sources';
import type { AliasSpec, Entity, Fact, Source, TimelineEvent } from '../../../../src/kb/schema';

describe('the shapes and the types of src/kb/schema.ts', () => {
  it('agree field for field', () => {
    expectTypeOf<v.InferOutput<typeof AliasSpecShape>>().toEqualTypeOf<AliasSpec>();
    // A source's kind comes from the publisher registry at compile time; it is never authored.
    expectTypeOf<v.InferOutput<typeof SourceShape>>().toEqualTypeOf<Omit<Source, 'kind'>>();
    expectTypeOf<v.InferOutput<typeof EntityShape>>().toEqualTypeOf<Entity>();
    expectTypeOf<v.InferOutput<typeof FactShape>>().toEqualTypeOf<Fact>();
    expectTypeOf<v.InferOutput<typeof TimelineEventShape>>().toEqualTypeOf<TimelineEvent>();
  });

  it('agree with the publisher registry’s types', () => {
    /** One object type from an intersection, as the shapes infer it. */
    type Flat<T> = { [K in keyof T]: T[K] };
    type Publisher = Flat<RegisteredPublisher>;
    expectTypeOf<v.InferOutput<typeof PublisherShape>>().toEqualTypeOf<Publisher>();
    expectTypeOf<v.InferOutput<typeof DeniedDomainShape>>().toEqualTypeOf<DeniedDomain>();
    expectTypeOf<Omit<v.InferOutput<typeof PublisherRegistryShape>, 'about'>>().toEqualTypeOf<
      Flat<Omit<PublisherRegistry, 'publishers'> & { publishers: Publisher[] }>
    >();
  });
});

const SOURCE = { id: 'gazette-2020', publisher: 'Gazette', title: 'A title', url: 'https://gazette.example/a' };

describe('shapeIssues', () => {
  it('finds nothing wrong with a well-formed entry', () => {
    expect(shapeIssues(SourceShape, SOURCE)).toEqual([]);
  });

  it('reports every unknown field, not only the first', () => {
    expect(shapeIssues(SourceShape, { ...SOURCE, titel: 'x', autor: 'y' }).map((i) => i.path)).toEqual([
      'titel',
      'autor',
    ]);
  });

  it('takes an array for what it is, not for an object with missing fields', () => {
    expect(shapeIssues(SourceShape, [SOURCE])).toEqual([
      { path: '', keys: [], message: `expected an object, got [${JSON.stringify(SOURCE).slice(0, 56)}...` },
    ]);
  });

  it('says "missing" for a required field absent or undefined', () => {
    const { title: _title, ...untitled } = SOURCE;
    expect(shapeIssues(SourceShape, untitled)).toEqual([{ path: 'title', keys: ['title'], message: 'missing' }]);
    expect(shapeIssues(SourceShape, { ...SOURCE, title: undefined })).toEqual([
      { path: 'title', keys: ['title'], message: 'missing' },
    ]);
  });

  it('names nested places as a JSON path', () => {
    const entity = {
      id: 'zenda',
      type: 'place',
      name: 'Zenda',
      aliases: ['Old Zenda', { text: 'ZENDA', case: 'upper' }],
      description: 'A town.',
      role: 'Host.',
      fr: { description: 'Une ville.', role: '' },
      sources: ['gazette-2020', 'gazette-2020'],
    };
    expect(shapeIssues(EntityShape, entity)).toEqual([
      {
        path: 'aliases[1].case',
        keys: ['aliases', 1, 'case'],
        message: 'expected one of title, exact, any, got "upper"',
      },
      { path: 'fr.role', keys: ['fr', 'role'], message: 'expected a non-empty string, got ""' },
      { path: 'sources[1]', keys: ['sources', 1], message: '"gazette-2020" is listed twice' },
    ]);
  });

  it('refuses a figure that is not a finite number', () => {
    const fact = { id: 'f', subject: 'zenda', text: 'A fact.', sources: ['s'], value: Number.POSITIVE_INFINITY };
    expect(shapeIssues(FactShape, fact)).toEqual([
      { path: 'value', keys: ['value'], message: 'expected a number, got null' },
    ]);
  });
});
