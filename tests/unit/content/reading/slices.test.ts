/** Long work runs in slices of bounded time, yielding to the browser between them, and stops when aborted. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../../../src/content/reading/slices';

/** A clock the steps advance: each step "takes" `stepMs`. */
let clock = 0;
afterEach(() => vi.restoreAllMocks());

function* steps(count: number, stepMs: number, log: string[]): Generator<void> {
  for (let i = 0; i < count; i++) {
    clock += stepMs;
    log.push('step');
    yield;
  }
}

function run(
  count: number,
  stepMs: number,
  budgetMs: number,
  signal = new AbortController().signal,
  onWait = () => undefined,
) {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const log: string[] = [];
  const done = runInSlices(steps(count, stepMs, log), signal, {
    budgetMs,
    wait: async () => {
      log.push('yield');
      onWait();
    },
  });
  return { done, log };
}

/** Steps per slice, from a log of steps and yields. */
const perSlice = (log: string[]) =>
  log
    .join(' ')
    .split('yield')
    .map((s) => s.trim().split(' ').filter(Boolean).length)
    .slice(1);

describe('runInSlices', () => {
  it('runs every step, yielding to the browser whenever a slice has used its budget', async () => {
    const { done, log } = run(10, 3, 10);
    expect(await done).toBe(true);
    // 3 ms steps in a 10 ms budget: four per slice (the fourth ends past the budget), then the rest.
    expect(perSlice(log)).toEqual([4, 4, 2]);
  });

  it('runs at least one step per slice, however long', async () => {
    const { done, log } = run(3, 40, 10);
    expect(await done).toBe(true);
    expect(perSlice(log).filter((n) => n > 0)).toEqual([1, 1, 1]);
  });

  it('records each slice as a User Timing measure when asked', async () => {
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const measures: { start: number; end: number }[] = [];
    vi.spyOn(performance, 'measure').mockImplementation((name, options) => {
      expect(name).toBe('dossier:detect');
      const { start, end } = options as { start: number; end: number };
      measures.push({ start, end });
      return undefined as unknown as PerformanceMeasure;
    });
    const done = runInSlices(steps(10, 3, []), new AbortController().signal, {
      budgetMs: 10,
      wait: async () => undefined,
      measure: 'dossier:detect',
    });
    expect(await done).toBe(true);
    expect(measures).toEqual([
      { start: 0, end: 12 },
      { start: 12, end: 24 },
      { start: 24, end: 30 },
    ]);
  });

  it('stops at the next slice once aborted', async () => {
    const abort = new AbortController();
    let waits = 0;
    const { done, log } = run(100, 3, 10, abort.signal, () => {
      if (++waits === 3) abort.abort();
    });
    expect(await done).toBe(false);
    expect(log.filter((l) => l === 'step')).toHaveLength(8);
  });
});
