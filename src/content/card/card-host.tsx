/**
 * The element Dossier adds to a page for its card: `<dossier-card-host>`, a child of the root element that exists while a
 * card is open, holding the card in a closed shadow root. Its inline `!important` declarations (`all: initial`
 * first) outrank any page rule, so page CSS can neither restyle nor hide it; the card's own CSS stays inside.
 * The host is placed by `host-placement.ts` in viewport coordinates and follows the mention when the page scrolls; a
 * phone's sheet can be swiped away (`sheet-swipe.ts`).
 */
import { render } from 'preact';
import { CARD_HOST_TAG } from '../../core/dom/skip-rules';
import { Card } from './Card';
import type { CardContent } from './card-content';
// The card's style sheet as text, minified by the build (see card.css).
import CARD_CSS from './card.css?inline';
import type { Translate } from '../../shared/i18n';
import { placeCardHost } from './host-placement';
import type { Box } from './placement';
import { followSheetSwipes } from './sheet-swipe';

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
    followSheetSwipes(frame, cardElement, deps.onClose);
    doc.documentElement.append(host);
    return frame;
  }

  function cardElement(): HTMLElement | null {
    return root?.querySelector<HTMLElement>('.card') ?? null;
  }

  /** Places the card against `anchor`, a mention's line box. */
  function place(anchor: Box): void {
    const card = cardElement();
    if (!host || !card || !frame) return;
    placeCardHost({ doc, host, frame, card }, anchor, rtl);
  }

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
