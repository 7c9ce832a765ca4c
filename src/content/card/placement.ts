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
  const sides: [Side, number][] = rtl ? [['before', before], ['after', after]] : [['after', after], ['before', before]];
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
