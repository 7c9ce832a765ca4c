/** Small builders for the content script's unit tests (run with the happy-dom environment). */
import type { ActorAnnotation, FigureAnnotation } from '../../../src/core/annotate';
import type { Mention } from '../../../src/content/mentions/mentions';
import type { Category } from '../../../src/shared/categories';

/** Makes `markup` (the test's own fixture) the page's body. */
export function page(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

/** The first text node of the element matched by `selector` whose text contains `text`. */
export function textNode(selector: string, text: string): Text {
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(text)) return n as Text;
  }
  throw new Error(`no text node with "${text}" in ${selector}`);
}

/** A mention of the first occurrence of `text` in `node`. */
export function mentionOf(
  node: Text,
  text: string,
  category: Category = 'person',
  entity = text.toLowerCase(),
): Mention {
  const start = node.data.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in "${node.data}"`);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const annotation: ActorAnnotation | FigureAnnotation =
    category === 'figure'
      ? {
          kind: 'figure',
          block: 0,
          start,
          end: start + text.length,
          text,
          figure: { value: 1, qualifier: 'exact', unit: 'troops' },
          verdict: 'unknown',
        }
      : {
          kind: 'actor',
          block: 0,
          start,
          end: start + text.length,
          text,
          entity,
          type: category === 'organisation' ? 'organisation' : 'person',
        };
  return { annotation, category, range, block: node.parentElement! };
}
