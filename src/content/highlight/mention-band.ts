/**
 * The mentions of one element that lie within a band of the viewport, for an element too long to draw whole (a
 * paragraph of fifty thousand words holds thousands of mentions, and every one registered makes each repaint of it
 * dearer). Mentions are in reading order, so their tops rise with their index: two bisections find the band.
 */

export interface Band {
  /** Viewport coordinates, in CSS pixels. */
  top: number;
  bottom: number;
}

/**
 * Index range `[from, to)` of the items whose box meets the band.
 * @param box the item's box in viewport coordinates (a range's `getBoundingClientRect()`)
 */
export function itemsInBand<T>(
  items: readonly T[],
  box: (item: T) => { top: number; bottom: number },
  band: Band,
): [number, number] {
  // First item whose bottom reaches the band's top.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(items[mid]!).bottom < band.top) lo = mid + 1;
    else hi = mid;
  }
  const from = lo;
  // First item, from there, whose top is below the band's bottom.
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (box(items[mid]!).top <= band.bottom) lo = mid + 1;
    else hi = mid;
  }
  return [from, lo];
}
