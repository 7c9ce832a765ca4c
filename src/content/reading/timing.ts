/**
 * User Timing entries that make Dossier's work on a page observable in the browser's performance tools:
 * measures `dossier:triage` (the first script's look: could this page be an article?), `dossier:detect`,
 * `dossier:match`, `dossier:highlight`, and the marks `dossier:reader` (the reader reached the page) and
 * `dossier:ready`.
 */

export type MeasureName = 'dossier:triage' | 'dossier:detect' | 'dossier:match' | 'dossier:highlight';

/** Runs `fn` and records a User Timing measure of it. */
export function measure<T>(name: MeasureName, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** Marks the moment the reader's script has reached the page (it is evaluated once per document and frame). */
export function markReaderArrived(): void {
  performance.mark('dossier:reader');
}

/** Marks the moment the page's highlights are drawn. */
export function markReady(): void {
  performance.mark('dossier:ready');
}

/** Forgets the mark when the page changes (single-page navigation): the next page marks its own. */
export function clearReady(): void {
  performance.clearMarks('dossier:ready');
}
