/**
 * Everything article detection looks at, read from the page once: structured data (JSON-LD, microdata, Open Graph),
 * the URL's shape, the prose paragraphs and the body root they point to, the headline and what follows it (byline,
 * date), and how much of the page is code.
 */
import { commonAncestor } from '../dom/document-order';
import { openingText } from '../dom/opening-text';
import { ticker, type Steps } from '../../lib/steps';
import { bodyRootSteps, type BodyRoot } from './body-root';
import { mentionsDate, startsWithStamp } from './date-text';
import { datelineAfter } from './dateline';
import { createExclusionTest } from './excluded';
import { findHeadline, readableText } from './headline';
import { readJsonLd, type JsonLdSummary } from './json-ld';
import { readMetaTags } from './meta-tags';
import { h1Count, microdataKind, namesAuthor, pageUrl, readerable } from './page-metadata';
import { OPENING_CHARS, paragraphSteps, proseLength, type Paragraph } from './paragraphs';
import { findPublishedDate, type PublishedDate } from './published-date';
import { urlShape, type UrlShape } from './url-shape';

export interface PageSignals {
  url: string | null;
  jsonLd: JsonLdSummary;
  /** `og:type`, lower-case. */
  ogType: string | null;
  /** The page's own summary (`og:description`, `<meta name=description>`). */
  description: string;
  /**
   * Microdata: `article` when a top-level item is an article or the page has `[itemprop=articleBody]`, `other` when a
   * top-level item is a non-article kind (product, recipe, event…).
   */
  microdata: 'article' | 'other' | null;
  urlShape: UrlShape;
  /** Readability's own quick verdict (`isProbablyReaderable`). */
  readerable: boolean;
  body: BodyRoot | null;
  /** Prose characters (outside links) on the whole page. */
  proseChars: number;
  headline: Element | null;
  /** The headline's text, white space collapsed. */
  headlineText: string;
  /** Whether the headline is (part of) the document's `<title>`, as on a story page. */
  headlineInTitle: boolean;
  h1Count: number;
  /** Whether the page names an author (`rel=author`, `itemprop=author`, a byline, author metadata). */
  byline: boolean;
  /** Whether the page states a date: publication metadata, or a date in the text right after the headline. */
  dated: boolean;
  published: PublishedDate | null;
  /** Characters of code (`<pre>`, `<code>`) on the page: documentation and code hosts have many. */
  codeChars: number;
  /** Share of the body's paragraphs that open with a time or date stamp: live coverage and dated listings. */
  stampedShare: number;
}

/** Stamped paragraphs needed before they say anything (an article may quote a time or two). */
const MIN_STAMPED = 5;
/** Paragraphs looked at in one step. */
const PARAGRAPHS_PER_STEP = 100;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of the paragraphs inside `root` that open with a time or date stamp, when there are enough to tell. */
function* stampedShareSteps(paragraphs: readonly Paragraph[], root: Element | null): Steps<number> {
  if (!root) return 0;
  const inside = paragraphs.filter((p) => root.contains(p.element));
  if (inside.length < MIN_STAMPED) return 0;
  const tick = ticker(PARAGRAPHS_PER_STEP);
  let stamped = 0;
  for (const p of inside) {
    if (startsWithStamp(p.opening ?? openingText(p.element, OPENING_CHARS))) stamped++;
    if (tick()) yield;
  }
  return stamped >= MIN_STAMPED ? stamped / inside.length : 0;
}

function codeLength(doc: Document): number {
  let total = 0;
  for (const el of Array.from(doc.querySelectorAll('pre, code'))) {
    // <code> inside <pre> is counted with its <pre>.
    if (el.localName.toLowerCase() === 'code' && el.closest('pre')) continue;
    total += (el.textContent ?? '').length;
  }
  return total;
}

/** Whether a headline (long enough to be one) opens or is part of the document title. */
function isTitleHeadline(headline: string, title: string): boolean {
  return proseLength(headline) >= 10 && title.toLowerCase().includes(headline.toLowerCase().slice(0, 40));
}

/**
 * Steps that read the page's signals, a few milliseconds each even on a huge page: the paragraphs and the walks over
 * them yield as they go, the other readings are one step each.
 */
export function* pageSignalSteps(doc: Document, givenUrl?: string): Steps<PageSignals> {
  const meta = readMetaTags(doc);
  const url = pageUrl(doc, meta, givenUrl);
  yield;
  const jsonLd = readJsonLd(doc);
  yield;
  const excluded = createExclusionTest();
  const paragraphs = yield* paragraphSteps(doc, excluded);
  const body = yield* bodyRootSteps(doc, paragraphs);
  const title = clean(doc.querySelector('title')?.textContent);
  const declared = [jsonLd.headline, meta.get('og:title'), title].filter((t): t is string => !!t);
  const headline = findHeadline(doc, declared, body?.element ?? null, excluded);
  const headlineText = headline ? readableText(headline) : '';
  const dateline = headline ? datelineAfter(headline) : '';
  yield;
  const published = findPublishedDate(doc, {
    jsonLd: jsonLd.datePublished,
    meta,
    scope: headline && body ? commonAncestor(headline, body.element) : (body?.element ?? null),
    dateline,
    url,
  });
  yield;
  const isReaderable = readerable(doc);
  yield;
  const microdata = microdataKind(doc);
  const codeChars = codeLength(doc);
  yield;
  const stamped = yield* stampedShareSteps(paragraphs, body?.element ?? null);
  return {
    url,
    jsonLd,
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    description: meta.get('og:description') ?? meta.get('description') ?? '',
    microdata,
    urlShape: urlShape(url),
    readerable: isReaderable,
    body,
    proseChars: paragraphs.reduce((sum, p) => sum + p.length - p.linkLength, 0),
    headline,
    headlineText,
    headlineInTitle: isTitleHeadline(headlineText, title),
    h1Count: h1Count(doc),
    byline: namesAuthor(doc, meta),
    dated: (published !== null && published.source !== 'url') || mentionsDate(dateline),
    published,
    codeChars,
    stampedShare: stamped,
  };
}
