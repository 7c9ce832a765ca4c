/**
 * Work in steps: a generator does a small piece of work per `next()` and returns its result at the end, so that a
 * caller in a page can spread a long computation over several tasks (see `src/content/reading/slices.ts`), while a caller
 * in Node (tests, tools) simply runs it to the end with `finish`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * A counter for loops that yield every `every` items: `if (tick()) yield;` after each item. Keeps steps short
 * without the cost of a yield per item.
 */
export function ticker(every: number): () => boolean {
  let count = 0;
  return () => {
    count++;
    if (count < every) return false;
    count = 0;
    return true;
  };
}
