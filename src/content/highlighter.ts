/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per category, registered in `CSS.highlights`
 * under the category's name in the current highlight style (`highlightName`). The page's DOM is not touched. Where the API is missing, mentions are wrapped in a
 * `<dossier-mark>` custom element instead (the only case in which Dossier changes the page's nodes).
 *
 * On a page with very many mentions, only those near the viewport are in the highlights (see `WINDOW_ABOVE`).
 */
import type { Category } from '../shared/categories';
import type { HighlightStyle } from '../shared/settings';
import { FALLBACK_TAG, highlightName, TINT_ATTRIBUTE } from './highlight-css';
import type { Mention } from './mentions';
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
  clear(): void;
}

/**
 * Above this many mentions, only those near the viewport are in the registered highlights. At every change of the
 * page (its DOM, or a highlight) the browser validates each registered range again — some 10 µs each in Chromium,
 * so 20,000 mentions would cost 200 ms a frame. Hit tests and the keyboard still know every mention; one scrolled
 * near is drawn before it comes into view.
 */
export const WINDOW_ABOVE = 2_000;
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
  /** Every mention drawn, under the element holding its start (what the window watches). */
  const byElement = new Map<Element, Set<Mention>>();
  const holders = new Map<Mention, Element>();
  /** Once the page has many mentions: the elements near the viewport, whose mentions alone are registered. */
  let windowed: { near: Set<Element>; watch: NearViewport } | null = null;

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

  const unregister = (): void => {
    for (const [category, highlight] of highlights) {
      const name = highlightName(category, style);
      if (registry.get(name) === highlight) registry.delete(name);
    }
  };
  /** From now on, only mentions near the viewport stay registered (the window's first report drops the others). */
  const openWindow = (): void => {
    const near = new Set<Element>();
    const watch = watchNearViewport((came, went) => {
      for (const el of came) {
        near.add(el);
        for (const m of byElement.get(el) ?? []) draw(m);
      }
      for (const el of went) {
        near.delete(el);
        for (const m of byElement.get(el) ?? []) undraw(m);
      }
    });
    for (const el of byElement.keys()) watch.observe(el);
    windowed = { near, watch };
  };

  return {
    mode: 'highlight-api',
    add(mentions) {
      for (const m of mentions) {
        const el = m.range.startContainer.parentElement;
        if (el) {
          holders.set(m, el);
          let held = byElement.get(el);
          if (!held) {
            held = new Set();
            byElement.set(el, held);
            windowed?.watch.observe(el);
          }
          held.add(m);
        }
        if (!windowed || !el || windowed.near.has(el)) draw(m);
      }
      if (!windowed && holders.size > WINDOW_ABOVE) openWindow();
      return [...mentions];
    },
    remove(mention) {
      undraw(mention);
      const el = holders.get(mention);
      const held = el && byElement.get(el);
      holders.delete(mention);
      if (!el || !held) return;
      held.delete(mention);
      if (held.size > 0) return;
      byElement.delete(el);
      windowed?.near.delete(el);
      windowed?.watch.unobserve(el);
    },
    setVisible(categories) {
      visible = categories;
      for (const [category, highlight] of highlights) show(category, highlight);
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
    clear() {
      for (const mark of marks.values()) unwrap(mark);
      marks.clear();
    },
  };
}
