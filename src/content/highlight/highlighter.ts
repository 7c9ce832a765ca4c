/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per category, registered in `CSS.highlights`
 * under the category's name in the current highlight style (`highlightName`). The page's DOM is not touched. Where the API is missing, mentions are wrapped in a
 * `<dossier-mark>` custom element instead (the only case in which Dossier changes the page's nodes).
 *
 * On a page with very many mentions, only those near the viewport are in the highlights (see `WINDOW_ABOVE`).
 */
import type { Category } from '../../shared/categories';
import type { HighlightStyle } from '../../shared/settings';
import { FALLBACK_TAG, highlightName, TINT_ATTRIBUTE } from './highlight-css';
import type { Mention } from '../mentions/mentions';
import { itemsInBand } from './mention-band';
import { watchNearViewport, type NearViewport } from './near-viewport';

export interface Highlighter {
  readonly mode: 'highlight-api' | 'wrap';
  /** Draws mentions (in reading order); returns those drawn (the fallback wraps only text within one node). */
  add(mentions: readonly Mention[]): Mention[];
  remove(mention: Mention): void;
  /** Shows only these categories (others stay known but are not drawn). */
  setVisible(categories: ReadonlySet<Category>): void;
  /** Draws in this style from now on (the style sheet has both: the highlights change names, not the sheet). */
  setStyle(style: HighlightStyle): void;
  /** From now on draws only the mentions near the viewport, however few (the page's article is long). */
  drawNearOnly(): void;
  clear(): void;
}

/**
 * Above this many mentions (or once one element holds more than `LONG_ELEMENT`, or from the start on a long article:
 * `drawNearOnly`), only those near the viewport are in the registered highlights. At every change of the
 * page (its DOM, or a highlight) the browser validates each registered range again — some 10 µs each in Chromium,
 * so 20,000 mentions would cost 200 ms a frame. Hit tests and the keyboard still know every mention; one scrolled
 * near is drawn before it comes into view.
 */
export const WINDOW_ABOVE = 500;
/**
 * Once the window is open, an element holding more mentions than this is itself drawn only in part: its mentions
 * within `BAND_MARGIN` viewports above and below the viewport (see `mention-band.ts`).
 */
export const LONG_ELEMENT = 64;
export const BAND_MARGIN = 0.5;
/** The highlight registry, where the page has one. */
export function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

export function createHighlighter(doc: Document, style: HighlightStyle = 'underline'): Highlighter {
  const registry = highlightRegistry();
  return registry ? createApiHighlighter(registry, style) : createWrappingHighlighter(doc, style);
}

function createApiHighlighter(registry: HighlightRegistry, initialStyle: HighlightStyle): Highlighter {
  const highlights = new Map<Category, Highlight>();
  let visible: ReadonlySet<Category> | null = null;
  let style = initialStyle;
  /** Every mention drawn, under its block element (what the window watches). */
  const byElement = new Map<Element, Set<Mention>>();
  const holders = new Map<Mention, Element>();
  /** Once the page has many mentions: the elements near the viewport, whose mentions alone are registered. */
  let windowed: { near: Set<Element>; watch: NearViewport } | null = null;
  /** Near elements with more than `LONG_ELEMENT` mentions: the mentions drawn, and where the element was then. */
  const banded = new Map<Element, { shown: Set<Mention>; at: number | null; list: Mention[] | null }>();
  /** Elements whose band is to be drawn again at the next frame. */
  const dirty = new Set<Element>();
  let frame = 0;

  const show = (category: Category, highlight: Highlight): void => {
    const name = highlightName(category, style);
    if (visible === null || visible.has(category)) {
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    } else {
      registry.delete(name);
    }
  };

  const draw = ({ category, range }: Mention): void => {
    let highlight = highlights.get(category);
    if (!highlight) {
      highlight = new Highlight();
      highlights.set(category, highlight);
      show(category, highlight);
    }
    highlight.add(range);
  };
  const undraw = ({ category, range }: Mention): void => {
    highlights.get(category)?.delete(range);
  };
  const isDrawn = ({ category, range }: Mention): boolean => highlights.get(category)?.has(range) ?? false;

  const unregister = (): void => {
    for (const [category, highlight] of highlights) {
      const name = highlightName(category, style);
      if (registry.get(name) === highlight) registry.delete(name);
    }
  };
  const isLong = (el: Element): boolean => (byElement.get(el)?.size ?? 0) > LONG_ELEMENT;

  /** Draws the mentions of a long element that lie near the viewport, and undraws those that no longer do. */
  const drawBand = (el: Element): void => {
    const state = banded.get(el);
    const held = byElement.get(el);
    if (!state || !held) return;
    const height = innerHeight;
    // In reading order (mentions read again after an edit of the page come last in `held`).
    const list = (state.list ??= [...held].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)));
    const [from, to] = itemsInBand(list, (m) => m.range.getBoundingClientRect(), {
      top: -BAND_MARGIN * height,
      bottom: height * (1 + BAND_MARGIN),
    });
    const next = new Set(list.slice(from, to));
    for (const m of state.shown) if (!next.has(m)) undraw(m);
    for (const m of next) if (!state.shown.has(m)) draw(m);
    state.shown = next;
    state.at = el.getBoundingClientRect().top;
  };
  const redraw = (): void => {
    frame = 0;
    for (const el of dirty) drawBand(el);
    dirty.clear();
  };
  const schedule = (el: Element): void => {
    dirty.add(el);
    if (frame === 0) frame = requestAnimationFrame(redraw);
  };
  /** As the reader scrolls, a long element's band moves once the element has moved half a viewport. */
  const onScroll = (): void => {
    const height = innerHeight;
    for (const [el, state] of banded) {
      if (state.at === null || Math.abs(el.getBoundingClientRect().top - state.at) > height / 2) schedule(el);
    }
  };
  /** A near element: all its mentions drawn, or, when it is long, those of its band (from the next frame). */
  const drawNear = (el: Element): void => {
    const held = byElement.get(el) ?? new Set<Mention>();
    if (!isLong(el)) {
      for (const m of held) draw(m);
      return;
    }
    // What is drawn of it now stays until its first band.
    if (!banded.has(el)) banded.set(el, { shown: new Set([...held].filter(isDrawn)), at: null, list: null });
    schedule(el);
  };
  const undrawFar = (el: Element): void => {
    for (const m of byElement.get(el) ?? []) undraw(m);
    banded.delete(el);
    dirty.delete(el);
  };

  /** From now on, only mentions near the viewport stay registered (the window's first report drops the others). */
  const openWindow = (): void => {
    const near = new Set<Element>();
    const watch = watchNearViewport((came, went) => {
      for (const el of came) {
        near.add(el);
        drawNear(el);
      }
      for (const el of went) {
        near.delete(el);
        undrawFar(el);
      }
    });
    for (const el of byElement.keys()) watch.observe(el);
    addEventListener('scroll', onScroll, { capture: true, passive: true });
    addEventListener('resize', onScroll, { passive: true });
    windowed = { near, watch };
  };

  return {
    mode: 'highlight-api',
    add(mentions) {
      const holder = (m: Mention): Element | null => (m.block.isConnected ? m.block : m.range.startContainer.parentElement);
      let long = false;
      for (const m of mentions) {
        const el = holder(m);
        if (!el) continue;
        holders.set(m, el);
        let held = byElement.get(el);
        if (!held) {
          held = new Set();
          byElement.set(el, held);
          windowed?.watch.observe(el);
        }
        held.add(m);
        if (held.size > LONG_ELEMENT) long = true;
      }
      // Many mentions, or one element with very many (drawing them all would make each repaint of it dear): from now
      // on only what is near the viewport is drawn, from the window's first report.
      if (!windowed && (long || holders.size > WINDOW_ABOVE)) openWindow();
      for (const m of mentions) {
        const el = holder(m);
        if (!windowed || !el) draw(m);
        else if (!windowed.near.has(el)) continue;
        else if (banded.has(el)) {
          banded.get(el)!.list = null;
          schedule(el);
        } else if (isLong(el)) drawNear(el);
        else draw(m);
      }
      return [...mentions];
    },
    remove(mention) {
      undraw(mention);
      const el = holders.get(mention);
      const held = el && byElement.get(el);
      holders.delete(mention);
      if (!el || !held) return;
      held.delete(mention);
      const band = banded.get(el);
      if (band) {
        band.shown.delete(mention);
        band.list = null;
      }
      if (held.size > 0) return;
      byElement.delete(el);
      banded.delete(el);
      windowed?.near.delete(el);
      windowed?.watch.unobserve(el);
    },
    setVisible(categories) {
      visible = categories;
      for (const [category, highlight] of highlights) show(category, highlight);
    },
    drawNearOnly() {
      if (!windowed) openWindow();
    },
    setStyle(next) {
      if (next === style) return;
      unregister();
      style = next;
      for (const [category, highlight] of highlights) show(category, highlight);
    },
    clear() {
      unregister();
      highlights.clear();
      windowed?.watch.disconnect();
      windowed = null;
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      banded.clear();
      dirty.clear();
      byElement.clear();
      holders.clear();
    },
  };
}

