/**
 * Hover cards on a page: follows the pointer (one hit test per frame at most), taps on touch screens, the keyboard
 * commands and Esc (moving between highlights is announced to screen readers), and drives the card controller, which
 * decides when the card host shows or hides a card.
 */
import { createCardController, type Target } from './hover-controller';
import type { CardContent, CardLoader } from './card-content';
import { createCardHost } from './card-host';
import type { Translate } from '../../shared/i18n';
import type { Box } from './placement';
import { highlightRegistry } from '../highlight/highlighter';
import { firstLine, hitTest } from '../mentions/hit-test';
import { createTapTracker } from './tap';
import { createAnnouncer } from '../mentions/announcer';
import { isEditable, keyCommand } from '../mentions/keyboard';
import { mentionLabel } from '../mentions/mention-label';
import type { MentionIndex } from '../mentions/mention-index';
import type { Mention } from '../mentions/mentions';

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

/** Links, buttons and form controls keep their taps: a highlight inside one opens no card on touch. */
const CONTROLS = 'a[href], button, [role="button"], [role="link"], input, select, textarea, label, summary, [contenteditable]';

function insideControl(mention: Mention): boolean {
  const node = mention.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(CONTROLS) != null;
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function startCards(doc: Document, deps: CardsDeps): Cards {
  const registry = highlightRegistry();
  /** The shown card's anchor, and where its mention was then, to follow the mention when the page scrolls. */
  let shown: { mention: Mention; anchor: Box; at: DOMRect } | null = null;

  const host = createCardHost(doc, {
    t: deps.t,
    locale: deps.locale,
    onOpenPanel: deps.openPanel,
    onClose: () => controller.close(),
  });

  const controller = createCardController<Mention, CardContent>({
    delay: deps.delay,
    load: deps.load,
    show(target, content, focus) {
      shown = { mention: target.mention, anchor: target.line, at: target.mention.range.getBoundingClientRect() };
      host.show(content, { anchor: target.line, rtl: isRtl(target.mention.range), focus });
    },
    hide() {
      shown = null;
      host.hide();
    },
  });

  // Moving between highlights by keyboard is told to screen readers: "Florence Parly, Person, 2 of 27".
  const announcer = createAnnouncer(doc, deps.locale);

  const hit = (x: number, y: number): Target<Mention> | null => hitTest(doc, x, y, deps.index, deps.visible, registry);

  let frame = 0;
  let lastMove: PointerEvent | null = null;
  const probe = (): void => {
    frame = 0;
    const e = lastMove;
    if (!e) return;
    if (host.isCard(e.target)) controller.pointer(null, true);
    else controller.pointer(hit(e.clientX, e.clientY), false);
  };
  const onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    lastMove = e;
    if (!frame) frame = requestAnimationFrame(probe);
  };
  const onPointerOut = (e: PointerEvent): void => {
    if (e.relatedTarget === null) controller.pointer(null, false);
  };
  const onPointerDown = (e: PointerEvent): void => {
    taps.down(e);
    if (!host.isOpen || host.isCard(e.target)) return;
    if (hit(e.clientX, e.clientY)?.mention !== controller.current) controller.close();
  };

  // Touch: a tap on a highlight opens its card. A scroll, a pinch, a long press or a selection opens nothing, and a
  // highlight inside a link or a button leaves the tap to the page.
  const taps = createTapTracker();
  const onTouchMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') taps.move(e);
  };
  const onPointerUp = (e: PointerEvent): void => {
    const tap = taps.up(e);
    if (!tap || host.isCard(e.target) || !(doc.getSelection()?.isCollapsed ?? true)) return;
    const target = hit(tap.x, tap.y);
    if (!target || insideControl(target.mention)) return;
    controller.open(target);
  };
  const onPointerCancel = (e: PointerEvent): void => taps.cancel(e);
  const onFocusIn = (e: FocusEvent): void => {
    if (host.isOpen && !host.isCard(e.target)) controller.close();
  };

  let follow = 0;
  const onScroll = (): void => {
    if (!shown || follow) return;
    follow = requestAnimationFrame(() => {
      follow = 0;
      if (!shown) return;
      const now = shown.mention.range.getBoundingClientRect();
      const dx = now.left - shown.at.left;
      const dy = now.top - shown.at.top;
      const { anchor } = shown;
      host.move({ left: anchor.left + dx, right: anchor.right + dx, top: anchor.top + dy, bottom: anchor.bottom + dy });
    });
  };

  /** The selection's anchor, or the start (or end) of the page when nothing is selected. */
  const selectionPoint = (direction: 1 | -1): { node: Node; offset: number } => {
    const selection = doc.getSelection();
    if (selection?.anchorNode && selection.rangeCount > 0) return { node: selection.anchorNode, offset: selection.anchorOffset };
    const body = doc.body ?? doc.documentElement;
    return { node: body, offset: direction === 1 ? 0 : body.childNodes.length };
  };

  const step = (direction: 1 | -1): void => {
    const { node, offset } = selectionPoint(direction);
    const mention = deps.index.step(node, offset, direction, deps.visible);
    if (!mention) return;
    controller.close();
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(mention.range.cloneRange());
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
    announcer.say(mentionLabel(mention, deps.index.placeOf(mention, deps.visible), deps.t));
  };

  const openAtSelection = (): void => {
    const selection = doc.getSelection();
    if (!selection?.anchorNode) return;
    const mention = deps.index.at(selection.anchorNode, selection.anchorOffset);
    const line = mention && deps.visible(mention) ? firstLine(mention.range) : null;
    if (mention && line) controller.open({ mention, line });
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      if (controller.dismiss()) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const command = keyCommand(e);
    if (!command || (isEditable(e.target) && !host.isCard(e.target))) return;
    e.preventDefault();
    e.stopPropagation();
    if (command === 'open') openAtSelection();
    else step(command === 'next' ? 1 : -1);
  };

  const listeners: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [doc, 'pointermove', onPointerMove as EventListener, { capture: true, passive: true }],
    [doc, 'pointerout', onPointerOut as EventListener, { capture: true, passive: true }],
    [doc, 'pointerdown', onPointerDown as EventListener, { capture: true, passive: true }],
    [doc, 'pointermove', onTouchMove as EventListener, { capture: true, passive: true }],
    [doc, 'pointerup', onPointerUp as EventListener, { capture: true, passive: true }],
    [doc, 'pointercancel', onPointerCancel as EventListener, { capture: true, passive: true }],
    [doc, 'focusin', onFocusIn as EventListener, { capture: true }],
    [doc, 'keydown', onKeyDown as EventListener, { capture: true }],
    [doc, 'scroll', onScroll, { capture: true, passive: true }],
    [window, 'resize', onScroll, { passive: true }],
  ];
  for (const [target, type, fn, options] of listeners) target.addEventListener(type, fn, options);

  return {
    close: () => controller.close(),
    stop() {
      for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(follow);
      controller.close();
      announcer.stop();
    },
  };
}
