/**
 * Where a hover card goes: below the mention's line, else above it, else beside it, else on the roomier side with
 * a scrolling height — never over the mention, always inside the viewport. Right-to-left text puts the card on
 * the mention's right edge and prefers its left side. Viewport coordinates, in CSS pixels.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'after' | 'before';

export interface Placement {
  left: number;
  top: number;
  /** The height the card may take; it scrolls inside when its content is taller. */
  maxHeight: number;
  side: Side;
}

/** Distance between the mention and the card. */
export const GAP = 6;
/** Distance kept from the viewport's edges. */
export const MARGIN = 8;

const clamp = (v: number, min: number, max: number): number => Math.max(min, Math.min(v, max));

export function placeCard(anchor: Box, card: Size, viewport: Size, rtl = false): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const fullHeight = viewport.height - 2 * MARGIN;
  const startLeft = rtl ? anchor.right - width : anchor.left;
  const left = clamp(startLeft, MARGIN, viewport.width - MARGIN - width);

  const below = viewport.height - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  if (card.height <= below) return { left, top: anchor.bottom + GAP, maxHeight: below, side: 'below' };
  if (card.height <= above) return { left, top: anchor.top - GAP - card.height, maxHeight: above, side: 'above' };

  const after = viewport.width - MARGIN - (anchor.right + GAP);
  const before = anchor.left - GAP - MARGIN;
  const sides: [Side, number][] = rtl
    ? [
        ['before', before],
        ['after', after],
      ]
    : [
        ['after', after],
        ['before', before],
      ];
  for (const [side, room] of sides) {
    if (width > room || card.height > fullHeight) continue;
    const top = clamp(anchor.top, MARGIN, viewport.height - MARGIN - card.height);
    const x = side === 'after' ? anchor.right + GAP : anchor.left - GAP - width;
    return { left: x, top, maxHeight: fullHeight, side };
  }

  if (below >= above) return { left, top: anchor.bottom + GAP, maxHeight: Math.max(below, 0), side: 'below' };
  const height = Math.max(above, 0);
  return { left, top: anchor.top - GAP - height, maxHeight: height, side: 'above' };
}

/** At most this wide (CSS pixels), the viewport is a phone's: the card becomes a sheet along the bottom edge. */
export const SHEET_MAX_VIEWPORT = 480;
/** A sheet takes at most this share of the viewport's height; its content scrolls inside. */
export const SHEET_MAX_SHARE = 0.6;
/** A sheet shorter than this is too cramped to read: the sheet goes to the top edge instead. */
export const SHEET_MIN_HEIGHT = 160;

export interface SheetPlacement {
  edge: 'bottom' | 'top';
  top: number;
  /** The sheet's height limit; its content scrolls inside when taller. */
  maxHeight: number;
  /** How far the page should scroll down first, to lift the mention above the sheet (0: no need). */
  scrollBy: number;
}

/**
 * Where a phone's sheet goes: along the bottom edge, as tall as its content up to 60 % of the viewport, never over
 * the mention. When the mention sits where the sheet would be, the page scrolls it up first (`scrollBy`, if
 * `mayScroll`); when it cannot, the sheet shrinks to the room below the mention, or moves to the top edge when the
 * room above is the larger and that below too cramped.
 */
export function placeSheet(anchor: Box, cardHeight: number, viewport: Size, mayScroll = true): SheetPlacement {
  const wanted = Math.min(cardHeight, Math.floor(viewport.height * SHEET_MAX_SHARE));
  const below = Math.max(viewport.height - (anchor.bottom + GAP), 0);
  const bottom = (height: number): SheetPlacement => ({
    edge: 'bottom',
    top: viewport.height - height,
    maxHeight: height,
    scrollBy: 0,
  });
  if (wanted <= below) return bottom(wanted);
  if (mayScroll) {
    const lift = Math.min(wanted - below, Math.max(anchor.top - MARGIN, 0));
    if (lift > 0) return { ...bottom(Math.min(wanted, below + lift)), scrollBy: lift };
  }
  const above = Math.max(anchor.top - GAP, 0);
  if (below >= Math.min(wanted, SHEET_MIN_HEIGHT) || below >= above) return bottom(Math.min(wanted, below));
  return { edge: 'top', top: 0, maxHeight: Math.min(wanted, above), scrollBy: 0 };
}
