import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../src/kb/compile';
import { loadTopicFiles } from '../../../src/kb/load';
import { packIndex, unpackIndex } from '../../../src/kb/pack';

describe('packed runtime index', () => {
  const { index } = compileKb(loadTopicFiles());

  it('unpacks to the compiled index, measures renamed but grouping the same facts', () => {
    const shipped = JSON.parse(JSON.stringify(packIndex(index)));
    const unpacked = unpackIndex(shipped);
    const withoutMeasures = (i: typeof index) => ({ ...i, figures: i.figures.map(({ measure: _m, ...f }) => f) });
    expect(withoutMeasures(unpacked)).toEqual(withoutMeasures(index));
    const groups = (i: typeof index) => {
      const byMeasure = new Map<string, string[]>();
      for (const f of i.figures) if (f.measure) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) ?? []), f.id]);
      return [...byMeasure.values()].map((ids) => ids.join()).sort();
    };
    expect(groups(unpacked)).toEqual(groups(index));
    expect(groups(index).length).toBeGreaterThan(10);
  });

  it('is markedly smaller than the plain index', () => {
    const plain = gzipSync(JSON.stringify(index)).length;
    const packed = gzipSync(JSON.stringify(packIndex(index))).length;
    expect(packed).toBeLessThan(plain * 0.75);
  });

  it('refuses a packed index that names an unknown unit', () => {
    const bad = packIndex(index);
    const figure = bad.figures[0]!;
    figure[4] = 999;
    expect(() => unpackIndex(bad)).toThrow(/no unit #999/);
  });
});
