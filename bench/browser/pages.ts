/** The pages measured, served by the e2e fixture server under a news address. */
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server';
import { newsFrontPage } from '../../tests/e2e/harness/front-page';
import { deepNesting, hugeText, manyTextNodes, oneParagraph, plainSeed } from '../../tests/fixtures/hostile/pages';
import type { AtLoadPage } from './at-load';

/** An article measured switched on (the seed first, the 300 KB article last). */
export interface BenchPage {
  name: string;
  slug: string;
  html: string;
  url: string;
}

/** Routes the articles and the news front pages on `server`; the pages measured at load are the seed and the fronts. */
export function routePages(server: FixtureServer): { pages: BenchPage[]; atLoadPages: AtLoadPage[] } {
  const pages = [
    { name: 'seed article', slug: 'seed', html: plainSeed() },
    { name: '1 MB of text', slug: 'one-megabyte', html: hugeText().html },
    { name: '100,000 text nodes', slug: 'text-nodes', html: manyTextNodes().html },
    { name: '5,000 levels deep', slug: 'deep', html: deepNesting() },
    { name: '50,000-word paragraph', slug: 'one-paragraph', html: oneParagraph().html },
    { name: '300 KB article', slug: 'three-hundred-kb', html: hugeText(300_000).html },
  ].map((p) => {
    const url = `http://www.newarab.com/news/bench-${p.slug}-an-article-for-dossier`;
    server.route(url, { body: p.html });
    return { ...p, url };
  });
  const front = [
    { name: 'news front page', url: 'http://www.newarab.com/' },
    { name: 'same page as a section front', url: 'http://www.newarab.com/world' },
  ].map((p) => {
    server.route(p.url, { body: newsFrontPage() });
    return { ...p, article: false };
  });
  const atLoadPages = [{ name: 'seed article', url: pages[0]!.url, article: true }, ...front];
  return { pages, atLoadPages };
}
