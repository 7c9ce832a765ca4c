/**
 * What a page says about itself without any walk over its text: its URL (given, canonical or Open Graph), microdata
 * kinds, whether it names an author, how many `<h1>` its body has, and Readability's own quick verdict (which stops at
 * the first few long paragraphs). Shared by the full detection (`page-signals.ts`) and the cheap triage (`triage.ts`).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { pageBody } from '../dom/page-body';
import type { MetaTags } from './meta-tags';
import { localTypeName, schemaTypeKind } from './schema-types';

const BYLINE = '[rel~="author"], [itemprop~="author"], [class*="byline"], [class*="Byline"]';
const AUTHOR_METAS = ['author', 'article:author'];

/** The URL to judge: the one given, else the page's canonical or Open Graph URL, else the document's own. */
export function pageUrl(doc: Document, meta: MetaTags, given: string | undefined): string | null {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const candidates = [canonical, meta.get('og:url'), doc.URL];
  return candidates.find((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u)) ?? null;
}

/**
 * Microdata: `article` when a top-level item is an article or the page has `[itemprop=articleBody]`, `other` when a
 * top-level item is a non-article kind (product, recipe, event…).
 */
export function microdataKind(doc: Document): 'article' | 'other' | null {
  if (doc.querySelector('[itemprop="articleBody"]')) return 'article';
  const kinds = Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
    .filter((el) => !el.hasAttribute('itemprop'))
    .flatMap((el) => (el.getAttribute('itemtype') ?? '').split(/\s+/))
    .map((type) => schemaTypeKind(localTypeName(type)));
  if (kinds.includes('article')) return 'article';
  return kinds.includes('other') ? 'other' : null;
}

/** Readability's quick verdict (`isProbablyReaderable`); false if it throws on an odd page. */
export function readerable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** Whether the page names an author (`rel=author`, `itemprop=author`, a byline, author metadata). */
export function namesAuthor(doc: Document, meta: MetaTags): boolean {
  return AUTHOR_METAS.some((key) => meta.has(key)) || doc.querySelector(BYLINE) !== null;
}

/** The number of `<h1>` in the page's body. */
export function h1Count(doc: Document): number {
  return pageBody(doc)?.querySelectorAll('h1').length ?? 0;
}
