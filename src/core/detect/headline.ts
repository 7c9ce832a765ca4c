/**
 * Finds the article's headline element: among the page's `<h1>`s, `[itemprop=headline]` and headline-like `<h2>`s,
 * the one that best agrees with the titles the page declares (JSON-LD headline, `og:title`, `<title>`), sits before
 * the body (or at its top), and is not a site logo.
 */
import { precedes } from '../dom/document-order';
import type { ExclusionTest } from './excluded';

/** Agreement with a declared title that makes an `<h2>` a headline candidate. */
const H2_AGREEMENT = 0.6;
/** `<h2>`s looked at, at most (a front page has hundreds). */
const MAX_H2 = 200;

const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** The element's readable text: what a reader sees, without scripts or SVG titles (logos). */
export function readableText(el: Element): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && !UNREAD.has((node as Element).localName.toLowerCase())) {
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    }
  };
  visit(el);
  return text.replace(/\s+/g, ' ').trim();
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );
}

/**
 * How far two texts share their words (Dice coefficient, 0…1): symmetric, so a short site name inside a long
 * `<title>` agrees less than the story's own headline does.
 */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** A heading that is only a link to the site's home page: the logo. */
function isLogo(el: Element): boolean {
  const link = el.querySelector('a[href]');
  if (!link || readableText(link) !== readableText(el)) return false;
  return /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(link.getAttribute('href') ?? '');
}

interface Candidate {
  el: Element;
  text: string;
  agreement: number;
}

function candidates(doc: Document, declared: string[], excluded: ExclusionTest): Candidate[] {
  const agreement = (text: string): number => Math.max(0, ...declared.map((title) => overlap(text, title)));
  const out: Candidate[] = [];
  const add = (el: Element, minAgreement: number): void => {
    const text = readableText(el);
    const a = agreement(text);
    if (text.length > 0 && a >= minAgreement && !excluded.test(el)) out.push({ el, text, agreement: a });
  };
  for (const el of Array.from(doc.querySelectorAll('h1, [itemprop="headline"]'))) add(el, 0);
  for (const el of Array.from(doc.querySelectorAll('h2')).slice(0, MAX_H2)) add(el, H2_AGREEMENT);
  return out;
}

/**
 * @param declared titles the page declares for itself (JSON-LD headline, `og:title`, `<title>`), best first
 * @param body the article's body root, if found
 */
export function findHeadline(
  doc: Document,
  declared: string[],
  body: Element | null,
  excluded: ExclusionTest,
): Element | null {
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const { el, text, agreement } of candidates(doc, declared, excluded)) {
    let score = agreement * 3;
    if (el.localName.toLowerCase() === 'h1') score += 0.5;
    if (body) {
      if (body.contains(el)) score += 1;
      else if (precedes(el, body)) score += 2;
      else score -= 1;
    }
    if (text.length < 10) score -= 1;
    if (isLogo(el)) score -= 3;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
