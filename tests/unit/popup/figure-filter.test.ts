import { describe, expect, it } from 'vitest';
import { filterCounts, filterFigures } from '../../../src/popup/figure-filter';
import type { PageFigure } from '../../../src/shared/messages';

const figure = (index: number, verdict: PageFigure['verdict']): PageFigure => ({ index, text: `f${index}`, verdict });
const FIGURES = [
  figure(0, 'agrees'),
  figure(1, 'differs'),
  figure(2, 'varies'),
  figure(3, 'unknown'),
  figure(4, 'differs'),
];

describe('figure filter', () => {
  it('shows every figure, or only those that differ, or only those whose sources vary, in page order', () => {
    expect(filterFigures(FIGURES, 'all').map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
    expect(filterFigures(FIGURES, 'differs').map((f) => f.index)).toEqual([1, 4]);
    expect(filterFigures(FIGURES, 'varies').map((f) => f.index)).toEqual([2]);
  });

  it('counts what each filter shows', () => {
    expect(filterCounts(FIGURES)).toEqual({ all: 5, differs: 2, varies: 1 });
  });
});
