/**
 * The dateline: the text that follows an article's headline (byline, date, reading time, standfirst), where pages
 * state when a story was published even when their metadata does not.
 */

/** Characters of text read after the headline. */
const DATELINE_CHARS = 400;
/** Nodes visited at most, so a headline followed by a huge empty sub-tree costs little. */
const MAX_NODES = 400;

const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** The text in document order after `el` (not inside it), up to about `DATELINE_CHARS` characters. */
export function datelineAfter(el: Element): string {
  const next = (from: Node): Node | null => {
    let at: Node | null = from;
    while (at && !at.nextSibling) at = at.parentNode;
    return at ? at.nextSibling : null;
  };
  let text = '';
  let visited = 0;
  let node = next(el);
  while (node && text.length < DATELINE_CHARS && visited++ < MAX_NODES) {
    if (node.nodeType === 3) {
      text += `${(node as Text).data} `;
      node = next(node);
    } else if (node.nodeType === 1 && !UNREAD.has((node as Element).localName.toLowerCase()) && node.firstChild) {
      node = node.firstChild;
    } else {
      node = next(node);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
