/**
 * Article triage: the cheap first look that decides whether a page could be an article at all, so that everything
 * else (the full detection, the matcher, the knowledge base) reaches only pages that might be one.
 *
 * The triage reads what costs little — the URL's shape, `<meta>` tags, JSON-LD, microdata, the author and `<h1>`
 * count, Readability's quick verdict — in that order, and takes every signal it has not read (yet, or at all: the
 * headline's length, a stated date, code on the page, time-stamped entries) at its most favourable value for an
 * article. The prose signals are bounded by a
 * bounded look at the body: each `<p>` and text container counted as the full detection counts it, but all of them,
 * none excluded as furniture, as though they were all in the body root. The verdict on that favourable reading
 * (`judgeArticle`, the full detection's own scoring) can only be more generous than the full detection's, since
 * every piece of evidence grows with what it reads: when even that reading is no article, the page is none, and the
 * full detection would say so too. Otherwise (or when the page is too big to look at cheaply) only the full
 * detection can tell.
 */
import { pageBody } from '../dom/page-body';
import { finish, type Steps } from '../../lib/steps';
import { isArticle, judgeArticle, type Verdict } from './article-score';
import { readJsonLd, type JsonLdSummary } from './json-ld';
import { readMetaTags } from './meta-tags';
import { h1Count, microdataKind, namesAuthor, pageUrl, readerable } from './page-metadata';
import type { PageSignals } from './page-signals';
import { CONTAINERS, paragraphOfContainer, paragraphOfP, type Paragraph } from './paragraphs';
import { urlShape } from './url-shape';

export interface Triage {
  /** False: the page is no article, whatever the full detection would find. True: only the full detection can tell. */
  mayBeArticle: boolean;
  /** Why: the favourable verdict's vetoes and evidence, or that the page was too big to rule out. */
  reasons: string[];
  /** Elements the bounded look read (`<p>`s and text containers). */
  looked: number;
}

/** Elements read by the bounded look at most: past that, the page is left to the full detection. */
export const MAX_LOOK = 3_000;
/** Elements read between two verdicts on what the look has found so far. */
const JUDGE_EVERY = 16;
/** Prose that fills every prose signal to its maximum (see `article-score.ts`): 10,000 characters, 20 long paragraphs. */
const FULL_PROSE = { chars: 10_000, long: 20 } as const;
/** A headline long enough to score in full (60 characters). */
const FULL_HEADLINE = 'x'.repeat(60);
/** A paragraph whose text is mostly links is no prose (as in `body-root.ts`). */
const MAX_LINK_DENSITY = 0.5;

/** Prose characters (outside links) and long paragraphs found so far: upper bounds of the body root's. */
interface Prose {
  chars: number;
  long: number;
}

/** The most favourable JSON-LD a page could have: it declares an article, and nothing else. */
const ARTICLE_JSON_LD: JsonLdSummary = {
  types: [],
  articleType: 'newsarticle',
  nonArticleType: null,
  headline: null,
  datePublished: null,
};

/** Decides at once (tests, tools): `triageArticleSteps` run to its end. */
export function triageArticle(doc: Document, url?: string): Triage {
  return finish(triageArticleSteps(doc, url));
}

/**
 * Steps that decide whether `doc` could be an article, reading little of it; `url`: the page's address
 * (`location.href`). On most pages one step of a few milliseconds settles it; a huge page is read in steps (see
 * `src/lib/steps.ts`), between its readings and every few dozen paragraphs.
 */
export function* triageArticleSteps(doc: Document, url?: string): Steps<Triage> {
  // Read in stages, cheapest first: each stage's verdict stands as soon as even its favourable reading is no article.
  const meta = url ? null : readMetaTags(doc);
  const pageAddress = url || pageUrl(doc, meta!, undefined);
  let cheap: Omit<PageSignals, 'body' | 'proseChars'> = {
    url: pageAddress,
    jsonLd: ARTICLE_JSON_LD,
    ogType: 'article',
    description: '',
    microdata: 'article',
    urlShape: urlShape(pageAddress),
    readerable: true,
    headline: null,
    headlineText: FULL_HEADLINE,
    headlineInTitle: true,
    h1Count: 0,
    byline: true,
    dated: true,
    published: null,
    codeChars: 0,
    stampedShare: 0,
  };
  const body = pageBody(doc);
  const signals = (prose: Prose): PageSignals => ({
    ...cheap,
    // As though every prose paragraph of the page were in the body root: the most the root can hold.
    body: body && prose.chars > 0 ? { element: body, chars: prose.chars, longParagraphs: prose.long } : null,
    proseChars: prose.chars,
  });
  const judge = (prose: Prose): Verdict => judgeArticle(signals(prose));
  const verdict = (v: Verdict, looked: number): Triage => ({ mayBeArticle: v.isArticle, reasons: v.reasons, looked });

  // 1. The address alone (a front page, a listing, a video or forum page).
  let v = judge(FULL_PROSE);
  if (!v.isArticle) return verdict(v, 0);
  // 2. `<meta>` tags and JSON-LD (a live blog, a collection, a product…).
  const tags = meta ?? readMetaTags(doc);
  cheap = { ...cheap, jsonLd: readJsonLd(doc), ogType: tags.get('og:type')?.toLowerCase() ?? null };
  v = judge(FULL_PROSE);
  if (!v.isArticle) return verdict(v, 0);
  yield;
  // 3. What else the page says about itself (each a walk over the whole page, long on a huge one).
  const headlines = doc.querySelector('h1, h2, [itemprop="headline"]') !== null;
  cheap = {
    ...cheap,
    microdata: microdataKind(doc),
    headlineText: headlines ? FULL_HEADLINE : '',
    headlineInTitle: headlines,
  };
  yield;
  cheap = { ...cheap, readerable: readerable(doc) };
  yield;
  cheap = { ...cheap, h1Count: h1Count(doc), byline: namesAuthor(doc, tags) };
  v = judge(FULL_PROSE);
  if (!v.isArticle || !body) return verdict(v, 0);

  // 4. The bounded look: every paragraph the full detection could count, until the page could be an article after all
  // (an article's first paragraphs settle it, before its text containers are even listed); past `MAX_LOOK` elements,
  // the page is left to the full detection.
  const prose: Prose = { chars: 0, long: 0 };
  let looked = 0;
  const tooBig = (): Triage => ({
    mayBeArticle: true,
    reasons: [`too big to rule out cheaply (over ${MAX_LOOK} elements)`],
    looked,
  });
  /** Counts a paragraph; every `JUDGE_EVERY`, whether the page could be an article after all (and a step ends). */
  function* read(found: Paragraph | null): Steps<boolean> {
    if (found && found.linkLength / found.length <= MAX_LINK_DENSITY) {
      prose.chars += found.length - found.linkLength;
      prose.long += found.longPieces;
    }
    if (++looked % JUDGE_EVERY !== 0) return false;
    if (isArticle(signals(prose))) return true;
    yield;
    return false;
  }
  yield;
  const paragraphs = body.querySelectorAll('p');
  if (paragraphs.length > MAX_LOOK) return tooBig();
  for (const p of Array.from(paragraphs)) if (yield* read(paragraphOfP(p))) return verdict(judge(prose), looked);
  yield;
  const containers = body.querySelectorAll(CONTAINERS);
  if (looked + containers.length > MAX_LOOK) return tooBig();
  for (const el of Array.from(containers))
    if (yield* read(paragraphOfContainer(el))) return verdict(judge(prose), looked);
  return verdict(judge(prose), looked);
}
