/**
 * Long work in short slices: a generator does one small step per `next()`, and `runInSlices` drives it during the
 * browser's idle periods, yielding whenever a slice has used its budget, so no task grows long (> 50 ms).
 */

/** Time one slice may use, in milliseconds. */
export const SLICE_MS = 10;

/** Resolves in the browser's next idle period (or soon, if it never idles). */
export function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 1);
  });
}

/**
 * Runs the steps of `work` until it ends or `signal` aborts, at most about `budgetMs` per task.
 * @returns whether the work ran to its end
 */
export async function runInSlices(
  work: Iterator<unknown>,
  signal: AbortSignal,
  budgetMs = SLICE_MS,
  wait: () => Promise<void> = nextIdle,
): Promise<boolean> {
  for (;;) {
    await wait();
    if (signal.aborted) return false;
    const deadline = performance.now() + budgetMs;
    do {
      if (work.next().done) return true;
    } while (performance.now() < deadline);
  }
}
