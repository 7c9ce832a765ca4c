/**
 * The element Dossier adds to a page for its card: `<dossier-card-host>`, a child of the root element that exists while a
 * card is open, holding the card in a closed shadow root. Its inline `!important` declarations (`all: initial`
 * first) outrank any page rule, so page CSS can neither restyle nor hide it; the card's own CSS stays inside.
 * The host is placed by `placement.ts` in viewport coordinates and follows the mention when the page scrolls.
 */
import { render } from 'preact';
import { CARD_HOST_TAG } from '../../core/dom/skip-rules';
import { Card } from './Card';
import type { CardContent } from './card-content';
import { CARD_CSS } from './card-styles';
import type { Translate } from '../../shared/i18n';
import { placeCard, placeSheet, SHEET_MAX_VIEWPORT, type Box } from './placement';
import { startSwipe, type Swipe } from './swipe';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'z-index: 2147483647',
  'left: 0',
  'top: 0',
  'margin: 0',
  'visibility: hidden',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export interface ShowOptions {
  /** The mention's line box the card is placed against (viewport coordinates). */
  anchor: Box;
  /** Whether the mention's text runs right to left. */
  rtl: boolean;
  /** Move focus into the card (keyboard), to return it on close. */
  focus: boolean;
}

export interface CardHost {
  show(content: CardContent, options: ShowOptions): void;
  /** Places the open card again, against the anchor where it now is. */
  move(anchor: Box): void;
  hide(): void;
  /** Whether an event target is the card (events from inside the shadow root are retargeted to the host). */
  isCard(target: EventTarget | null): boolean;
  readonly isOpen: boolean;
}

export interface CardHostDeps {
  t: Translate;
  /** The reader's locale (BCP 47), read when a card first opens. */
  locale: () => string;
  onOpenPanel(content: CardContent): void;
  /** The card's close button. */
  onClose(): void;
}

export function createCardHost(doc: Document, deps: CardHostDeps): CardHost {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  /** Where Preact renders, beside the style element. */
  let frame: HTMLElement | null = null;
  let rtl = false;
  let returnFocus: Element | null = null;

  function mount(): HTMLElement {
    host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    frame = doc.createElement('div');
    // The card speaks the reader's language, whatever the page's (`direction` is not reset by `all: initial`).
    frame.lang = deps.locale();
    frame.dir = deps.t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
    root.append(style, frame);
    frame.addEventListener('touchstart', onTouchStart, { passive: true });
    frame.addEventListener('touchmove', onTouchMove, { passive: true });
    frame.addEventListener('touchend', onTouchEnd, { passive: true });
    frame.addEventListener('touchcancel', onTouchEnd, { passive: true });
    doc.documentElement.append(host);
    return frame;
  }

  function cardElement(): HTMLElement | null {
    return root?.querySelector<HTMLElement>('.card') ?? null;
  }

  /** A phone's sheet along the bottom edge, or a card beside the mention. */
  function place(anchor: Box): void {
    const card = cardElement();
    if (!host || !card || !frame) return;
    const view = doc.documentElement;
    const viewport = { width: view.clientWidth, height: view.clientHeight };
    const sheet = viewport.width <= SHEET_MAX_VIEWPORT;
    frame.className = sheet ? 'sheet' : '';
    card.style.maxHeight = '';
    card.style.width = sheet ? `${viewport.width}px` : '';
    if (sheet) placeAsSheet(card, anchor, viewport);
    else placeBeside(card, anchor, viewport);
  }

  function placeBeside(card: HTMLElement, anchor: Box, viewport: { width: number; height: number }): void {
    const { width, height } = card.getBoundingClientRect();
    const at = placeCard(anchor, { width, height }, viewport, rtl);
    setPosition(at.left, at.top, at.maxHeight, at.side);
  }

  function placeAsSheet(card: HTMLElement, anchor: Box, viewport: { width: number; height: number }): void {
    const { height } = card.getBoundingClientRect();
    let at = placeSheet(anchor, height, viewport);
    if (at.scrollBy > 0) {
      // Lift the mention above the sheet: the page scrolls (at once, whatever its CSS says), then the sheet fits the
      // room the scroll really made — none on a page that does not scroll.
      const win = doc.defaultView!;
      const before = win.scrollY;
      win.scrollBy({ top: at.scrollBy, behavior: 'instant' });
      const moved = win.scrollY - before;
      const lifted = { ...anchor, top: anchor.top - moved, bottom: anchor.bottom - moved };
      at = placeSheet(lifted, height, viewport, false);
    }
    setPosition(0, at.top, at.maxHeight, `sheet-${at.edge}`);
  }

  function setPosition(left: number, top: number, maxHeight: number, side: string): void {
    host!.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host!.style.setProperty('top', `${Math.round(top)}px`, 'important');
    cardElement()!.style.maxHeight = `${Math.floor(maxHeight)}px`;
    host!.dataset['side'] = side;
  }

  // A sheet follows a finger dragging it down, and a long or quick enough drag dismisses it.
  let swipe: Swipe | null = null;
  const onTouchStart = (e: TouchEvent): void => {
    const card = cardElement();
    const finger = e.touches[0];
    swipe = frame?.className === 'sheet' && card && card.scrollTop <= 0 && e.touches.length === 1 && finger ? startSwipe({ y: finger.clientY, t: e.timeStamp }) : null;
  };
  const onTouchMove = (e: TouchEvent): void => {
    const finger = e.touches[0];
    const card = cardElement();
    if (!swipe || !finger || !card) return;
    const offset = swipe.move({ y: finger.clientY, t: e.timeStamp });
    card.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
  };
  const onTouchEnd = (e: TouchEvent): void => {
    const finger = e.changedTouches[0];
    const dismissed = swipe !== null && finger !== undefined && swipe.end({ y: finger.clientY, t: e.timeStamp });
    swipe = null;
    const card = cardElement();
    if (card) card.style.transform = '';
    if (dismissed) deps.onClose();
  };

  const api: CardHost = {
    get isOpen() {
      return host !== null;
    },
    show(content, options) {
      api.hide();
      const into = mount();
      rtl = options.rtl;
      render(
        <Card
          content={content}
          t={deps.t}
          locale={deps.locale()}
          onOpenPanel={() => deps.onOpenPanel(content)}
          onClose={deps.onClose}
        />,
        into,
      );
      place(options.anchor);
      host!.style.setProperty('visibility', 'visible', 'important');
      if (options.focus) {
        returnFocus = doc.activeElement;
        cardElement()?.focus();
      }
    },
    move(anchor) {
      place(anchor);
    },
    hide() {
      if (!host || !root || !frame) return;
      const focused = root.activeElement !== null;
      render(null, frame);
      host.remove();
      host = root = frame = null;
      const back = returnFocus as HTMLElement | null;
      returnFocus = null;
      if (focused && back?.isConnected && typeof back.focus === 'function') back.focus();
    },
    isCard(target) {
      return target !== null && target === host;
    },
  };
  return api;
}
