/**
 * Hover cards on a page: the pointer (`hover-input.ts`), taps on touch screens (`tap-input.ts`), the keyboard
 * commands and Esc (`key-input.ts`) drive the card controller, which decides when the card host shows or hides a
 * card; an open card follows its mention when the page scrolls.
 */
import { createCardController } from './hover-controller';
import type { CardContent, CardLoader } from './card-content';
import { createCardHost, type CardHost } from './card-host';
import type { Translate } from '../../shared/i18n';
import type { Box } from './placement';
import { highlightRegistry } from '../highlight/highlighter';
import { hitTest } from '../mentions/hit-test';
import type { MentionIndex } from '../mentions/mention-index';
import type { Mention } from '../mentions/mentions';
import type { CardInputContext } from './card-inputs';
import { hoverInput } from './hover-input';
import { keyInput } from './key-input';
import { listen } from './listeners';
import { tapInput } from './tap-input';

export interface CardsDeps {
  index: MentionIndex;
  /** Whether the mention's category is drawn (hidden categories open no card). */
  visible(mention: Mention): boolean;
  /** The dwell before a card opens, in milliseconds. */
  delay(): number;
  load: CardLoader;
  openPanel(content: CardContent): void;
  t: Translate;
  /** The reader's locale (BCP 47), read when a card first opens. */
  locale: () => string;
}

export interface Cards {
  close(): void;
  stop(): void;
}

function isRtl(range: Range): boolean {
  const el = range.startContainer.parentElement;
  return el !== null && getComputedStyle(el).direction === 'rtl';
}

/** Moves the open card with its mention when the page scrolls or the window is resized (once a frame at most). */
interface CardFollower {
  /** A card opened against `anchor`, the mention's line box. */
  shown(mention: Mention, anchor: Box): void;
  hidden(): void;
  onScroll(): void;
  stop(): void;
}

function followShownCard(host: CardHost): CardFollower {
  /** The shown card's anchor, and where its mention was then, to follow the mention when the page scrolls. */
  let shown: { mention: Mention; anchor: Box; at: DOMRect } | null = null;
  let follow = 0;
  return {
    shown(mention, anchor) {
      shown = { mention, anchor, at: mention.range.getBoundingClientRect() };
    },
    hidden() {
      shown = null;
    },
    onScroll() {
      if (!shown || follow) return;
      follow = requestAnimationFrame(() => {
        follow = 0;
        if (!shown) return;
        const now = shown.mention.range.getBoundingClientRect();
        const dx = now.left - shown.at.left;
        const dy = now.top - shown.at.top;
        const { anchor } = shown;
        host.move({
          left: anchor.left + dx,
          right: anchor.right + dx,
          top: anchor.top + dy,
          bottom: anchor.bottom + dy,
        });
      });
    },
    stop: () => cancelAnimationFrame(follow),
  };
}

export function startCards(doc: Document, deps: CardsDeps): Cards {
  const registry = highlightRegistry();

  const host = createCardHost(doc, {
    t: deps.t,
    locale: deps.locale,
    onOpenPanel: deps.openPanel,
    onClose: () => controller.close(),
  });
  const follower = followShownCard(host);

  const controller = createCardController<Mention, CardContent>({
    delay: deps.delay,
    load: deps.load,
    show(target, content, focus) {
      follower.shown(target.mention, target.line);
      host.show(content, { anchor: target.line, rtl: isRtl(target.mention.range), focus });
    },
    hide() {
      follower.hidden();
      host.hide();
    },
  });

  const context: CardInputContext = {
    doc,
    host,
    controller,
    hit: (x, y) => hitTest(doc, x, y, deps.index, deps.visible, registry),
  };
  const inputs = [hoverInput(context), tapInput(context), keyInput(context, deps)];
  const onScroll = (): void => follower.onScroll();
  const unlisten = listen([
    ...inputs.flatMap((input) => input.listeners),
    [doc, 'scroll', onScroll, { capture: true, passive: true }],
    [window, 'resize', onScroll, { passive: true }],
  ]);

  return {
    close: () => controller.close(),
    stop() {
      unlisten();
      for (const input of inputs) input.stop();
      follower.stop();
      controller.close();
    },
  };
}
