/**
 * Which elements the text collector never enters: elements that hold no prose (scripts, form controls, code, media,
 * SVG, MathML…), editable areas, Dossier's own nodes (`[data-dossier-ignore]`, the card host, the live region), hidden elements and,
 * inside an annotated region, page furniture (see `boilerplate.ts`).
 */
import { isBoilerplate } from './boilerplate';
import { isHidden } from './hidden';

/** Attribute that keeps an element and its sub-tree out of annotation. */
export const IGNORE_ATTRIBUTE = 'data-dossier-ignore';
/** Tag of the element that hosts Dossier's hover card. */
export const CARD_HOST_TAG = 'dossier-card-host';
/** Tag of the element that holds Dossier's live region for screen readers. */
export const LIVE_HOST_TAG = 'dossier-live';

const NON_TEXT_TAGS = new Set([
  'head',
  'title',
  'script',
  'style',
  'link',
  'meta',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  CARD_HOST_TAG,
  LIVE_HOST_TAG,
]);

/** Elements that never hold annotatable prose, whatever their context. */
export function isNonText(el: Element): boolean {
  if (NON_TEXT_TAGS.has(el.localName.toLowerCase())) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(IGNORE_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

export interface SkipContext {
  /** A region the caller chose to annotate is not second-guessed as furniture. */
  isRegionRoot?: boolean;
  /** False when the caller knows no headline or article body lies inside the element (see `isBoilerplate`). */
  mayHoldArticle?: boolean;
}

/** Whether the collector skips the element and its sub-tree. */
export function isSkipped(el: Element, context: SkipContext = {}): boolean {
  return isNonText(el) || isHidden(el) || (!context.isRegionRoot && isBoilerplate(el, context.mayHoldArticle ?? true));
}
