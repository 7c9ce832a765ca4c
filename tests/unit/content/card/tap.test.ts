import { describe, expect, it } from 'vitest';
import { createTapTracker, TAP_MAX_MS, type TapPointer } from '../../../../src/content/card/tap';

const touch = (pointerId: number, clientX: number, clientY: number, timeStamp: number): TapPointer => ({
  pointerId,
  pointerType: 'touch',
  clientX,
  clientY,
  timeStamp,
});

describe('taps', () => {
  it('a finger down and up in place, quickly, is a tap at that point', () => {
    const tap = createTapTracker();
    tap.down(touch(1, 100, 200, 0));
    tap.move(touch(1, 103, 201, 40));
    expect(tap.up(touch(1, 103, 201, 90))).toEqual({ x: 103, y: 201 });
  });

  it('a scroll, a long press, a cancelled pointer or a mouse is no tap', () => {
    const tap = createTapTracker();
    tap.down(touch(1, 100, 200, 0));
    tap.move(touch(1, 100, 260, 50));
    tap.move(touch(1, 100, 201, 80)); // back where it started: still a scroll
    expect(tap.up(touch(1, 100, 201, 100))).toBeNull();

    tap.down(touch(2, 100, 200, 1000));
    expect(tap.up(touch(2, 100, 200, 1000 + TAP_MAX_MS + 1))).toBeNull();

    tap.down(touch(3, 100, 200, 2000));
    tap.cancel(touch(3, 100, 200, 2050));
    expect(tap.up(touch(3, 100, 200, 2080))).toBeNull();

    tap.down({ ...touch(4, 100, 200, 3000), pointerType: 'mouse' });
    expect(tap.up({ ...touch(4, 100, 200, 3050), pointerType: 'mouse' })).toBeNull();
  });

  it('a pinch (two fingers) is no tap, and the next single tap is one again', () => {
    const tap = createTapTracker();
    tap.down(touch(1, 100, 200, 0));
    tap.down({ ...touch(2, 160, 260, 10), isPrimary: false });
    expect(tap.up(touch(2, 160, 260, 80))).toBeNull();
    expect(tap.up(touch(1, 100, 200, 90))).toBeNull();
    tap.down(touch(3, 50, 50, 500));
    expect(tap.up(touch(3, 50, 50, 560))).toEqual({ x: 50, y: 50 });
  });

  it('a finger whose end never came (a scroll the browser took over) does not turn the next tap into a pinch', () => {
    const tap = createTapTracker();
    tap.down(touch(1, 100, 200, 0));
    tap.move(touch(1, 100, 120, 60));
    // no pointerup nor pointercancel for finger 1
    tap.down(touch(1, 80, 300, 3000));
    expect(tap.up(touch(1, 80, 300, 3050))).toEqual({ x: 80, y: 300 });
    tap.down(touch(2, 80, 300, 4000));
    tap.move(touch(2, 80, 250, 4020));
    tap.down(touch(3, 60, 60, 4800));
    expect(tap.up(touch(3, 60, 60, 4840))).toEqual({ x: 60, y: 60 });
  });
});
