import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../src/kb/build/compile';
import { loadTopicFiles } from '../../../src/kb/build/load';
import { fetchedIndexLoader, indexLoader, packIndex, unpackIndex, unpackIndexSteps } from '../../../src/kb/pack';
import type { RuntimeIndex } from '../../../src/kb/runtime';
import { createKeyResolver, eventKey, factKey, isRuntimeKey } from '../../../src/kb/runtime-keys';

describe('packed runtime index', () => {
  const { index, details } = compileKb(loadTopicFiles());
  const unpacked = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));

  const anonymous = (i: RuntimeIndex) => ({
    ...i,
    figures: i.figures.map(({ id: _id, measure: _m, ...f }) => f),
    timeline: i.timeline.map(({ id: _id, ...t }) => t),
  });

  it('unpacks to the compiled index, figures and events named by runtime keys', () => {
    expect(anonymous(unpacked)).toEqual(anonymous(index));
    expect(unpacked.figures.every((f, i) => f.id === factKey(i))).toBe(true);
    expect(unpacked.timeline.every((t, i) => t.id === eventKey(i))).toBe(true);
  });

  it('runtime keys resolve, from the details alone, to the ids the compiler gave', () => {
    const keys = createKeyResolver(details);
    expect(index.figures.map((f, i) => keys.factId(factKey(i)))).toEqual(index.figures.map((f) => f.id));
    expect(index.timeline.map((t, i) => keys.eventId(eventKey(i)))).toEqual(index.timeline.map((t) => t.id));
    expect(keys.factId(eventKey(0))).toBeUndefined();
    expect(keys.factId('france-troops-iraq-2020-01')).toBe('france-troops-iraq-2020-01');
    expect(isRuntimeKey('#f12')).toBe(true);
    expect(isRuntimeKey('f12')).toBe(false);
  });

  it('keeps the facts that share a measure together', () => {
    const groups = (i: RuntimeIndex) => {
      const byMeasure = new Map<string, number[]>();
      i.figures.forEach((f, n) => f.measure && byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), n]));
      return [...byMeasure.values()].map((ns) => ns.join()).sort();
    };
    expect(groups(unpacked)).toEqual(groups(index));
    expect(groups(index).length).toBeGreaterThan(10);
  });

  it('is much smaller than the plain index', () => {
    const plain = gzipSync(JSON.stringify(index)).length;
    const packed = gzipSync(JSON.stringify(packIndex(index))).length;
    expect(packed).toBeLessThan(plain * 0.65);
  });

  it('unpacks in steps of a few hundred patterns, to the same index', () => {
    const steps = unpackIndexSteps(packIndex(index));
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(step.value).toEqual(unpacked);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(index.patterns.length / 300));
  });

  it('loads once: the loader unpacks on first use and gives the same object after, at once or in steps', () => {
    let reads = 0;
    const loader = indexLoader(() => {
      reads++;
      return packIndex(index);
    });
    expect(reads).toBe(0);
    const steps = loader.steps();
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(anonymous(step.value)).toEqual(anonymous(index));
    expect(loader.get()).toBe(step.value);
    const again = loader.steps().next();
    expect(again.done && again.value).toBe(step.value);
    expect(reads).toBe(1);
  });

  it('fetches the packed index once, only when asked to load, and unpacks it as a bundled one', async () => {
    let asks = 0;
    const loader = fetchedIndexLoader(async () => {
      asks++;
      return JSON.stringify(packIndex(index));
    });
    expect(asks).toBe(0);
    expect(() => loader.get()).toThrow(/not loaded yet/);
    await Promise.all([loader.load(), loader.load()]);
    expect(asks).toBe(1);
    expect(anonymous(loader.get())).toEqual(anonymous(index));
  });

  it('fails to load when the background sends no index', async () => {
    await expect(fetchedIndexLoader(async () => undefined).load()).rejects.toThrow(/no knowledge base index/);
  });

  it('is version 2, with the automaton only when the index has one; a version-1 index unpacks as before', () => {
    const packed = packIndex(index);
    expect(packed.v).toBe(2);
    expect(packed.automaton).toBeUndefined();
    expect(unpackIndex({ ...packed, v: 1 })).toEqual(unpacked);
    expect(() => unpackIndex({ ...packed, v: 3 as never })).toThrow(/unknown version 3/);
  });

  it('carries a prebuilt automaton as base64 and gives back the same typed arrays and pattern keys', () => {
    const automaton = {
      keys: ['iraq', 'iran'],
      edgeCounts: Uint16Array.of(1, 1, 1, 2, 0, 0),
      codes: Uint16Array.of(105, 114, 97, 110, 113),
      fail: Int32Array.of(0, 0, 0, 0, 0, 0),
      keyNodes: Int32Array.of(5, 4),
    };
    const tiny: RuntimeIndex = {
      v: 1,
      entities: [
        { id: 'iraq', type: 'state' },
        { id: 'iran', type: 'state' },
      ],
      patterns: [
        { key: 'iraq', form: 'Iraq', case: 'title', entity: 0 },
        { key: 'iran', form: 'Iran', case: 'title', entity: 1 },
        { key: '', form: '\u00ad', case: 'any', entity: 1 },
      ],
      figures: [],
      timeline: [],
      automaton,
    };
    const packed = JSON.parse(JSON.stringify(packIndex(tiny))) as ReturnType<typeof packIndex>;
    expect(packed.automaton!.patternKeys).toEqual([0, 1, -1]);
    expect(typeof packed.automaton!.fail).toBe('string');
    expect(unpackIndex(packed)).toEqual(tiny);
    // Damaged base64 leaves the automaton out (the matcher builds its own); the rest unpacks.
    const damaged = { ...packed, automaton: { ...packed.automaton!, codes: 'not base64!' } };
    expect(unpackIndex(damaged).automaton).toBeUndefined();
    expect(unpackIndex(damaged).patterns).toEqual(tiny.patterns);
  });

  it('refuses a packed index that names an unknown unit', () => {
    const bad = packIndex(index);
    bad.figures[0]![3] = 999;
    expect(() => unpackIndex(bad)).toThrow(/no unit #999/);
  });
});
