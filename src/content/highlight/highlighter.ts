/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per category, registered in `CSS.highlights`
 * under the category's name in the current highlight style (`highlightName`; see `category-highlights.ts`). The
 * page's DOM is not touched. Where the API is missing, mentions are wrapped in a `<dossier-mark>` custom element
 * instead (`wrapping-highlighter.ts`, the only case in which Dossier changes the page's nodes).
 *
 * On a page with very many mentions, only those near the viewport are in the highlights (see `WINDOW_ABOVE`), and a
 * long element near it only within a band (`element-bands.ts`).
 */
import type { Category } from '../../shared/categories';
import type { HighlightStyle } from '../../shared/settings';
import { createCategoryHighlights, type CategoryHighlights } from './category-highlights';
import { createElementBands, type ElementBands } from './element-bands';
import type { Mention } from '../mentions/mentions';
import { watchNearViewport, type NearViewport } from './near-viewport';
import { createWrappingHighlighter } from './wrapping-highlighter';

export { BAND_MARGIN } from './element-bands';

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
 * within `BAND_MARGIN` viewports above and below the viewport (see `element-bands.ts`).
 */
export const LONG_ELEMENT = 64;

/** The highlight registry, where the page has one. */
export function highlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : null;
}

export function createHighlighter(doc: Document, style: HighlightStyle = 'underline'): Highlighter {
  const registry = highlightRegistry();
  return registry ? createApiHighlighter(registry, style) : createWrappingHighlighter(doc, style);
}

/** The element a mention is filed under: its block, or, if the page has taken that away, its text's parent. */
const holderOf = (m: Mention): Element | null => (m.block.isConnected ? m.block : m.range.startContainer.parentElement);

/** Every mention drawn, under its block element (what the window watches). */
class MentionsByElement {
  private readonly byElement = new Map<Element, Set<Mention>>();
  private readonly holders = new Map<Mention, Element>();

  /** How many mentions are filed. */
  get size(): number {
    return this.holders.size;
  }

  of(el: Element): ReadonlySet<Mention> | undefined {
    return this.byElement.get(el);
  }

  elements(): IterableIterator<Element> {
    return this.byElement.keys();
  }

  /** Files the mention under `el`; returns how many the element holds now, and whether it is new here. */
  add(mention: Mention, el: Element): { count: number; isNew: boolean } {
    this.holders.set(mention, el);
    let held = this.byElement.get(el);
    const isNew = !held;
    if (!held) {
      held = new Set();
      this.byElement.set(el, held);
    }
    held.add(mention);
    return { count: held.size, isNew };
  }

  /** Unfiles the mention; returns its element, and whether that element holds no mention any more. */
  remove(mention: Mention): { el: Element; emptied: boolean } | null {
    const el = this.holders.get(mention);
    const held = el && this.byElement.get(el);
    this.holders.delete(mention);
    if (!el || !held) return null;
    held.delete(mention);
    if (held.size > 0) return { el, emptied: false };
    this.byElement.delete(el);
    return { el, emptied: true };
  }

  clear(): void {
    this.byElement.clear();
    this.holders.clear();
  }
}

/** The Custom Highlight API highlighter's parts: what is registered, what is filed where, the long elements' bands. */
interface ApiParts {
  highlights: CategoryHighlights;
  filed: MentionsByElement;
  bands: ElementBands;
}

/** The elements near the viewport, whose mentions alone are registered once the page has many. */
interface ViewportWindow {
  near: Set<Element>;
  watch: NearViewport;
}

const isLong = ({ filed }: ApiParts, el: Element): boolean => (filed.of(el)?.size ?? 0) > LONG_ELEMENT;

/** A near element: all its mentions drawn, or, when it is long, those of its band (from the next frame). */
function drawNear(parts: ApiParts, el: Element): void {
  if (!isLong(parts, el)) {
    for (const m of parts.filed.of(el) ?? []) parts.highlights.draw(m);
    return;
  }
  parts.bands.start(el);
}

function undrawFar({ highlights, filed, bands }: ApiParts, el: Element): void {
  for (const m of filed.of(el) ?? []) highlights.undraw(m);
  bands.drop(el);
}

/** From now on, only mentions near the viewport stay registered (the window's first report drops the others). */
function openWindow(parts: ApiParts): ViewportWindow {
  const near = new Set<Element>();
  const watch = watchNearViewport((came, went) => {
    for (const el of came) {
      near.add(el);
      drawNear(parts, el);
    }
    for (const el of went) {
      near.delete(el);
      undrawFar(parts, el);
    }
  });
  for (const el of parts.filed.elements()) watch.observe(el);
  parts.bands.followScrolling();
  return { near, watch };
}

function createApiHighlighter(registry: HighlightRegistry, initialStyle: HighlightStyle): Highlighter {
  const highlights = createCategoryHighlights(registry, initialStyle);
  const filed = new MentionsByElement();
  const bands = createElementBands(highlights, (el) => filed.of(el));
  const parts: ApiParts = { highlights, filed, bands };
  /** Once the page has many mentions: the elements near the viewport, whose mentions alone are registered. */
  let windowed: ViewportWindow | null = null;

  /** Files the mentions under their elements; returns whether one element now holds very many. */
  const file = (mentions: readonly Mention[]): boolean => {
    let long = false;
    for (const m of mentions) {
      const el = holderOf(m);
      if (!el) continue;
      const { count, isNew } = filed.add(m, el);
      if (isNew) windowed?.watch.observe(el);
      if (count > LONG_ELEMENT) long = true;
    }
    return long;
  };

  /** Draws a mention just filed, as far as the window lets it: all while it is shut, else only near the viewport. */
  const drawFiled = (m: Mention): void => {
    const el = holderOf(m);
    if (!windowed || !el) highlights.draw(m);
    else if (!windowed.near.has(el)) return;
    else if (bands.has(el)) bands.refresh(el);
    else if (isLong(parts, el)) drawNear(parts, el);
    else highlights.draw(m);
  };

  return {
    mode: 'highlight-api',
    add(mentions) {
      const long = file(mentions);
      // Many mentions, or one element with very many (drawing them all would make each repaint of it dear): from now
      // on only what is near the viewport is drawn, from the window's first report.
      if (!windowed && (long || filed.size > WINDOW_ABOVE)) windowed = openWindow(parts);
      for (const m of mentions) drawFiled(m);
      return [...mentions];
    },
    remove(mention) {
      highlights.undraw(mention);
      const place = filed.remove(mention);
      if (!place) return;
      bands.forget(mention, place.el);
      if (!place.emptied) return;
      bands.drop(place.el);
      windowed?.near.delete(place.el);
      windowed?.watch.unobserve(place.el);
    },
    setVisible: (categories) => highlights.setVisible(categories),
    drawNearOnly() {
      windowed ??= openWindow(parts);
    },
    setStyle: (next) => highlights.setStyle(next),
    clear() {
      highlights.clear();
      windowed?.watch.disconnect();
      windowed = null;
      bands.clear();
      filed.clear();
    },
  };
}
