import { describe, expect, it } from 'vitest';
import { figuresAgainstPage, restsOnPage, verdictAgainstPage } from '../../../src/core/link/own-source';
import type { Source } from '../../../src/kb/schema';

const source = (url: string, date?: string): Source => ({
  id: 's',
  publisher: 'P',
  title: 'T',
  url,
  ...(date && { date }),
});
const page = { url: 'https://www.upi.com/Top_News/2020/02/10/109-service-members/?utm=x#top', published: '2020-02-10' };

describe('a check against itself is no check', () => {
  it('the same address, whatever its protocol, "www.", query or fragment', () => {
    expect(restsOnPage([source('http://upi.com/Top_News/2020/02/10/109-service-members')], page)).toBe(true);
  });

  it('the same site on the publication day', () => {
    expect(restsOnPage([source('https://www.upi.com/other-story', '2020-02-10')], page)).toBe(true);
    expect(restsOnPage([source('https://www.upi.com/other-story', '2020-02-11')], page)).toBe(false);
    // Another edition of the same site.
    const french = { url: 'https://fr.reuters.com/article/irak-france-idFRKBN1Z71', published: '2020-01-08' };
    expect(restsOnPage([source('https://www.reuters.com/article/us-iraq-security-france', '2020-01-08')], french)).toBe(
      true,
    );
    const british = { url: 'https://news.bbc.co.uk/a', published: '2020-01-08' };
    expect(restsOnPage([source('https://www.bbc.co.uk/news/b', '2020-01-08')], british)).toBe(true);
    expect(restsOnPage([source('https://www.guardian.co.uk/b', '2020-01-08')], british)).toBe(false);
    expect(
      restsOnPage([source('https://www.upi.com/other-story', '2020-02-10')], { url: page.url, published: null }),
    ).toBe(false);
  });

  it('any other source makes it a check', () => {
    expect(
      restsOnPage(
        [source('https://www.upi.com/Top_News/2020/02/10/109-service-members'), source('https://www.defense.gov/x')],
        page,
      ),
    ).toBe(false);
    expect(restsOnPage([], page)).toBe(false);
  });

  it('turns only agreements into "from this article"', () => {
    const own = [source(page.url)];
    expect(verdictAgainstPage('agrees', own, page)).toBe('self');
    expect(verdictAgainstPage('varies', own, page)).toBe('self');
    expect(verdictAgainstPage('differs', own, page)).toBe('differs');
    expect(verdictAgainstPage('agrees', [source('https://www.reuters.com/a')], page)).toBe('agrees');
  });
});

describe('figuresAgainstPage', () => {
  it('makes every agreement resting only on the page "self", and leaves the rest', () => {
    const page = { url: 'https://www.newarab.com/news/story', published: '2020-01-07' };
    const own = [
      {
        id: 's',
        publisher: 'The New Arab',
        title: 'Story',
        date: '2020-01-07',
        url: 'https://www.newarab.com/news/story',
      },
    ];
    const other = [
      { id: 'r', publisher: 'Reuters', title: 'Other', date: '2020-01-07', url: 'https://www.reuters.com/x' },
    ];
    const sources = (fact: string) => (fact === 'own' ? own : fact === 'other' ? other : undefined);
    const figures = [
      { fact: 'own', verdict: 'agrees' },
      { fact: 'own', verdict: 'differs' },
      { fact: 'other', verdict: 'agrees' },
      { verdict: 'unknown' },
    ];
    expect(figuresAgainstPage(figures, page, sources).map((f) => f.verdict)).toEqual([
      'self',
      'differs',
      'agrees',
      'unknown',
    ]);
  });
});
