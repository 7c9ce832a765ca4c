import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head><title>T</title>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

const sentence = (i: number): string =>
  `Paragraph ${i} of the report, which runs long enough to read as prose, with a clause, another clause, and a quote from an official.`;
const paragraphs = (n: number, from = 0): string =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)}</p>`).join('\n');

const NAV = `<header role="banner"><a href="/">Daily</a><nav><ul>${['World', 'Politics', 'Business', 'Sport']
  .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
  .join('')}</ul></nav></header>`;
const FOOTER =
  '<footer><p>© Daily. All rights reserved. About us, contact, privacy policy and terms of use.</p></footer>';
const HEADLINE = 'France keeps its troops in Iraq despite threats from Iran';

const teasers = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<article class="teaser"><h2><a href="/news/story-number-${i}-about-something-that-happened">Story ${i}: something happened somewhere today</a></h2><p>A short summary of story ${i}.</p></article>`,
  ).join('\n');

function articlePage(extraHead = '', body = paragraphs(8)): Document {
  return page(
    `<meta property="og:type" content="article"><meta property="og:title" content="${HEADLINE}">
     <meta name="description" content="The government said it had no plans to pull its soldiers out of the country.">${extraHead}`,
    `${NAV}<main><article><header><h1>${HEADLINE}</h1>
      <p class="dek">The government said it had no plans to pull its soldiers out of the country.</p>
      <div class="byline">By Jane Doe · <time datetime="2020-01-07T10:00:00Z">7 January 2020</time></div></header>
      <div class="story-body">${body}</div></article>
      <aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story about Iraq and Iran</a></li></ul></aside>
     </main>${FOOTER}`,
  );
}

