/** Card placement: below the mention's line, else above, else beside, else scrolling — never over the mention. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard, type Box } from '../../../../src/content/card/placement';

const VIEW = { width: 1280, height: 900 };
const CARD = { width: 380, height: 300 };
const line = (left: number, top: number, width = 100, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const cardBox = (p: { left: number; top: number; maxHeight: number }, height: number): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + CARD.width,
  bottom: p.top + Math.min(height, p.maxHeight),
});
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('puts the card below the line, aligned with the mention’s start', () => {
    expect(placeCard(line(200, 100), CARD, VIEW)).toEqual({
      left: 200,
      top: 120 + GAP,
      maxHeight: VIEW.height - MARGIN - 120 - GAP,
      side: 'below',
    });
  });

  it('aligns with the mention’s right edge in right-to-left text', () => {
    const p = placeCard(line(600, 100), CARD, VIEW, true);
    expect(p.left + CARD.width).toBe(700);
    expect(p.side).toBe('below');
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard(line(1200, 100, 60), CARD, VIEW).left).toBe(VIEW.width - MARGIN - CARD.width);
    expect(placeCard(line(2, 100, 60), CARD, VIEW, true).left).toBe(MARGIN);
  });

  it('flips above near the bottom edge', () => {
    const p = placeCard(line(200, 800), CARD, VIEW);
    expect(p).toMatchObject({ side: 'above', top: 800 - GAP - CARD.height });
  });

  it('goes beside the mention when neither above nor below has room, after it or (RTL) before it', () => {
    const tall = { width: 380, height: 600 };
    expect(placeCard(line(100, 420), tall, VIEW)).toMatchObject({ side: 'after', left: 200 + GAP });
    expect(placeCard(line(800, 420), tall, VIEW, true)).toMatchObject({ side: 'before', left: 800 - GAP - 380 });
    expect(placeCard(line(1000, 420), tall, VIEW)).toMatchObject({ side: 'before' });
  });

  it('scrolls a card taller than any room, on the roomier side', () => {
    const huge = { width: 1200, height: 2000 };
    const p = placeCard(line(100, 300), huge, VIEW);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(VIEW.height - MARGIN - 320 - GAP);
  });

  it('never covers the mention and never leaves the viewport (any line, any card)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1180 }),
        fc.integer({ min: 0, max: 870 }),
        fc.integer({ min: 10, max: 100 }),
        fc.integer({ min: 50, max: 1500 }),
        fc.boolean(),
        (left, top, width, height, rtl) => {
          const anchor = line(left, top, width);
          const p = placeCard(anchor, { width: CARD.width, height }, VIEW, rtl);
          const box = cardBox(p, height);
          expect(overlaps(box, anchor)).toBe(false);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(VIEW.width);
          expect(p.maxHeight).toBeGreaterThanOrEqual(0);
          if (p.maxHeight > 0) {
            expect(box.top).toBeGreaterThanOrEqual(0);
            expect(box.bottom).toBeLessThanOrEqual(VIEW.height);
          }
        },
      ),
    );
  });
});
