/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per category, registered in `CSS.highlights`
 * as `dossier-<category>`. The page's DOM is not touched. Where the API is missing, mentions are wrapped in a
 * `<dossier-mark>` custom element instead (the only case in which Dossier changes the page's nodes).
 */
import type { Category } from '../shared/categories';

export interface Highlighter {
  add(category: Category, range: Range): void;
  /** Shows only these categories (others stay known but are not drawn). */
  setVisible(categories: ReadonlySet<Category>): void;
  clear(): void;
  readonly mode: 'highlight-api' | 'wrap';
}

export const highlightName = (category: Category): string => `dossier-${category}`;

function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createHighlighter(doc: Document = document): Highlighter {
  return hasHighlightApi() ? createApiHighlighter() : createWrappingHighlighter(doc);
}

function createApiHighlighter(): Highlighter {
  const ranges = new Map<Category, Range[]>();
  const registered = new Map<Category, Highlight>();
  let visible: ReadonlySet<Category> | null = null;

  const sync = (category: Category): void => {
    const list = ranges.get(category) ?? [];
    const show = list.length > 0 && (visible === null || visible.has(category));
    let highlight = registered.get(category);
    if (!show) {
      if (highlight) {
        CSS.highlights.delete(highlightName(category));
        registered.delete(category);
      }
      return;
    }
    if (!highlight) {
      highlight = new Highlight();
      registered.set(category, highlight);
      CSS.highlights.set(highlightName(category), highlight);
    }
    highlight.clear();
    for (const r of list) highlight.add(r);
  };

  return {
    mode: 'highlight-api',
    add(category, range) {
      const list = ranges.get(category) ?? [];
      list.push(range);
      ranges.set(category, list);
      const highlight = registered.get(category);
      if (highlight) highlight.add(range);
      else sync(category);
    },
    setVisible(categories) {
      visible = categories;
      for (const c of ranges.keys()) sync(c);
    },
    clear() {
      for (const c of registered.keys()) CSS.highlights.delete(highlightName(c));
      registered.clear();
      ranges.clear();
    },
  };
}

export const FALLBACK_TAG = 'dossier-mark';

function createWrappingHighlighter(doc: Document): Highlighter {
  const marks: HTMLElement[] = [];
  let visible: ReadonlySet<Category> | null = null;
  const apply = (mark: HTMLElement): void => {
    const category = mark.dataset['category'] as Category;
    mark.toggleAttribute('data-hidden', visible !== null && !visible.has(category));
  };
  return {
    mode: 'wrap',
    add(category, range) {
      // Only ranges inside one text node can be wrapped without restructuring the page.
      if (range.startContainer !== range.endContainer || range.startContainer.nodeType !== Node.TEXT_NODE) return;
      const mark = doc.createElement(FALLBACK_TAG);
      mark.dataset['category'] = category;
      try {
        range.surroundContents(mark);
      } catch {
        return;
      }
      apply(mark);
      marks.push(mark);
    },
    setVisible(categories) {
      visible = categories;
      marks.forEach(apply);
    },
    clear() {
      for (const mark of marks.splice(0)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
    },
  };
}
