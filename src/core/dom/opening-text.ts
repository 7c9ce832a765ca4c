/**
 * The first `max` characters of an element's text (as `textContent` has them), without reading the rest: a page may
 * hold a paragraph of hundreds of thousands of characters, and each full read of it copies it all.
 */
export function openingText(el: Element, max: number): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (
    let node = walker.nextNode() as Text | null;
    node && text.length < max;
    node = walker.nextNode() as Text | null
  ) {
    const room = max - text.length;
    text += node.length > room ? node.substringData(0, room) : node.data;
  }
  return text;
}