describe('detectArticle', () => {
  it('detects a news article and returns headline, standfirst and body as regions, in order', () => {
    const doc = articlePage();
    const result = detectArticle(doc, {
      url: 'https://daily.example/news/france-keeps-troops-in-iraq-despite-threats',
    });
    expect(result.isArticle).toBe(true);
    expect(result.score).toBeGreaterThan(0);
    expect(result.headline).toBe(HEADLINE);
    expect(result.published).toBe('2020-01-07');
    expect(result.root).toBe(doc.querySelector('.story-body'));
    expect(result.regions).toEqual([
      doc.querySelector('h1'),
      doc.querySelector('.dek'),
      doc.querySelector('.story-body'),
    ]);
    expect(result.reasons.some((r) => r.includes('URL ends in a slug'))).toBe(true);
  });

  it('takes [itemprop=articleBody] as the body root', () => {
    const doc = page(
      '',
      `<h1>${HEADLINE}</h1><div class="wrap"><div itemprop="articleBody" class="x">${paragraphs(5)}</div>
       <div class="more">${paragraphs(5, 10)}</div></div>`,
    );
    expect(detectArticle(doc).root).toBe(doc.querySelector('[itemprop="articleBody"]'));
  });

  it('widens the body root when the text is split across sibling containers', () => {
    const doc = page(
      '',
      `<h1>${HEADLINE}</h1><div class="article"><div class="part">${paragraphs(5)}</div><div class="ad-slot">Ad</div>
       <div class="part">${paragraphs(5, 5)}</div></div>`,
    );
    expect(detectArticle(doc).root).toBe(doc.querySelector('.article'));
  });

  it('does not take a comment thread or a related list as the body', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="comment"><p>${sentence(100 + i)} I disagree with every word, and here is why, at length.</p></div>`,
    ).join('');
    const doc = page(
      '',
      `<h1>${HEADLINE}</h1><div class="entry-content">${paragraphs(6)}</div><section id="comments">${comments}</section>`,
    );
    expect(detectArticle(doc).root).toBe(doc.querySelector('.entry-content'));
  });

  it('gives a single body region when the headline sits inside the body root', () => {
    const doc = page('', `<div class="post"><h1>${HEADLINE}</h1>${paragraphs(8)}</div>`);
    const result = detectArticle(doc);
    expect(result.root).toBe(doc.querySelector('.post'));
    expect(result.regions).toEqual([doc.querySelector('.post')]);
  });

  it('prefers the story headline to a site-name or logo heading', () => {
    const doc = page(
      `<meta property="og:title" content="${HEADLINE}">`,
      `<header><h1><a href="/"><svg><title>Daily</title></svg></a></h1><h1>The Daily Blog</h1></header>
       <div class="post"><h2 class="entry-title">${HEADLINE}</h2><div class="entry">${paragraphs(6)}</div></div>`,
    );
    const result = detectArticle(doc);
    expect(result.headline).toBe(HEADLINE);
    expect(result.regions[0]).toBe(doc.querySelector('h2'));
  });

  it('finds the standfirst by the page description when it has no telling name', () => {
    const doc = page(
      '<meta name="description" content="Paris says its soldiers stay, whatever Tehran threatens next.">',
      `<h1>${HEADLINE}</h1><p class="x1">Paris says its soldiers stay, whatever Tehran threatens next.</p><div class="y">${paragraphs(8)}</div>`,
    );
    expect(detectArticle(doc).regions).toEqual([
      doc.querySelector('h1'),
      doc.querySelector('.x1'),
      doc.querySelector('.y'),
    ]);
  });

  it('rejects a home page of teasers', () => {
    const doc = page('<meta property="og:type" content="website">', `${NAV}<main>${teasers(30)}</main>${FOOTER}`);
    const result = detectArticle(doc, { url: 'https://daily.example/' });
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('veto: URL is a front page');
  });

  it('rejects a section front, even one that says og:type article', () => {
    const doc = page('<meta property="og:type" content="article">', `${NAV}<h1>Politics</h1>${teasers(20)}${FOOTER}`);
    expect(detectArticle(doc, { url: 'https://daily.example/politics' }).isArticle).toBe(false);
  });

  it.each([
    ['a tag page', 'https://daily.example/tag/iraq'],
    ['search results', 'https://daily.example/search?q=iraq+troops'],
    ['a video page', 'https://daily.example/video/france-keeps-troops-in-iraq-despite-threats'],
    ['a gallery', 'https://daily.example/gallery/france-keeps-troops-in-iraq-despite-threats'],
    ['a forum thread', 'https://forum.example/r/news/comments/abc123/france_keeps_troops_in_iraq'],
  ])('rejects %s by its URL, whatever its content', (_, url) => {
    const result = detectArticle(articlePage(), { url });
    expect(result.isArticle).toBe(false);
    expect(result.reasons[0]).toMatch(/^veto: URL/);
  });

  it('rejects a live blog declared in JSON-LD', () => {
    const doc = articlePage(
      '<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live: Iran crisis"}</script>',
    );
    const result = detectArticle(doc, { url: 'https://daily.example/news/iran-crisis-latest-updates-as-they-happen' });
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('veto: JSON-LD declares a live blog');
  });

  it('rejects live coverage whose body is a run of time-stamped entries', () => {
    const entries = Array.from(
      { length: 12 },
      (_, i) => `<p>${10 + Math.floor(i / 2)}:${i % 2 ? '30' : '05'} ${sentence(i)}</p>`,
    ).join('');
    const result = detectArticle(articlePage('', entries), {
      url: 'https://daily.example/news/iran-crisis-what-we-know-so-far-today',
    });
    expect(result.isArticle).toBe(false);
    expect(result.reasons).toContain('veto: the body is a run of time- or date-stamped entries');
  });

  it('rejects a recipe declared in JSON-LD', () => {
    const doc = articlePage('<script type="application/ld+json">{"@type":"Recipe","name":"Soup"}</script>');
    expect(detectArticle(doc, { url: 'https://food.example/recipes/a-very-good-winter-soup' }).isArticle).toBe(false);
  });

  it('rejects a page without prose, and returns no root', () => {
    const doc = page('', `${NAV}<h1>Welcome</h1><ul><li><a href="/a">A</a></li></ul>${FOOTER}`);
    const result = detectArticle(doc, { url: 'https://daily.example/news/welcome-to-our-new-website-today' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.reasons).toContain('veto: no prose found');
  });

  it('still sees the article behind an open consent dialog that aria-hides the page', () => {
    const doc = page(
      '<meta property="og:type" content="article">',
      `<div id="page" aria-hidden="true"><h1>${HEADLINE}</h1><div class="story">${paragraphs(8)}</div></div>
       <div role="dialog"><p>We value your privacy. Accept all cookies to continue reading this site.</p></div>`,
    );
    const result = detectArticle(doc, {
      url: 'https://daily.example/news/france-keeps-troops-in-iraq-despite-threats',
    });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.querySelector('.story'));
  });

  it('uses the canonical URL when none is given', () => {
    const doc = page(
      '<link rel="canonical" href="https://daily.example/">',
      `${NAV}${teasers(3)}<div>${paragraphs(3)}</div>`,
    );
    expect(detectArticle(doc).reasons).toContain('veto: URL is a front page');
  });

  it.each([
    ['an empty document', ''],
    ['a frameset', '<!DOCTYPE html><html><frameset><frame src="a.html"></frameset></html>'],
    ['a self-closed <html/>', '<html/><body><p>Text</p></body>'],
    ['text without any element', 'Just some text'],
  ])('never throws on %s', (_, html) => {
    const doc = parseHTML(html).document as unknown as Document;
    const result = detectArticle(doc, { url: 'not a url' });
    expect(result.isArticle).toBe(false);
    expect(result.regions.every((r) => r.ownerDocument === doc)).toBe(true);
  });
});
