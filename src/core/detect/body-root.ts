/**
 * Finds the element that holds an article's body text, Readability-style: each prose paragraph scores its parent
 * (fully) and further ancestors (less and less); candidates are weighted by their class and id names and penalised by
 * their link density; the best one is then widened to the ancestor that holds the rest of the body when the text is
 * split across sibling containers. `[itemprop=articleBody]`, when it holds prose, is taken as is.
 */
import { pageBody } from '../dom/page-body';
import { ticker, type Steps } from '../../lib/steps';
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
/** Elements whose text is not read as the page's text. */
const UNCOUNTED = new Set(['script', 'style', 'noscript', 'template']);
/** Nodes walked in one step of the link-density walk. */
const NODES_PER_STEP = 2_000;
/** Paragraphs scored in one step. */
const PARAGRAPHS_PER_STEP = 200;
/** Paragraph ancestors totalled in one step. */
const ANCESTORS_PER_STEP = 5_000;

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

function proseParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.filter((p) => p.linkLength / p.length <= MAX_PARAGRAPH_LINK_DENSITY);
}

function paragraphScore(p: Paragraph): number {
  return 1 + p.commas + Math.min(Math.floor(p.length / 100), 3);
}

/** Readability's content score of each paragraph ancestor, before the link-density penalty. */
function* candidateSteps(paragraphs: readonly Paragraph[]): Steps<Map<Element, number>> {
  const scores = new Map<Element, number>();
  const tick = ticker(PARAGRAPHS_PER_STEP);
  for (const p of paragraphs) {
    if (tick()) yield;
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
function* totalProseSteps(paragraphs: readonly Paragraph[]): Steps<Map<Element, Totals>> {
  const totals = new Map<Element, Totals>();
  // Counted per ancestor reached: a page may nest its paragraphs thousands deep.
  const tick = ticker(ANCESTORS_PER_STEP);
  for (const p of paragraphs) {
    const chars = p.length - p.linkLength;
    const long = p.longPieces;
    for (let el: Element | null = p.element; el; el = el.parentElement) {
      if (tick()) yield;
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

interface LinkCount {
  text: number;
  links: number;
}

/**
 * Link density (share of text inside links) of each target, in one walk of the sub-tree that holds them all: cheaper
 * than reading `textContent` of every target, which are nested and large. The walk goes node by node (no recursion:
 * pages nest thousands deep) and yields every `NODES_PER_STEP` nodes; if the page removes the node it stands on in the
 * meantime, the walk ends there and the densities are those of the text seen so far.
 */
function* linkDensitySteps(scope: Element, targets: ReadonlySet<Element>): Steps<Map<Element, number>> {
  const counts = new Map<Element, LinkCount>();
  const open: LinkCount[] = [];
  let inLink = 0;
  /** Counts a node on the way down; returns whether to walk into its children. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const length = (node as Text).length;
      for (const c of open) {
        c.text += length;
        if (inLink > 0) c.links += length;
      }
      return false;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (UNCOUNTED.has(tag)) return false;
    if (targets.has(el)) {
      const c = { text: 0, links: 0 };
      counts.set(el, c);
      open.push(c);
    }
    if (tag === 'a') inLink++;
    return true;
  };
  /** Closes an element walked into, on the way up. */
  const leave = (node: Node): void => {
    const el = node as Element;
    if (el.localName.toLowerCase() === 'a') inLink--;
    if (targets.has(el)) open.pop();
  };
  const tick = ticker(NODES_PER_STEP);
  let node: Node = scope;
  let inside = enter(scope);
  walk: for (;;) {
    if (inside && node.firstChild) {
      node = node.firstChild;
    } else {
      if (inside) leave(node);
      while (node !== scope && !node.nextSibling) {
        const parent = node.parentNode;
        if (!parent) break walk;
        node = parent;
        leave(node);
      }
      if (node === scope) break;
      node = node.nextSibling!;
    }
    inside = enter(node);
    if (tick()) {
      yield;
      if (!scope.contains(node)) break;
    }
  }
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

/** Steps that find the body root from the page's paragraphs; returns it, or null when there is no prose. */
export function* bodyRootSteps(doc: Document, paragraphs: readonly Paragraph[]): Steps<BodyRoot | null> {
  const prose = proseParagraphs(paragraphs);
  const totals = yield* totalProseSteps(prose);
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
  const ranked = [...(yield* candidateSteps(prose)).entries()]
    .filter(([el]) => !isPageLevel(el))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CANDIDATES);
  const scope = pageBody(doc);
  const densities = scope
    ? yield* linkDensitySteps(scope, new Set(ranked.map(([el]) => el)))
    : new Map<Element, number>();
  for (const [el, raw] of ranked) {
    const score = raw * (1 - (densities.get(el) ?? 0));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ? summary(widen(best, totals)) : null;
}
