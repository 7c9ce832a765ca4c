/**
 * The seed article's fixture page (tests/fixtures/seed-article.html, served by the e2e tests): detection and text
 * collection must keep exactly the article — headline, standfirst, caption and body paragraphs of
 * <shared>/seed/article.txt — and leave out navigation, share and follow bars, related links, footer and cookie banner.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';
import { collectTextBlocks } from '../../../src/core/dom/text-blocks';
import { readSeed } from '../helpers/corpus';

const FIXTURE = new URL('../../fixtures/seed-article.html', import.meta.url);
const URL_OF_PAGE = 'https://www.newarab.com/news/france-has-no-intention-withdrawing-troops-iraq';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function load() {
  const { document } = parseHTML(readFileSync(FIXTURE, 'utf8'));
  const doc = document as unknown as Document;
  const detection = detectArticle(doc, { url: URL_OF_PAGE });
  const texts = collectTextBlocks(detection.regions).map((b) => squash(b.text));
  return { doc, detection, texts };
}

/** The lines of article.txt: [title, '', headline, standfirst, reading time, date, caption, ...body, follow line]. */
function seedLines(): { headline: string; standfirst: string; caption: string; body: string[] } {
  const lines = readSeed('article.txt')
    .split('\n')
    .map(squash)
    .filter((l) => l.length > 0);
  const follow = lines.findIndex((l) => l.startsWith('Follow us on'));
  return { headline: lines[1]!, standfirst: lines[2]!, caption: lines[5]!, body: lines.slice(6, follow) };
}

describe('seed article fixture', () => {
  it('is detected as an article published on 2020-01-07, with its headline', () => {
    const { detection } = load();
    expect(detection.isArticle).toBe(true);
    expect(detection.published).toBe('2020-01-07');
    expect(detection.headline).toBe(seedLines().headline);
  });

  it('has the headline, the standfirst and the article body as regions', () => {
    const { doc, detection } = load();
    expect(detection.regions).toEqual([
      doc.querySelector('h1'),
      doc.querySelector('.article-standfirst'),
      doc.querySelector('.article-body'),
    ]);
  });

  it('collects headline, standfirst, caption and every body paragraph, in order', () => {
    const { texts } = load();
    const seed = seedLines();
    expect(seed.body.length).toBeGreaterThan(10);
    expect(texts).toEqual([seed.headline, seed.standfirst, seed.caption, ...seed.body]);
  });

  it('collects no navigation, share or follow bar, related links, footer or cookie banner', () => {
    const { doc, texts } = load();
    const page = squash(doc.querySelector('body')?.textContent ?? '');
    const collected = texts.join('\n');
    for (const outside of [
      'Follow us on',
      'Twitter',
      'Instagram',
      'Share on Facebook',
      'Copy link',
      'Related',
      'Iran fires missiles at US-led coalition bases in Iraq',
      'Opinion',
      'News and analysis on Iraq, Iran, France',
      'Privacy policy',
      'We use cookies',
      '2 min read',
    ]) {
      expect(page, `the fixture shows "${outside}"`).toContain(outside);
      expect(collected, `"${outside}" is not collected`).not.toContain(outside);
    }
  });

  it('keeps the in-body "Read more" line', () => {
    expect(load().texts).toContain(
      'Read more: Iraq parliament demands foreign troops expulsion after Soleimani killing',
    );
  });
});
