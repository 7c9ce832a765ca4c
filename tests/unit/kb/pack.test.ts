import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../src/kb/compile';
import { loadTopicFiles } from '../../../src/kb/load';
import { packIndex, unpackIndex } from '../../../src/kb/pack';

describe('packed runtime index', () => {
  const { index } = compileKb(loadTopicFiles());

  it('unpacks to exactly the compiled index', () => {
    const shipped = JSON.parse(JSON.stringify(packIndex(index)));
    expect(unpackIndex(shipped)).toEqual(index);
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
