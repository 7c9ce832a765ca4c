import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/core/match/automaton';

function scanAll(keys: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  buildAutomaton(keys).scan(text, (id, end) => found.push([id, end]));
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function naive(keys: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  keys.forEach((key, id) => {
    if (key === '' || keys.indexOf(key) !== id) return;
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) found.push([id, i + key.length]);
  });
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('Aho–Corasick automaton', () => {
  it('reports every occurrence of every key, nested and overlapping ones included', () => {
    const keys = ['he', 'she', 'his', 'hers'];
    expect(scanAll(keys, 'ushers')).toEqual([
      [0, 4],
      [1, 4],
      [3, 6],
    ]);
  });

  it('reports keys that end at the same place longest first', () => {
    const ends: number[] = [];
    buildAutomaton(['iraq', 'q', 'raq']).scan('iraq', (id) => ends.push(id));
    expect(ends).toEqual([0, 2, 1]);
  });

  it('matches keys outside ASCII and astral code points', () => {
    expect(scanAll(['داعش', 'état islamique', '😀x'], 'l’état islamique, داعش, 😀x')).toEqual([
      [1, 16],
      [0, 22],
      [2, 27],
    ]);
  });

  it('finds nothing with no keys or an empty text', () => {
    expect(scanAll([], 'anything')).toEqual([]);
    expect(scanAll(['a'], '')).toEqual([]);
  });

  it('agrees with a naive search on arbitrary keys and texts', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(small, { maxLength: 12 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 }),
        (keys, text) => {
          expect(scanAll(keys, text)).toEqual(naive(keys, text));
        },
      ),
    );
  });
});
