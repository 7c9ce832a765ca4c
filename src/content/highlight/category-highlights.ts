/**
 * The Custom Highlight API's side of the highlighter: one `Highlight` per category, registered in `CSS.highlights`
 * under the category's name in the current highlight style (`highlightName`), and taken out of the registry while
 * its category is hidden (its ranges stay, ready to be shown again).
 */
import type { Category } from '../../shared/categories';
import type { HighlightStyle } from '../../shared/settings';
import { highlightName } from './highlight-css';
import type { Mention } from '../mentions/mentions';

export interface CategoryHighlights {
  /** Adds the mention's range to its category's highlight. */
  draw(mention: Mention): void;
  undraw(mention: Mention): void;
  isDrawn(mention: Mention): boolean;
  /** Shows only these categories. */
  setVisible(categories: ReadonlySet<Category>): void;
  /** Registers the same highlights under the other style's names. */
  setStyle(style: HighlightStyle): void;
  /** Unregisters and forgets every highlight. */
  clear(): void;
}

export function createCategoryHighlights(
  registry: HighlightRegistry,
  initialStyle: HighlightStyle,
): CategoryHighlights {
  const highlights = new Map<Category, Highlight>();
  let visible: ReadonlySet<Category> | null = null;
  let style = initialStyle;

  const show = (category: Category, highlight: Highlight): void => {
    const name = highlightName(category, style);
    if (visible === null || visible.has(category)) {
      if (registry.get(name) !== highlight) registry.set(name, highlight);
    } else {
      registry.delete(name);
    }
  };
  const showAll = (): void => {
    for (const [category, highlight] of highlights) show(category, highlight);
  };
  /** Takes Dossier's highlights out of the registry, leaving the page's own (and other names) alone. */
  const unregister = (): void => {
    for (const [category, highlight] of highlights) {
      const name = highlightName(category, style);
      if (registry.get(name) === highlight) registry.delete(name);
    }
  };

  return {
    draw({ category, range }) {
      let highlight = highlights.get(category);
      if (!highlight) {
        highlight = new Highlight();
        highlights.set(category, highlight);
        show(category, highlight);
      }
      highlight.add(range);
    },
    undraw({ category, range }) {
      highlights.get(category)?.delete(range);
    },
    isDrawn: ({ category, range }) => highlights.get(category)?.has(range) ?? false,
    setVisible(categories) {
      visible = categories;
      showAll();
    },
    setStyle(next) {
      if (next === style) return;
      unregister();
      style = next;
      showAll();
    },
    clear() {
      unregister();
      highlights.clear();
    },
  };
}
