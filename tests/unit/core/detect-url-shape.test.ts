import { describe, expect, it } from 'vitest';
import { urlShape, type UrlShape } from '../../../src/core/detect/url-shape';

const flags = (url: string | null): (keyof UrlShape)[] =>
  (Object.entries(urlShape(url)) as [keyof UrlShape, boolean][]).filter(([, on]) => on).map(([flag]) => flag);

describe('urlShape', () => {
  it.each<[string, (keyof UrlShape)[]]>([
    ['https://www.newarab.com/news/france-has-no-intention-withdrawing-troops-iraq', ['slug']],
    ['https://www.example.com/2020/01/07/france-troops-iraq', ['dated']],
    ['https://www.example.com/2020/01/07/france-keeps-its-troops-in-iraq/', ['dated', 'slug']],
    ['https://www.example.com/news/world-middle-east-51012345', ['slug']],
    ['https://www.example.com/article?id=20200107123456', ['slug']],
    ['https://www.example.com/', ['front']],
    ['https://www.example.com/index.html?utm_source=x', ['front']],
    ['https://www.example.com/politics', ['section']],
    ['https://www.example.com/news/world', ['section']],
    ['https://www.example.com/tag/iraq', ['listing', 'section']],
    ['https://www.example.com/topics/iran-us-crisis/page/2', ['listing']],
    ['https://www.example.com/search?q=soleimani', ['listing', 'section']],
    ['https://www.example.com/video/iran-strikes-us-bases-in-iraq', ['media', 'slug']],
    ['https://www.example.com/live/iran-us-crisis', ['media']],
    ['https://forum.example.com/r/news/comments/abc123/what_happened_in_baghdad_today', ['discussion', 'slug']],
    ['https://www.example.com/privacy-policy', ['service', 'section']],
    ['https://www.example.com/kontakt/impressum-agentur/', ['service', 'section']],
  ])('%s → %j', (url, expected) => {
    expect(flags(url)).toEqual(expected);
  });

  it('treats a story filed under a listing word as a story', () => {
    expect(
      urlShape('https://www.theatlantic.com/technology/archive/2016/09/why-new-yorkers-walk-fast/500000/').listing,
    ).toBe(false);
    expect(urlShape('https://getnews.jp/archives/2146078').listing).toBe(false);
  });

  it('says nothing about a missing or non-web URL', () => {
    expect(flags(null)).toEqual([]);
    expect(flags('not a url')).toEqual([]);
    expect(flags('file:///home/me/page.html')).toEqual([]);
  });
});
