/**
 * Puts the card host where `placement.ts` says, in viewport coordinates: on a phone, a sheet along the bottom edge
 * (the page scrolls the mention above it first, if it must); elsewhere, a card beside the mention.
 */
import { placeCard, placeSheet, SHEET_MAX_VIEWPORT, type Box } from './placement';

/** The card's elements in the page: the host, the frame the card is rendered into, and the card. */
export interface CardElements {
  doc: Document;
  host: HTMLElement;
  frame: HTMLElement;
  card: HTMLElement;
}

type Viewport = { width: number; height: number };

function setPosition({ host, card }: CardElements, left: number, top: number, maxHeight: number, side: string): void {
  host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  host.style.setProperty('top', `${Math.round(top)}px`, 'important');
  card.style.maxHeight = `${Math.floor(maxHeight)}px`;
  host.dataset['side'] = side;
}

function placeBeside(els: CardElements, anchor: Box, viewport: Viewport, rtl: boolean): void {
  const { width, height } = els.card.getBoundingClientRect();
  const at = placeCard(anchor, { width, height }, viewport, rtl);
  setPosition(els, at.left, at.top, at.maxHeight, at.side);
}

function placeAsSheet(els: CardElements, anchor: Box, viewport: Viewport): void {
  const { height } = els.card.getBoundingClientRect();
  let at = placeSheet(anchor, height, viewport);
  if (at.scrollBy > 0) {
    // Lift the mention above the sheet: the page scrolls (at once, whatever its CSS says), then the sheet fits the
    // room the scroll really made — none on a page that does not scroll.
    const win = els.doc.defaultView!;
    const before = win.scrollY;
    win.scrollBy({ top: at.scrollBy, behavior: 'instant' });
    const moved = win.scrollY - before;
    const lifted = { ...anchor, top: anchor.top - moved, bottom: anchor.bottom - moved };
    at = placeSheet(lifted, height, viewport, false);
  }
  setPosition(els, 0, at.top, at.maxHeight, `sheet-${at.edge}`);
}

/**
 * A phone's sheet along the bottom edge, or a card beside the mention.
 * @param anchor the mention's line box
 * @param rtl whether the mention's text runs right to left
 */
export function placeCardHost(els: CardElements, anchor: Box, rtl: boolean): void {
  const { doc, frame, card } = els;
  const view = doc.documentElement;
  const viewport = { width: view.clientWidth, height: view.clientHeight };
  const sheet = viewport.width <= SHEET_MAX_VIEWPORT;
  frame.className = sheet ? 'sheet' : '';
  card.style.maxHeight = '';
  card.style.width = sheet ? `${viewport.width}px` : '';
  if (sheet) placeAsSheet(els, anchor, viewport);
  else placeBeside(els, anchor, viewport, rtl);
}
