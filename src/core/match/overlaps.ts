/** Overlap resolution shared by actors and figures: leftmost-longest, no two kept spans overlap. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Keeps, from left to right, the longest span starting at each point that does not overlap a span already kept.
 * Among spans with the same start and end, the earlier one in `spans` wins. Returns the kept spans sorted by start.
 */
export function leftmostLongest<T extends Span>(spans: readonly T[]): T[] {
  const order = spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.i - b.i);
  const kept: T[] = [];
  let reach = -Infinity;
  for (const { span } of order) {
    if (span.start >= reach) {
      kept.push(span);
      reach = span.end;
    }
  }
  return kept;
}
