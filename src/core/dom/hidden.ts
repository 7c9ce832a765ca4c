/**
 * Whether an element is hidden from the reader: by attribute (`hidden`, `aria-hidden="true"`), by inline style
 * (`display: none`, `visibility: hidden|collapse`) or, where the DOM implementation computes styles (real browsers,
 * happy-dom), by its computed style.
 */

const HIDDEN_INLINE_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

type StyleReader = (el: Element) => { display: string; visibility: string } | null;

function computedStyleReader(doc: Document): StyleReader | null {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (el) => {
    try {
      return view.getComputedStyle(el);
    } catch {
      return null;
    }
  };
}

const readers = new WeakMap<Document, StyleReader | null>();

function styleReaderFor(doc: Document): StyleReader | null {
  let reader = readers.get(doc);
  if (reader === undefined) {
    reader = computedStyleReader(doc);
    readers.set(doc, reader);
  }
  return reader;
}

/**
 * The element's own hiding; an element inside a hidden ancestor is found hidden when the walk reaches that ancestor.
 * @param countAriaHidden whether `aria-hidden="true"` counts: yes for what to annotate, no when judging the page, since
 *   modal and consent scripts set it on the whole page wrapper while their dialog is open
 */
export function isHidden(el: Element, countAriaHidden = true): boolean {
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden') || (countAriaHidden && el.getAttribute('aria-hidden') === 'true')) return true;
    const inline = el.getAttribute('style');
    if (inline && HIDDEN_INLINE_STYLE.test(inline)) return true;
  }
  const style = styleReaderFor(el.ownerDocument)?.(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}
