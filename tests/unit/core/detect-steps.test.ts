/**
 * Article detection in steps: on a huge page it yields often (each step a bounded amount of DOM work, so the content
 * script can spread it over short tasks), finds what detection at once finds, survives a page that changes under it
 * between steps, and climbs pages nested far deeper than a call stack.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectArticleSteps, type ArticleDetection } from '../../../src/core/detect/article';
import { finish } from '../../../src/lib/steps';

const URL_OF_PAGE = 'https://daily.example/news/2020/01/07/france-keeps-troops-in-iraq-despite-threats';
const HEADLINE = 'France keeps its troops in Iraq despite threats from Iran';

const page = (body: string): Document =>
  parseHTML(
    `<!DOCTYPE html><html><head><title>${HEADLINE}</title><meta property="og:type" content="article"></head><body>${body}</body></html>`,
  ).document as unknown as Document;

const prose = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the report, long enough to read as prose, with a clause, another clause, and a quote.</p>`,
  ).join('');

const links = (n: number): string =>
  `<nav><ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;

const article = (paragraphs: number, navLinks = 20): string =>
  `${links(navLinks)}<main><article><h1>${HEADLINE}</h1><time datetime="2020-01-07">7 January 2020</time>` +
  `<div class="story-body">${prose(paragraphs)}</div></article></main>`;

/** Runs the steps, calling `between` after each yield; returns the detection and the number of yields. */
function stepThrough(
  doc: Document,
  between: (step: number) => void = () => undefined,
): { result: ArticleDetection; yields: number } {
  const steps = detectArticleSteps(doc, { url: URL_OF_PAGE });
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { result: step.value, yields };
    between(++yields);
  }
}

const summary = (d: ArticleDetection) => ({
  ...d,
  root: d.root?.className,
  regions: d.regions.map((r) => r.localName),
});

describe('detectArticleSteps', () => {
  it('finds what detection at once finds', () => {
    const doc = page(article(40));
    const { result } = stepThrough(doc);
    expect(result.isArticle).toBe(true);
    expect(result.root?.className).toBe('story-body');
    expect(summary(result)).toEqual(summary(detectArticle(doc, { url: URL_OF_PAGE })));
    expect(summary(finish(detectArticleSteps(doc, { url: URL_OF_PAGE })))).toEqual(summary(result));
  });

  it('yields more often as the page grows: paragraphs a hundred or so at a time, nodes a few thousand', () => {
    const small = stepThrough(page(article(20))).yields;
    const manyParagraphs = stepThrough(page(article(5_000))).yields;
    const manyNodes = stepThrough(page(article(20, 20_000))).yields;
    expect(small).toBeLessThan(20);
    // 5,000 paragraphs: collected, scored and totalled in steps of at most a couple of hundred.
    expect(manyParagraphs).toBeGreaterThan(small + 5_000 / 200);
    // 20,000 links (60,000 nodes): the link-density walk yields every 2,000 nodes.
    expect(manyNodes).toBeGreaterThanOrEqual(small + 60_000 / 2_000);
  });

  it('keeps going when the page removes or replaces what it was reading between steps', () => {
    for (const at of [2, 5, 10, 20, 40]) {
      const doc = page(article(2_000, 5_000));
      const { result } = stepThrough(doc, (step) => {
        if (step !== at) return;
        doc.querySelector('.story-body')?.replaceChildren();
        doc.querySelector('nav')?.remove();
      });
      expect(typeof result.isArticle).toBe('boolean');
    }
  });

  it('reads an article nested 20,000 elements deep without exhausting the stack', () => {
    const depth = 20_000;
    const doc = page(`${'<div>'.repeat(depth)}${article(20)}${'</div>'.repeat(depth)}`);
    const { result } = stepThrough(doc);
    expect(result.isArticle).toBe(true);
    expect(result.root?.className).toBe('story-body');
  });
});
