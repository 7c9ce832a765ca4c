/**
 * The regions of an article page to annotate: the headline and the standfirst when they sit outside the body root,
 * and the body root, in document order and without overlap.
 */
import { isClearBoilerplate } from '../dom/boilerplate';
import { compareDocumentOrder, precedes } from '../dom/document-order';
import { readableText } from './headline';
import { proseLength } from './paragraphs';

const STANDFIRST_WORDS = [
  'standfirst',
  'dek',
  'deck',
  'subtitle',
  'sub-title',
  'subheadline',
  'subhead',
  'summary',
  'lede',
  'lead',
  'intro',
  'excerpt',
  'strapline',
  'description',
  'teaser',
  'abstract',
];
const STANDFIRST_NAME = new RegExp(`(?:^|[\\s_-])(?:${STANDFIRST_WORDS.join('|')})(?:$|[\\s_-])`, 'i');
const STANDFIRST_PROPS = new Set(['description', 'abstract', 'alternativeHeadline']);
/** Elements looked at after the headline, at most. */
const MAX_LOOKAHEAD = 40;
const MIN_CHARS = 30;
const MAX_CHARS = 600;
const BLOCKS = new Set(['p', 'h2', 'h3', 'div', 'section', 'span', 'header']);

/** The next element in document order after `el`'s sub-tree. */
function nextAfter(el: Element): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/** The next element in document order (its first child, else what follows it). */
function nextInOrder(el: Element): Element | null {
  return el.firstElementChild ?? nextAfter(el);
}

function looksLikeStandfirst(el: Element, description: string): boolean {
  if (!BLOCKS.has(el.localName.toLowerCase())) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const prop = el.getAttribute('itemprop');
  const marked = STANDFIRST_NAME.test(names) || (prop !== null && STANDFIRST_PROPS.has(prop));
  if (!marked && description.length < MIN_CHARS) return false;
  const text = readableText(el);
  const length = proseLength(text);
  if (length < MIN_CHARS || length > MAX_CHARS || isClearBoilerplate(el)) return false;
  return marked || text === description;
}

/**
 * The standfirst (dek, summary) between the headline and the body: an element named or marked as such, or whose text
 * is the page's description, among the elements that follow the headline.
 */
export function findStandfirst(headline: Element, body: Element | null, description: string): Element | null {
  let el = nextAfter(headline);
  for (let seen = 0; el && seen < MAX_LOOKAHEAD; seen++) {
    if (body && (el === body || !precedes(el, body))) return null;
    if (!(body && el.contains(body)) && looksLikeStandfirst(el, description)) return el;
    el = nextInOrder(el);
  }
  return null;
}

/** Regions in document order, dropping any region inside another. */
export function articleRegions(headline: Element | null, standfirst: Element | null, body: Element | null): Element[] {
  const all = [headline, standfirst, body].filter((el): el is Element => el !== null);
  const outer = all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  return [...new Set(outer)].sort(compareDocumentOrder);
}
