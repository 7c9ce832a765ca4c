/**
 * Whether two figures can be true together, given their qualifiers: each figure is read as the interval of values it
 * allows ("about 200" → 180–220, "at least 30" → 30 and up, "150 to 200" → 150–200), and two figures agree when their
 * intervals meet.
 */
import type { Qualifier } from '../../kb/schema';

export interface QualifiedValue {
  value: number;
  valueMax?: number;
  qualifier?: Qualifier;
}

interface Interval {
  lo: number;
  hi: number;
  /** The bound itself is excluded ("more than 30"). */
  loOpen: boolean;
  hiOpen: boolean;
}

/** "about" allows this much either way. */
const ABOUT = 0.1;

function intervalOf({ value, valueMax, qualifier = 'exact' }: QualifiedValue): Interval {
  const hi = valueMax ?? value;
  switch (qualifier) {
    case 'exact':
      return { lo: value, hi, loOpen: false, hiOpen: false };
    case 'about':
      return { lo: value * (1 - ABOUT), hi: hi * (1 + ABOUT), loOpen: false, hiOpen: false };
    case 'at-least':
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: false };
    case 'more-than':
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: false };
    case 'up-to':
      return { lo: 0, hi, loOpen: false, hiOpen: false };
    case 'fewer-than':
      return { lo: 0, hi, loOpen: false, hiOpen: true };
  }
}

export function valuesAgree(a: QualifiedValue, b: QualifiedValue): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // The intervals touch at one point: they meet only if both include it.
  const loOpen = (x.lo === lo && x.loOpen) || (y.lo === lo && y.loOpen);
  const hiOpen = (x.hi === hi && x.hiOpen) || (y.hi === hi && y.hiOpen);
  return !loOpen && !hiOpen;
}

/** How far apart two values are, as a ratio ≥ 1 (200 vs 160 → 1.25). */
export function valueRatio(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? 1 : Infinity;
  return Math.max(a, b) / Math.min(a, b);
}
