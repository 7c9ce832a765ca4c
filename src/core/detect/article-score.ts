/**
 * The verdict on whether a page is one article, from its signals (`page-signals.ts`).
 *
 * Some signals settle it alone (vetoes): the page declares itself a live blog, listing, video, recipe or product in
 * JSON-LD and declares no article; its URL is a front page, a listing, a media page or a forum thread; its body is a
 * run of time- or date-stamped entries (live coverage, a dated listing); it has no prose at all. Otherwise a weighted
 * sum of evidence decides: each piece of evidence is a number in 0…1 times its weight, and the page is an article
 * when the sum clears `THRESHOLD`. Weights were set by hand, checked against a logistic fit, on a labelled corpus of
 * news pages, blogs, fronts, listings, docs, shops and forums (tests/unit/core/detect-corpus.test.ts).
 */
import { proseLength } from './paragraphs';
import type { PageSignals } from './page-signals';

export interface Verdict {
  isArticle: boolean;
  /** Sum of weighted evidence minus the threshold: positive for an article. */
  score: number;
  /** The vetoes and the evidence that counted, strongest first. */
  reasons: string[];
}

interface Evidence {
  reason: string;
  weight: number;
  value: (s: PageSignals) => number;
}

const flag = (b: boolean): number => (b ? 1 : 0);
const scaled = (x: number, max: number): number => Math.min(Math.max(x, 0), max) / max;

const EVIDENCE: Evidence[] = [
  { reason: 'JSON-LD declares an article', weight: 1.25, value: (s) => flag(s.jsonLd.articleType !== null) },
  { reason: 'microdata declares an article', weight: 0.25, value: (s) => flag(s.microdata === 'article') },
  { reason: 'microdata declares a non-article item', weight: -0.5, value: (s) => flag(s.microdata === 'other') },
  { reason: 'og:type is article', weight: 0.5, value: (s) => flag(s.ogType === 'article') },
  {
    reason: 'og:type is not article',
    weight: -1.75,
    value: (s) => flag(s.ogType !== null && s.ogType !== 'article'),
  },
  { reason: 'Readability finds it readerable', weight: 1.25, value: (s) => flag(s.readerable) },
  { reason: 'URL has a date', weight: 0.75, value: (s) => flag(s.urlShape.dated) },
  { reason: 'URL ends in a slug or story id', weight: 1, value: (s) => flag(s.urlShape.slug) },
  { reason: 'URL is a short section path', weight: -1, value: (s) => flag(s.urlShape.section) },
  { reason: 'URL is a service page', weight: -2, value: (s) => flag(s.urlShape.service) },
  {
    reason: 'body prose (log scale, 10,000 characters = 1)',
    weight: 1.5,
    value: (s) => scaled(Math.log10(1 + (s.body?.chars ?? 0)), 4),
  },
  {
    reason: 'long paragraphs in the body (20 = 1)',
    weight: 1.5,
    value: (s) => scaled(s.body?.longParagraphs ?? 0, 20),
  },
  {
    reason: "body's share of the page's prose",
    weight: 1,
    value: (s) => (s.proseChars > 0 ? (s.body?.chars ?? 0) / s.proseChars : 0),
  },
  { reason: 'headline length (60 characters = 1)', weight: 1, value: (s) => scaled(proseLength(s.headlineText), 60) },
  { reason: 'headline is the document title', weight: 0.5, value: (s) => flag(s.headlineInTitle) },
  { reason: 'a date is stated', weight: 0.75, value: (s) => flag(s.dated) },
  { reason: 'an author is named', weight: 0.5, value: (s) => flag(s.byline) },
  { reason: 'three or more <h1>', weight: -0.75, value: (s) => flag(s.h1Count >= 3) },
  {
    reason: 'code on the page (log scale, 100,000 characters = 1)',
    weight: -1.5,
    value: (s) => scaled(Math.log10(1 + s.codeChars), 5),
  },
];

/** Share of time- or date-stamped body paragraphs that makes a page live coverage or a dated listing. */
const MAX_STAMPED_SHARE = 0.25;

/** The weighted evidence a page needs to count as an article. */
const THRESHOLD = 4.25;

/** Reasons that rule an article out, whatever the evidence. */
function vetoes(s: PageSignals): string[] {
  const out: string[] = [];
  if (s.jsonLd.types.includes('liveblogposting')) out.push('JSON-LD declares a live blog');
  else if (s.jsonLd.nonArticleType && !s.jsonLd.articleType) {
    out.push(`JSON-LD declares a ${s.jsonLd.nonArticleType}, not an article`);
  }
  if (s.urlShape.front) out.push('URL is a front page');
  if (s.urlShape.listing) out.push('URL is a listing (tag, category, search, archive)');
  if (s.urlShape.media) out.push('URL is a video, gallery or live page');
  if (s.urlShape.discussion) out.push('URL is a forum thread or comment page');
  if (s.stampedShare >= MAX_STAMPED_SHARE) out.push('the body is a run of time- or date-stamped entries');
  if (!s.body) out.push('no prose found');
  return out;
}

/** The weighted evidence minus the threshold, summed in the order of `EVIDENCE`. */
function scoreOf(s: PageSignals): number {
  let score = -THRESHOLD;
  for (const e of EVIDENCE) score += e.weight * e.value(s);
  return score;
}

/** `judgeArticle(s).isArticle`, without writing the reasons (the triage asks it again and again). */
export function isArticle(s: PageSignals): boolean {
  return scoreOf(s) >= 0 && vetoes(s).length === 0;
}

export function judgeArticle(s: PageSignals): Verdict {
  const weighed = EVIDENCE.map((e) => ({ reason: e.reason, points: e.weight * e.value(s) }))
    .filter((e) => e.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const score = scoreOf(s);
  const vetoed = vetoes(s);
  const evidence = weighed.map((e) => `${e.points > 0 ? '+' : ''}${e.points.toFixed(2)} ${e.reason}`);
  return {
    isArticle: vetoed.length === 0 && score >= 0,
    score: Math.round(score * 100) / 100,
    reasons: [...vetoed.map((v) => `veto: ${v}`), ...evidence],
  };
}
