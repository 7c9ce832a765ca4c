/**
 * The highlighter where the Custom Highlight API is missing: each mention is wrapped in a `<dossier-mark>` custom
 * element (the only case in which Dossier changes the page's nodes), styled by the same static sheet.
 */
import type { Category } from '../../shared/categories';
import type { HighlightStyle } from '../../shared/settings';
import { FALLBACK_TAG, TINT_ATTRIBUTE } from './highlight-css';
import type { Highlighter } from './highlighter';
import type { Mention } from '../mentions/mentions';

export function createWrappingHighlighter(doc: Document, initialStyle: HighlightStyle): Highlighter {
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
