/** A phone's card: a sheet along the bottom edge, never over the mention it explains. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP, placeSheet, SHEET_MAX_SHARE, SHEET_MIN_HEIGHT, type Box } from '../../../../src/content/card/placement';

const PHONE = { width: 390, height: 844 };
const line = (top: number, height = 20): Box => ({ left: 40, top, right: 200, bottom: top + height });
const CAP = Math.floor(PHONE.height * SHEET_MAX_SHARE);

describe('placeSheet', () => {
  it('sits on the bottom edge, as tall as its content, when the mention is above it', () => {
    expect(placeSheet(line(100), 300, PHONE)).toEqual({
      edge: 'bottom',
      top: PHONE.height - 300,
      maxHeight: 300,
      scrollBy: 0,
    });
  });

  it('takes at most 60 % of the viewport; a taller card scrolls inside', () => {
    expect(placeSheet(line(40), 2_000, PHONE)).toEqual({
      edge: 'bottom',
      top: PHONE.height - CAP,
      maxHeight: CAP,
      scrollBy: 0,
    });
  });

  it('asks the page to scroll the mention up above the sheet when it sits where the sheet goes', () => {
    const at = placeSheet(line(700), 400, PHONE);
    expect(at.scrollBy).toBe(700 + 20 + GAP - (PHONE.height - 400));
    expect(at).toMatchObject({ edge: 'bottom', top: PHONE.height - 400, maxHeight: 400 });
  });

  it('where the page cannot scroll, shrinks to the room below the mention, or goes to the top edge', () => {
    expect(placeSheet(line(500), 400, PHONE, false)).toEqual({
      edge: 'bottom',
      top: 500 + 20 + GAP,
      maxHeight: PHONE.height - 526,
      scrollBy: 0,
    });
    const low = placeSheet(line(800), 400, PHONE, false);
    expect(low).toEqual({ edge: 'top', top: 0, maxHeight: 400, scrollBy: 0 });
  });

  it('never covers the mention, once the page scrolled as far as it could', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 820 }),
        fc.integer({ min: 60, max: 3_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (top, height, canScroll) => {
          const first = placeSheet(line(top), height, PHONE);
          const scrolled = Math.min(first.scrollBy, canScroll);
          const mention = line(top - scrolled);
          const at = first.scrollBy > 0 ? placeSheet(mention, height, PHONE, false) : first;
          const sheet = { top: at.top, bottom: at.top + Math.min(height, at.maxHeight) };
          expect(sheet.bottom <= mention.top || sheet.top >= mention.bottom).toBe(true);
          expect(at.top).toBeGreaterThanOrEqual(0);
          expect(sheet.bottom).toBeLessThanOrEqual(PHONE.height);
          // Never cramped when there was room for a readable sheet somewhere.
          if (Math.max(PHONE.height - mention.bottom - GAP, mention.top - GAP) >= SHEET_MIN_HEIGHT) {
            expect(at.maxHeight).toBeGreaterThanOrEqual(Math.min(height, SHEET_MIN_HEIGHT));
          }
        },
      ),
    );
  });
});
