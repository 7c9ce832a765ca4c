import { describe, expect, it } from 'vitest';
import { finish, ticker, type Steps } from '../../../src/lib/steps';

function* count(to: number): Steps<number> {
  const tick = ticker(3);
  let n = 0;
  for (let i = 0; i < to; i++) {
    n++;
    if (tick()) yield;
  }
  return n;
}

describe('steps', () => {
  it('finish runs every step and returns the result', () => {
    expect(finish(count(10))).toBe(10);
  });

  it('a ticker yields once every `every` items', () => {
    const steps = count(10);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBe(3);
  });
});
