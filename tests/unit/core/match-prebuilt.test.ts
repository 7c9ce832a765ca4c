/**
 * The matcher's automaton prebuilt at build time (`prebuildAutomaton`, shipped in the packed index) against the one
 * the matcher builds at run time: same matches on the seed article, on the whole annotator's output, and on arbitrary
 * texts made of the knowledge base's own keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/annotate';
import { automatonFrom, buildAutomaton, buildAutomatonData } from '../../../src/core/match/automaton';
import { prebuildAutomaton, tableKeys } from '../../../src/core/match/patterns';
import { compileKb } from '../../../src/kb/build/compile';
import { loadTopicFiles } from '../../../src/kb/build/load';
import { packIndex, unpackIndex } from '../../../src/kb/pack';
import type { RuntimeIndex } from '../../../src/kb/runtime';
import { normalize } from '../../../src/lib/normalize';

const { index } = compileKb(loadTopicFiles());
/** What a page gets: the index packed with its automaton, through JSON (the message), unpacked. */
const shipped = unpackIndex(JSON.parse(JSON.stringify(packIndex({ ...index, automaton: prebuildAutomaton(index) }))));
const keys = tableKeys(index);
/** The same index without it: the matcher builds the automaton at run time, as it did before. */
const { automaton: _automaton, ...builtAtRunTime } = shipped;
const runtimeIndex: RuntimeIndex = builtAtRunTime;

const lines = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seed', 'article.txt'), 'utf8').split('\n');
const seed = lines.filter((line) => line.trim() !== '');

function matches(scan: (text: string, onMatch: (id: number, end: number) => void) => void, text: string): number[][] {
  const found: number[][] = [];
  scan(text, (id, end) => found.push([id, end]));
  return found;
}

describe('prebuilt automaton', () => {
  it('ships with the index and unpacks to the keys the matcher would build it from', () => {
    expect(shipped.automaton).toBeDefined();
    expect(shipped.automaton!.keys).toEqual(keys);
    expect(tableKeys(shipped)).toEqual(keys);
    // Each pattern's key is the shipped one, not normalised again: the same as the compiler's.
    expect(shipped.patterns.map((p) => p.key)).toEqual(index.patterns.map((p) => p.key));
  });

  it('finds on the seed article exactly what the automaton built at run time finds, in the same order', () => {
    const prebuilt = automatonFrom(shipped.automaton!);
    const runtime = buildAutomaton(keys);
    for (const block of seed) {
      const text = normalize(block);
      expect(matches(prebuilt.scan, text)).toEqual(matches(runtime.scan, text));
    }
    expect(seed.flatMap((block) => matches(prebuilt.scan, normalize(block))).length).toBeGreaterThan(50);
  });

  it('gives the annotator the same annotations on the seed article as an index without it', () => {
    const published = { published: '2020-01-07' };
    const expected = createAnnotator(runtimeIndex).annotate(seed, published);
    expect(createAnnotator(shipped).annotate(seed, published)).toEqual(expected);
    expect(expected.filter((a) => a.kind === 'actor').length).toBeGreaterThan(20);
  });

  it('finds on arbitrary texts of the knowledge base keys exactly what the automaton built at run time finds', () => {
    const prebuilt = automatonFrom(shipped.automaton!);
    const runtime = buildAutomaton(keys);
    const piece = fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((key) => key.slice(0, Math.ceil(key.length / 2))),
      fc.string({ maxLength: 4 }),
      fc.constantFrom(' ', '-', "'", 'é', '\u{1F600}'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(matches(prebuilt.scan, text)).toEqual(matches(runtime.scan, text));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary key sets, duplicates and empty keys included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 6 }), { maxLength: 20 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' '), maxLength: 40 }),
        (someKeys, text) => {
          const data = buildAutomatonData(someKeys);
          const viaJson = unpackIndex(
            JSON.parse(
              JSON.stringify(
                packIndex({
                  v: 1,
                  entities: [{ id: 'e', type: 'state' }],
                  patterns: someKeys.map((key) => ({ key, form: key, case: 'any', entity: 0 })),
                  figures: [],
                  timeline: [],
                  automaton: data,
                }),
              ),
            ),
          ).automaton!;
          expect(matches(automatonFrom(viaJson).scan, text)).toEqual(matches(buildAutomaton(someKeys).scan, text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses data that does not hold together, and the annotator then builds its own', () => {
    const data = shipped.automaton!;
    expect(() => automatonFrom({ ...data, codes: data.codes.subarray(1) })).toThrow(/sizes/);
    const forward = Int32Array.from(data.fail);
    forward[5] = 7;
    expect(() => automatonFrom({ ...data, fail: forward })).toThrow(/fails forward/);
    const broken = { ...shipped, automaton: { ...data, fail: forward } };
    const published = { published: '2020-01-07' };
    expect(createAnnotator(broken).annotate(seed, published)).toEqual(
      createAnnotator(runtimeIndex).annotate(seed, published),
    );
  });
});
