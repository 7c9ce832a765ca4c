/**
 * Article detection: decides whether a page is one news article (or story, blog post, report) and, either way, where
 * its headline, standfirst and body are, so the content script knows whether and what to annotate.
 */
import { judgeArticle } from './article-score';
import { finish, type Steps } from '../../lib/steps';
import { pageSignalSteps } from './page-signals';
import { articleRegions, findStandfirst } from './regions';

export interface ArticleDetection {
  isArticle: boolean;
  /** The element holding the body text, if any prose was found. */
  root: Element | null;
  /** Headline, standfirst and body roots to annotate, in document order, non-overlapping. */
  regions: Element[];
  headline: string | null;
  /** Publication day, `YYYY-MM-DD`. */
  published: string | null;
  /** Why: vetoes first, then the weighted evidence, strongest first. */
  reasons: string[];
  /** Weighted evidence minus the threshold: positive for an article. */
  score: number;
}

export interface DetectOptions {
  /** The page's URL (`location.href`); defaults to the canonical or Open Graph URL, else `document.URL`. */
  url?: string;
}

/** Detects at once (tests, tools): `detectArticleSteps` run to its end. */
export function detectArticle(doc: Document, opts: DetectOptions = {}): ArticleDetection {
  return finish(detectArticleSteps(doc, opts));
}

/** Steps that detect the article, a few milliseconds each even on a huge page (see `src/lib/steps.ts`). */
export function* detectArticleSteps(doc: Document, opts: DetectOptions = {}): Steps<ArticleDetection> {
  const signals = yield* pageSignalSteps(doc, opts.url);
  const verdict = judgeArticle(signals);
  const root = signals.body?.element ?? null;
  const standfirst = signals.headline ? findStandfirst(signals.headline, root, signals.description) : null;
  return {
    isArticle: verdict.isArticle,
    root,
    regions: articleRegions(signals.headline, standfirst, root),
    headline: signals.headlineText || signals.jsonLd.headline,
    published: signals.published?.day ?? null,
    reasons: verdict.reasons,
    score: verdict.score,
  };
}
