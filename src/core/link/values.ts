/**
 * The value rules: whether an article's figure and a knowledge-base figure can be the same count. Written down once,
 * here, and used for every verdict.
 *
 * 1. Each figure is read as the set of values it states:
 *    - exact "170" → {170}; a range "150 to 200" → [150, 200];
 *    - "about 200" (around, some, nearly, roughly, an estimated, "a dozen", "un millier"…) → {200}, but approximate;
 *    - "at least 30" → [30, ∞); "more than 30" → (30, ∞); "up to 45" → [0, 45]; "fewer than 45" → [0, 45).
 * 2. Two figures agree when their sets meet, or — when either side is approximate — when the gap between them is at
 *    most {@link ABOUT} (10 %) of the larger value. The tolerance is applied once, not once per side: "about 4,000"
 *    and "about 4,500" are 500 apart, more than 450, and do not agree; "5,000" and "about 5,200" do.
 * 3. Figures of different magnitude never agree, whatever their qualifiers: "more than 2 million" is not "$250m"
 *    (see {@link SAME_MAGNITUDE}, checked by the linker).
 * 4. A bound confirms only a value near it: "as many as 1,500" and "about 1,000" can both be true, but the one does
 *    not confirm the other. A one-sided figure ("up to", "at least", "more than", "fewer than") and a value inside it
 *    confirm each other only when the value is within {@link NEAR_BOUND} (25 %) of the bound; otherwise they are
 *    compatible — neither agreeing nor differing, and the verdict is "unknown".
 * 5. The knowledge base's facts of one measure *vary* (sources disagree) when two of them state values further apart
 *    than rule 2 allows, each bound read as its number: "about 3,000" and "up to 3,500" are compatible but two
 *    different reports, so they vary; "about 5,000" and "5,200" do not.
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

/** An approximate figure allows this share of the larger value either way. */
export const ABOUT = 0.1;

/** How close to a bound a value inside it must be for the bound to confirm it. */
export const NEAR_BOUND = 0.25;

/** Values more than this many times apart are never the same count. */
export const SAME_MAGNITUDE = 2;

function intervalOf({ value, valueMax, qualifier = 'exact' }: QualifiedValue): Interval {
  const hi = valueMax ?? value;
  switch (qualifier) {
    case 'exact':
    case 'about':
      return { lo: value, hi, loOpen: false, hiOpen: false };
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

/** The gap between two intervals (0 when they meet), and whether they meet only at an excluded bound. */
function gap(x: Interval, y: Interval): { size: number; touchesOpen: boolean } {
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (lo < hi) return { size: 0, touchesOpen: false };
  if (lo > hi) return { size: lo - hi, touchesOpen: false };
  const loOpen = (x.lo === lo && x.loOpen) || (y.lo === lo && y.loOpen);
  const hiOpen = (x.hi === hi && x.hiOpen) || (y.hi === hi && y.hiOpen);
  return { size: 0, touchesOpen: loOpen || hiOpen };
}

export function valuesAgree(a: QualifiedValue, b: QualifiedValue): boolean {
  const { size, touchesOpen } = gap(intervalOf(a), intervalOf(b));
  const approximate = a.qualifier === 'about' || b.qualifier === 'about';
  if (!approximate) return size === 0 && !touchesOpen;
  const larger = Math.max(a.valueMax ?? a.value, b.valueMax ?? b.value);
  return size <= ABOUT * larger;
}

/** How far apart two values are, as a ratio ≥ 1 (200 vs 160 → 1.25). */
export function valueRatio(a: number, b: number): number {
  if (a <= 0 || b <= 0) return a === b ? 1 : Infinity;
  return Math.max(a, b) / Math.min(a, b);
}

/** Same count by the rules above: compatible values of the same magnitude. */
export function sameCount(a: QualifiedValue, b: QualifiedValue): boolean {
  return valuesAgree(a, b) && valueRatio(a.value, b.value) <= SAME_MAGNITUDE;
}

const ONE_SIDED = new Set<Qualifier>(['at-least', 'more-than', 'up-to', 'fewer-than']);

/**
 * Same count, and the one confirms the other (rule 4): a one-sided bound against a value (or another bound) is
 * confirmed only when their values are within 25 % of each other.
 */
export function confirms(a: QualifiedValue, b: QualifiedValue): boolean {
  if (!sameCount(a, b)) return false;
  const bounded = ONE_SIDED.has(a.qualifier ?? 'exact') || ONE_SIDED.has(b.qualifier ?? 'exact');
  if (!bounded) return true;
  return Math.abs(a.value - b.value) <= NEAR_BOUND * Math.max(a.value, b.value);
}

/** Rule 5: two reports state the same value — rule 2 with every bound read as the number it names. */
export function stateSameValue(a: QualifiedValue, b: QualifiedValue): boolean {
  const asStated = (v: QualifiedValue): QualifiedValue => ({
    ...v,
    qualifier: v.qualifier === 'about' ? 'about' : 'exact',
  });
  return valuesAgree(asStated(a), asStated(b));
}
