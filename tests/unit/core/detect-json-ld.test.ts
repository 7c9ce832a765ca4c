import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../src/core/detect/json-ld';

const doc = (head: string): Document =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document;
const ld = (json: string, type = 'application/ld+json'): string => `<script type="${type}">${json}</script>`;

describe('readJsonLd', () => {
  it('reads a plain NewsArticle: type, headline, date', () => {
    const s = readJsonLd(
      doc(
        ld(
          '{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2020-01-07T10:00:00Z","articleBody":"text"}',
        ),
      ),
    );
    expect(s.articleType).toBe('newsarticle');
    expect(s.nonArticleType).toBeNull();
    expect(s.headline).toBe('H');
    expect(s.datePublished).toBe('2020-01-07T10:00:00Z');
  });

  it('finds the article inside @graph', () => {
    const s = readJsonLd(
      doc(
        ld(
          '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},{"@type":"WebPage"},{"@type":"ReportageNewsArticle","headline":"G"}]}',
        ),
      ),
    );
    expect(s.types).toEqual(['website', 'webpage', 'reportagenewsarticle']);
    expect(s.articleType).toBe('reportagenewsarticle');
    expect(s.headline).toBe('G');
  });

  it('reads top-level arrays and several scripts', () => {
    const s = readJsonLd(
      doc(
        ld('[{"@type":"Organization","name":"O"},{"@type":"BlogPosting","headline":"B"}]') +
          ld('{"@type":"BreadcrumbList"}'),
      ),
    );
    expect(s.articleType).toBe('blogposting');
    expect(s.types).toContain('breadcrumblist');
  });

  it('accepts @type as an array and as an IRI or prefixed name', () => {
    expect(readJsonLd(doc(ld('{"@type":["Thing","OpinionNewsArticle"],"headline":"A"}'))).articleType).toBe(
      'opinionnewsarticle',
    );
    expect(readJsonLd(doc(ld('{"@type":"http://schema.org/AnalysisNewsArticle"}'))).articleType).toBe(
      'analysisnewsarticle',
    );
    expect(readJsonLd(doc(ld('{"@type":"schema:Report"}'))).articleType).toBe('report');
  });

  it('follows the mainEntity of a page item', () => {
    const s = readJsonLd(doc(ld('{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"M"}}')));
    expect(s.articleType).toBe('article');
    expect(s.headline).toBe('M');
  });

  it('does not count types nested inside an item (an article’s video is not the page’s type)', () => {
    const s = readJsonLd(
      doc(ld('{"@type":"NewsArticle","video":{"@type":"VideoObject"},"author":{"@type":"Person"}}')),
    );
    expect(s.types).toEqual(['newsarticle']);
    expect(s.nonArticleType).toBeNull();
  });

  it('reports non-article page types: live blog, collection, video, recipe', () => {
    expect(readJsonLd(doc(ld('{"@type":"LiveBlogPosting","headline":"L"}'))).nonArticleType).toBe('liveblogposting');
    expect(readJsonLd(doc(ld('{"@type":"LiveBlogPosting"}'))).articleType).toBeNull();
    expect(readJsonLd(doc(ld('{"@graph":[{"@type":"CollectionPage"},{"@type":"ItemList"}]}'))).nonArticleType).toBe(
      'collectionpage',
    );
    expect(readJsonLd(doc(ld('{"@type":"VideoObject"}'))).nonArticleType).toBe('videoobject');
    expect(readJsonLd(doc(ld('{"@type":"Recipe"}'))).nonArticleType).toBe('recipe');
  });

  it('tolerates comment and CDATA wrappers, and a type attribute with parameters or other case', () => {
    expect(readJsonLd(doc(ld('<!-- {"@type":"NewsArticle"} -->'))).articleType).toBe('newsarticle');
    expect(readJsonLd(doc(ld('//<![CDATA[\n{"@type":"NewsArticle"}\n//]]>'))).articleType).toBe('newsarticle');
    expect(readJsonLd(doc(ld('{"@type":"NewsArticle"}', 'Application/LD+JSON; charset=utf-8'))).articleType).toBe(
      'newsarticle',
    );
  });

  it('ignores malformed JSON without throwing and still reads the valid blocks', () => {
    const s = readJsonLd(doc(ld('{"@type":"NewsArticle",') + ld('not json at all') + ld('{"@type":"BlogPosting"}')));
    expect(s.articleType).toBe('blogposting');
  });

  it('ignores other script types', () => {
    expect(readJsonLd(doc(ld('{"@type":"NewsArticle"}', 'application/json'))).articleType).toBeNull();
  });

  it('skips a huge block quickly instead of parsing it', () => {
    const huge = `{"@type":"NewsArticle","articleBody":"${'x'.repeat(2_000_000)}"}`;
    const started = performance.now();
    const s = readJsonLd(doc(ld(huge) + ld('{"@type":"WebSite"}')));
    expect(performance.now() - started).toBeLessThan(500);
    expect(s.articleType).toBeNull();
    expect(s.types).toEqual(['website']);
  });

  it('caps the items it visits in an enormous graph', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `{"@type":"ListItem","position":${i}}`).join(',');
    const s = readJsonLd(doc(ld(`{"@graph":[${items},{"@type":"NewsArticle"}]}`)));
    expect(s.types.length).toBeLessThanOrEqual(500);
  });
});
