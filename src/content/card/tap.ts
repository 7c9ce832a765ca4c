/**
 * Taps on a touch screen: a single finger that goes down and up within a short time and a small distance. A scroll,
 * a pinch (a second finger), a long press or a drag is no tap; the browser cancelling the pointer (it took the
 * gesture for scrolling) is none either. Pure: the caller feeds it pointer events and decides what a tap opens.
 */

export interface TapPointer {
  pointerId: number;
  pointerType: string;
  clientX: number;
  clientY: number;
  timeStamp: number;
  /** The first finger of a gesture (absent: taken as true). */
  isPrimary?: boolean;
}

/** Farther than this (CSS pixels) from where it went down, the finger scrolls or drags. */
export const TAP_SLOP = 10;
/** Longer than this (ms) is a long press (the browser's text selection or context menu). */
export const TAP_MAX_MS = 500;

export interface TapTracker {
  down(e: TapPointer): void;
  move(e: TapPointer): void;
  /** The point of a tap that ends with this pointer, or null. */
  up(e: TapPointer): { x: number; y: number } | null;
  cancel(e: TapPointer): void;
}

export function createTapTracker(): TapTracker {
  const active = new Map<number, { x: number; y: number; t: number; still: boolean }>();
  /** A second finger came down while this gesture lasted: no tap until every finger is up. */
  let multi = false;
  return {
    down(e) {
      if (e.pointerType !== 'touch') return;
      // The primary pointer is the first finger of a new gesture: what came before is over, even when the browser
      // never reported its end (a scroll it took over). Another finger makes a pinch.
      if (e.isPrimary !== false) {
        active.clear();
        multi = false;
      } else {
        multi = true;
      }
      active.set(e.pointerId, { x: e.clientX, y: e.clientY, t: e.timeStamp, still: true });
    },
    move(e) {
      const start = active.get(e.pointerId);
      if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP) start.still = false;
    },
    up(e) {
      const start = active.get(e.pointerId);
      active.delete(e.pointerId);
      const wasMulti = multi;
      if (active.size === 0) multi = false;
      if (!start || wasMulti || !start.still) return null;
      if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > TAP_SLOP) return null;
      if (e.timeStamp - start.t > TAP_MAX_MS) return null;
      return { x: e.clientX, y: e.clientY };
    },
    cancel(e) {
      active.delete(e.pointerId);
      if (active.size === 0) multi = false;
    },
  };
}
