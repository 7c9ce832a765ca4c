/**
 * The first script's triage (`triageArticle`): it turns away what cannot be an article from what costs little — the URL,
 * metadata, and a bounded look at the body's paragraphs — and leaves everything else to the full detection, never
 * turning away a page the full detection would take for an article (on the labelled corpus:
 * `detect-corpus.test.ts`).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';
import { MAX_LOOK, triageArticle, triageArticleSteps } from '../../../src/core/detect/triage';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><title>Daily</title>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

const sentence = (i: number): string =>
  `Paragraph ${i} of the report, which runs long enough to read as prose, with a clause, another clause, and a quote from an official.`;
const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');

const HEADLINE = 'France keeps its troops in Iraq despite threats from Iran';
const ARTICLE_URL = 'https://daily.example/news/2020/01/07/france-keeps-troops-in-iraq-despite-threats';

const article = (): Document =>
  page(
    `<meta property="og:type" content="article"><meta property="og:title" content="${HEADLINE}">`,
    `<main><article><h1>${HEADLINE}</h1><div class="byline">By Jane Doe</div>
     <div class="story-body">${paragraphs(60)}</div></article></main>`,
  );

/** A section front: headlines of other stories, each a link with a line of summary. */
const teasers = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div class="teaser"><h2><a href="/news/story-${i}-about-something-that-happened-today">Story ${i}: something happened somewhere today</a></h2>` +
      `<p><a href="/news/story-${i}-about-something-that-happened-today">A summary of story ${i}, which says what happened and where it did.</a></p></div>`,
  ).join('\n');

describe('triageArticle', () => {
  it('leaves an article to the full detection, after reading a few of its paragraphs at most', () => {
    const doc = article();
    const triage = triageArticle(doc, ARTICLE_URL);
    expect(triage.mayBeArticle).toBe(true);
    expect(triage.looked).toBeLessThan(60);
    expect(detectArticle(doc, { url: ARTICLE_URL }).isArticle).toBe(true);
  });

  it('turns a front page away by its address alone, reading none of its body', () => {
    for (const url of [
      'https://daily.example/',
      'https://daily.example/index.html',
      'https://daily.example/tag/iraq',
    ]) {
      const triage = triageArticle(article(), url);
      expect(triage, url).toMatchObject({ mayBeArticle: false, looked: 0 });
      expect(triage.reasons[0], url).toMatch(/^veto: URL is/);
    }
  });

  it('turns a live blog away by its JSON-LD', () => {
    const doc = page(
      '<script type="application/ld+json">{"@type": "LiveBlogPosting", "headline": "Live"}</script>',
      paragraphs(30),
    );
    expect(triageArticle(doc, ARTICLE_URL)).toMatchObject({ mayBeArticle: false, looked: 0 });
  });

  it('turns away a section front by what it says of itself, reading none of its body', () => {
    const doc = page('<meta property="og:type" content="website">', `<main>${teasers(40)}</main>`);
    expect(triageArticle(doc, 'https://daily.example/news/world')).toMatchObject({ mayBeArticle: false, looked: 0 });
  });

  it('turns away a section front whose paragraphs are links, after looking at every one of them', () => {
    const doc = page('', `<main>${teasers(40)}</main>`);
    const triage = triageArticle(doc, 'https://daily.example/news/world');
    expect(triage.mayBeArticle).toBe(false);
    expect(triage.looked).toBeGreaterThanOrEqual(40);
    expect(detectArticle(doc, { url: 'https://daily.example/news/world' }).isArticle).toBe(false);
  });

  it('counts paragraphs the full detection would leave out as furniture (it cannot tell without styles)', () => {
    // The same prose in a footer: the full detection drops it, the triage cannot rule it out.
    const doc = page(
      `<meta property="og:title" content="${HEADLINE}">`,
      `<main><h1>${HEADLINE}</h1></main><footer>${paragraphs(25)}</footer>`,
    );
    expect(triageArticle(doc, ARTICLE_URL).mayBeArticle).toBe(true);
    expect(detectArticle(doc, { url: ARTICLE_URL }).isArticle).toBe(false);
  });

  it('leaves a page too big to look at cheaply to the full detection', () => {
    const doc = page('', `<main>${teasers(MAX_LOOK)}</main>`);
    const triage = triageArticle(doc, 'https://daily.example/news/world');
    expect(triage.mayBeArticle).toBe(true);
    expect(triage.looked).toBeLessThanOrEqual(MAX_LOOK);
    expect(triage.reasons[0]).toMatch(/too big/);
  });

  it('reads a big page in steps, a few dozen paragraphs each, and finds what the triage at once finds', () => {
    const doc = page('', `<main>${teasers(1_000)}</main>`);
    const steps = triageArticleSteps(doc, 'https://daily.example/news/world');
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(2_000 / 16 / 2);
    expect(step.value).toEqual(triageArticle(doc, 'https://daily.example/news/world'));
  });

  it('never finds an article where there is no text', () => {
    expect(triageArticle(page('', ''), ARTICLE_URL).mayBeArticle).toBe(false);
  });
});
