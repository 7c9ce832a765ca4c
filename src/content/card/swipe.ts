/**
 * Swiping a phone's sheet down to dismiss it: the sheet follows the finger downwards (never up), and lets go as
 * dismissed when dragged far enough or flicked fast enough; otherwise it springs back. Pure: the card host feeds it
 * touch positions and applies the offset.
 */

/** Dragged this far down (CSS pixels), the sheet is dismissed. */
export const SWIPE_DISMISS_DISTANCE = 72;
/** Or this fast (pixels per millisecond) over at least `SWIPE_MIN_FLICK` pixels. */
export const SWIPE_DISMISS_SPEED = 0.6;
export const SWIPE_MIN_FLICK = 24;

export interface SwipePoint {
  y: number;
  /** Milliseconds. */
  t: number;
}

export interface Swipe {
  /** How far down the sheet should follow the finger now (0 or more). */
  move(at: SwipePoint): number;
  /** Whether the gesture, ending here, dismisses the sheet. */
  end(at: SwipePoint): boolean;
}

export function startSwipe(from: SwipePoint): Swipe {
  let last = from;
  let speed = 0;
  const offset = (y: number): number => Math.max(y - from.y, 0);
  return {
    move(at) {
      const dt = at.t - last.t;
      if (dt > 0) speed = (at.y - last.y) / dt;
      last = at;
      return offset(at.y);
    },
    end(at) {
      const distance = offset(at.y);
      if (distance >= SWIPE_DISMISS_DISTANCE) return true;
      return distance >= SWIPE_MIN_FLICK && speed >= SWIPE_DISMISS_SPEED;
    },
  };
}
