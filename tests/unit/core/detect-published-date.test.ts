import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';
import { findDayInText, mentionsDate, toIsoDay } from '../../../src/core/detect/date-text';

const page = (head: string, body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, long enough to read as prose, with a clause, another clause, and an end.</p>`,
).join('');
const article = (header: string): string =>
  `<article><h1>France keeps its troops in Iraq despite the threats</h1>${header}<div class="body">${PROSE}</div></article>`;

describe('toIsoDay', () => {
  it.each([
    ['2020-01-07T10:00:00Z', '2020-01-07'],
    ['2020-01-07T23:30:00-05:00', '2020-01-07'],
    ['2020-01-07', '2020-01-07'],
    ['20200107', '2020-01-07'],
    ['2020/01/07', '2020-01-07'],
    ['Tue, 07 Jan 2020 10:00:00 GMT', '2020-01-07'],
    ['January 7, 2020', '2020-01-07'],
    ['7th January 2020', '2020-01-07'],
    ['7. Januar 2020', '2020-01-07'],
    ['7 de enero de 2020', '2020-01-07'],
    ['07.01.2020', '2020-01-07'],
  ])('%s → %s', (value, day) => {
    expect(toIsoDay(value)).toBe(day);
  });

  it.each(['', 'yesterday', '2020-13-01', '2020', 'January 2020'])('%s → null', (value) => {
    expect(toIsoDay(value)).toBeNull();
  });
});

describe('findDayInText', () => {
  it('finds a day inside running text', () => {
    expect(findDayInText('2 min read 07 January, 2020 Iraq is in turmoil')).toBe('2020-01-07');
    expect(findDayInText('Published 2019年3月1日 13時16分')).toBe('2019-03-01');
  });

  it('reads a slashed date only when a part above 12 settles the order', () => {
    expect(findDayInText('on 25/12/2019')).toBe('2019-12-25');
    expect(findDayInText('on 12/25/2019')).toBe('2019-12-25');
    expect(findDayInText('on 07/01/2020')).toBeNull();
    expect(mentionsDate('on 07/01/2020')).toBe(true);
  });

  it('knows relative datelines and texts without dates', () => {
    expect(mentionsDate('Updated 3 hours ago')).toBe(true);
    expect(mentionsDate('By Jane Doe, Defence correspondent')).toBe(false);
  });
});

describe('detectArticle: published date', () => {
  it('prefers JSON-LD datePublished', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-07T09:00:00+01:00"}</script>
       <meta property="article:published_time" content="2020-01-06T09:00:00Z">`,
      article('<time datetime="2020-01-05">5 January</time>'),
    );
    expect(detectArticle(doc).published).toBe('2020-01-07');
  });

  it('falls back to the article:published_time meta', () => {
    const doc = page('<meta property="article:published_time" content="2020-01-06T09:00:00Z">', article(''));
    expect(detectArticle(doc).published).toBe('2020-01-06');
  });

  it('reads other date metas (Dublin Core, parsely)', () => {
    expect(detectArticle(page('<meta name="DC.date.issued" content="2020-01-04">', article(''))).published).toBe(
      '2020-01-04',
    );
    expect(
      detectArticle(page('<meta name="parsely-pub-date" content="2020-01-03T08:00:00Z">', article(''))).published,
    ).toBe('2020-01-03');
  });

  it('falls back to itemprop datePublished, then the article’s <time datetime>', () => {
    const withProp = page('', article('<span itemprop="datePublished" content="2020-01-02">2 Jan</span>'));
    expect(detectArticle(withProp).published).toBe('2020-01-02');
    const withTime = page('', article('<p class="meta"><time datetime="2020-01-05T12:00">Sunday</time></p>'));
    expect(detectArticle(withTime).published).toBe('2020-01-05');
  });

  it('falls back to the date written under the headline, then to the URL', () => {
    const dateline = page('', article('<div class="meta">2 min read · 07 January, 2020</div>'));
    expect(detectArticle(dateline).published).toBe('2020-01-07');
    const undated = page('', article(''));
    expect(
      detectArticle(undated, { url: 'https://example.com/2020/01/08/france-keeps-troops-in-iraq' }).published,
    ).toBe('2020-01-08');
    expect(
      detectArticle(undated, { url: 'https://example.com/news/france-keeps-troops-in-iraq' }).published,
    ).toBeNull();
  });
});
