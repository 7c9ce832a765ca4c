/**
 * Long work in short slices: a generator does one small step per `next()`, and `runInSlices` drives it during the
 * browser's idle periods, yielding whenever a slice has used its budget, so no task grows long (> 50 ms).
 */
import type { MeasureName } from './timing';

/** Time one slice may use, in milliseconds. */
export const SLICE_MS = 10;

/** Resolves in the browser's next idle period (or soon, if it never idles). */
export function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 1);
  });
}

export interface SliceOptions {
  /** Time one slice may use, in milliseconds. */
  budgetMs?: number;
  /** Waits for the next slice's turn (the browser's next idle period). */
  wait?: () => Promise<void>;
  /** Records each slice as a User Timing measure of this name. */
  measure?: MeasureName;
}

/**
 * Runs the steps of `work` until it ends or `signal` aborts, at most about `budgetMs` per task.
 * @returns whether the work ran to its end
 */
export async function runInSlices(
  work: Iterator<unknown>,
  signal: AbortSignal,
  options: SliceOptions = {},
): Promise<boolean> {
  const { budgetMs = SLICE_MS, wait = nextIdle, measure } = options;
  for (;;) {
    await wait();
    if (signal.aborted) return false;
    const start = performance.now();
    const deadline = start + budgetMs;
    let done: boolean;
    do done = work.next().done === true;
    while (!done && performance.now() < deadline);
    if (measure) performance.measure(measure, { start, end: performance.now() });
    if (done) return true;
  }
}