function createWrappingHighlighter(doc: Document, initialStyle: HighlightStyle): Highlighter {
  const marks = new Map<Mention, HTMLElement>();
  let visible: ReadonlySet<Category> | null = null;
  let style = initialStyle;
  const apply = (mark: HTMLElement, category: Category): void => {
    mark.toggleAttribute('data-hidden', visible !== null && !visible.has(category));
    mark.toggleAttribute(TINT_ATTRIBUTE, style === 'background');
  };
  const unwrap = (mark: HTMLElement): void => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  };
  const wrap = (mention: Mention): void => {
    const { range, category } = mention;
    // Only ranges inside one text node can be wrapped without restructuring the page.
    if (range.startContainer !== range.endContainer || range.startContainer.nodeType !== 3 /* TEXT_NODE */) return;
    const mark = doc.createElement(FALLBACK_TAG);
    mark.setAttribute('data-category', category);
    try {
      range.surroundContents(mark);
    } catch {
      return;
    }
    apply(mark, category);
    marks.set(mention, mark);
  };
  return {
    mode: 'wrap',
    add(mentions) {
      // Last to first: wrapping splits a text node after its earlier mentions, whose offsets stay as they were.
      for (let i = mentions.length - 1; i >= 0; i--) wrap(mentions[i]!);
      return mentions.filter((m) => marks.has(m));
    },
    remove(mention) {
      const mark = marks.get(mention);
      if (!mark) return;
      marks.delete(mention);
      unwrap(mark);
    },
    setVisible(categories) {
      visible = categories;
      for (const [mention, mark] of marks) apply(mark, mention.category);
    },
    setStyle(next) {
      style = next;
      for (const [mention, mark] of marks) apply(mark, mention.category);
    },
    // Marks change the page's text layout, not its paint alone: all stay.
    drawNearOnly: () => undefined,
    clear() {
      for (const mark of marks.values()) unwrap(mark);
      marks.clear();
    },
  };
}
