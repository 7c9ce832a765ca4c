/**
 * Finds the element that holds an article's body text, Readability-style: each prose paragraph scores its parent
 * (fully) and further ancestors (less and less); candidates are weighted by their class and id names and penalised by
 * their link density; the best one is then widened to the ancestor that holds the rest of the body when the text is
 * split across sibling containers. `[itemprop=articleBody]`, when it holds prose, is taken as is.
 */
import { pageBody } from '../dom/page-body';
import { LONG_PARAGRAPH, type Paragraph } from './paragraphs';

export interface BodyRoot {
  element: Element;
  /** Paragraph characters inside the root (outside links). */
  chars: number;
  /** Paragraphs (or `<br>`-separated pieces) of at least `LONG_PARAGRAPH` characters inside the root. */
  longParagraphs: number;
}

/** Ancestors a paragraph's score reaches. */
const ANCESTOR_LEVELS = 5;
/** Candidates compared after the link-density penalty. */
const TOP_CANDIDATES = 8;
/** A paragraph whose text is mostly links is a teaser or link list, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

/** Readability's class and id patterns for likely and unlikely content containers (plus teasers, cards, lists). */
const POSITIVE_NAME = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/i;
const NEGATIVE_NAME = new RegExp(
  [
    '-ad-|\\bhid(?:den)?\\b|banner|combx|comment|com-|contact|footer|footnote|gdpr|masthead|media|meta|outbrain',
    'promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|card|list',
  ].join('|'),
  'i',
);

interface Totals {
  chars: number;
  longParagraphs: number;
}

function nameWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  let weight = 0;
  if (NEGATIVE_NAME.test(names)) weight -= 25;
  if (POSITIVE_NAME.test(names)) weight += 25;
  return weight;
}

function tagWeight(el: Element): number {
  switch (el.localName.toLowerCase()) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5;
    case 'td':
    case 'blockquote':
      return 3;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'form':
      return -3;
    default:
      return 0;
  }
}

function proseParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.filter((p) => p.linkLength / p.length <= MAX_PARAGRAPH_LINK_DENSITY);
}

function paragraphScore(p: Paragraph): number {
  return 1 + p.commas + Math.min(Math.floor(p.length / 100), 3);
}

/** Readability's content score of each paragraph ancestor, before the link-density penalty. */
function scoreCandidates(paragraphs: Paragraph[]): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const p of paragraphs) {
    const score = paragraphScore(p);
    // A container paragraph (own text) is its own first candidate; a <p> starts at its parent.
    let el: Element | null = p.element.localName.toLowerCase() === 'p' ? p.element.parentElement : p.element;
    for (let level = 0; el && level < ANCESTOR_LEVELS; level++, el = el.parentElement) {
      const base = scores.get(el) ?? nameWeight(el) + tagWeight(el);
      scores.set(el, base + (level === 0 ? score : level === 1 ? score / 2 : score / (level * 3)));
    }
  }
  return scores;
}

/** Prose characters and long paragraphs under every element that holds prose. */
function totalProse(paragraphs: Paragraph[]): Map<Element, Totals> {
  const totals = new Map<Element, Totals>();
  for (const p of paragraphs) {
    const chars = p.length - p.linkLength;
    const long = p.longPieces;
    for (let el: Element | null = p.element; el; el = el.parentElement) {
      const t = totals.get(el);
      if (t) {
        t.chars += chars;
        t.longParagraphs += long;
      } else {
        totals.set(el, { chars, longParagraphs: long });
      }
    }
  }
  return totals;
}

const UNCOUNTED = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Link density (share of text inside links) of each target, in one walk of the sub-tree that holds them all: cheaper
 * than reading `textContent` of every target, which are nested and large.
 */
function linkDensities(scope: Element, targets: Set<Element>): Map<Element, number> {
  const counts = new Map<Element, { text: number; links: number }>();
  const open: { text: number; links: number }[] = [];
  let inLink = 0;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const length = (node as Text).data.length;
      for (const c of open) {
        c.text += length;
        if (inLink > 0) c.links += length;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (UNCOUNTED.has(tag)) return;
    const target = targets.has(el);
    if (target) {
      const c = { text: 0, links: 0 };
      counts.set(el, c);
      open.push(c);
    }
    if (tag === 'a') inLink++;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (tag === 'a') inLink--;
    if (target) open.pop();
  };
  visit(scope);
  const densities = new Map<Element, number>();
  for (const [el, c] of counts) densities.set(el, c.text === 0 ? 0 : c.links / c.text);
  return densities;
}

function isPageLevel(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  return tag === 'body' || tag === 'html';
}

/** Widen the root while its parent holds markedly more body text (text split across sibling containers). */
function widen(el: Element, totals: Map<Element, Totals>): Element {
  let root = el;
  for (let parent = root.parentElement; parent && !isPageLevel(parent); parent = parent.parentElement) {
    const here = totals.get(root)?.chars ?? 0;
    const up = totals.get(parent)?.chars ?? 0;
    if (up < here * 1.3) break;
    root = parent;
  }
  return root;
}

export function findBodyRoot(doc: Document, paragraphs: Paragraph[]): BodyRoot | null {
  const prose = proseParagraphs(paragraphs);
  const totals = totalProse(prose);
  const summary = (element: Element): BodyRoot => {
    const t = totals.get(element);
    return { element, chars: t?.chars ?? 0, longParagraphs: t?.longParagraphs ?? 0 };
  };

  const marked = Array.from(doc.querySelectorAll('[itemprop="articleBody"]'))
    .map(summary)
    .sort((a, b) => b.chars - a.chars)[0];
  if (marked && marked.chars >= LONG_PARAGRAPH) return marked;

  let best: Element | null = null;
  let bestScore = -Infinity;
  const ranked = [...scoreCandidates(prose).entries()]
    .filter(([el]) => !isPageLevel(el))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CANDIDATES);
  const scope = pageBody(doc);
  const densities = scope ? linkDensities(scope, new Set(ranked.map(([el]) => el))) : new Map<Element, number>();
  for (const [el, raw] of ranked) {
    const score = raw * (1 - (densities.get(el) ?? 0));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ? summary(widen(best, totals)) : null;
}
