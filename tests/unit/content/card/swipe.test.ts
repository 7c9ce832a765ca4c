/** Swiping a phone's sheet down dismisses it; a short or slow drag springs back; it never follows upwards. */
import { describe, expect, it } from 'vitest';
import { startSwipe, SWIPE_DISMISS_DISTANCE } from '../../../../src/content/card/swipe';

describe('startSwipe', () => {
  it('follows the finger down, never up', () => {
    const swipe = startSwipe({ y: 500, t: 0 });
    expect(swipe.move({ y: 540, t: 100 })).toBe(40);
    expect(swipe.move({ y: 450, t: 200 })).toBe(0);
  });

  it('dismisses after a long enough drag, however slow', () => {
    const swipe = startSwipe({ y: 500, t: 0 });
    swipe.move({ y: 500 + SWIPE_DISMISS_DISTANCE, t: 2_000 });
    expect(swipe.end({ y: 500 + SWIPE_DISMISS_DISTANCE, t: 2_100 })).toBe(true);
  });

  it('dismisses after a quick flick, even a short one', () => {
    const swipe = startSwipe({ y: 500, t: 0 });
    swipe.move({ y: 515, t: 16 });
    swipe.move({ y: 540, t: 32 });
    expect(swipe.end({ y: 540, t: 40 })).toBe(true);
  });

  it('springs back after a short slow drag, a drag back up, or a tap', () => {
    const slow = startSwipe({ y: 500, t: 0 });
    slow.move({ y: 540, t: 800 });
    expect(slow.end({ y: 540, t: 900 })).toBe(false);
    const back = startSwipe({ y: 500, t: 0 });
    back.move({ y: 600, t: 50 });
    back.move({ y: 510, t: 100 });
    expect(back.end({ y: 510, t: 110 })).toBe(false);
    expect(startSwipe({ y: 500, t: 0 }).end({ y: 502, t: 80 })).toBe(false);
  });
});
