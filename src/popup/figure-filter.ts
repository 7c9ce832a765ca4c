/**
 * The fact panel's figure filter: every figure, or only those a reader should look at twice — the article's figure
 * differs from the knowledge base, or the knowledge base's sources vary on it.
 */
import type { PageFigure, Verdict } from '../shared/messages';

export const FIGURE_FILTERS = ['all', 'differs', 'varies'] as const;
export type FigureFilter = (typeof FIGURE_FILTERS)[number];

export function filterFigures(figures: readonly PageFigure[], filter: FigureFilter): PageFigure[] {
  return filter === 'all' ? [...figures] : figures.filter((f) => f.verdict === filter);
}

/** How many figures each filter shows. */
export function filterCounts(figures: readonly PageFigure[]): Record<FigureFilter, number> {
  const count = (v: Verdict) => figures.filter((f) => f.verdict === v).length;
  return { all: figures.length, differs: count('differs'), varies: count('varies') };
}
