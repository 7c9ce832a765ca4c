/**
 * A real news front page for the tests and the browser benchmark: CNN International's home page as saved by the
 * newspaper project (MIT; `tests/fixtures/corpus`, labelled not-article), about 700 `<div>`s and 470 links of
 * teasers. Served with its markup and inline styles, but nothing that would load or run: its scripts (but JSON-LD),
 * inline event handlers, linked files and the sources of its images and frames are taken out — the machine is offline, and a page that loads, or is
 * refused, the same things with and without Dossier is what a comparison needs (refused loads cost the page ten
 * layouts and a varying 130–250 ms) — with a Content Security Policy first in its `<head>` in case anything is left,
 * and without its half-hourly self-refresh.
 */
import { fixturesDir, readPage } from '../../unit/helpers/corpus';

export const FRONT_PAGE_FILE = 'newspaper__cnn_main_site.html.gz';

const OFFLINE_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

export function newsFrontPage(): string {
  const html = readPage(fixturesDir('corpus'), FRONT_PAGE_FILE);
  if (!/<head>/i.test(html)) throw new Error(`${FRONT_PAGE_FILE}: no <head>`);
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) =>
      tag.replace(
        /\s(?:on[a-z]+|(?<=<(?:img|source|iframe|embed|video|audio|input)\b[^>]*)(?:src|srcset))\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi,
        '',
      ),
    )
    .replace(/<meta http-equiv="refresh"[^>]*>/i, '')
    .replace(/<head>/i, (head) => `${head}${OFFLINE_POLICY}`);
}
