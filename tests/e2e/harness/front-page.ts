/**
 * A real news front page for the tests and the browser benchmark: CNN International's home page as saved by the
 * newspaper project (MIT; `tests/fixtures/corpus`, labelled not-article), about 700 `<div>`s and 470 links of
 * teasers. Served as it was saved, but for a Content Security Policy put first in its `<head>` that lets none of
 * its scripts, images or other remote files load (the machine is offline, and a page loading the same things with
 * and without Dossier is what a comparison needs), and without its half-hourly self-refresh.
 */
import { fixturesDir, readPage } from '../../unit/helpers/corpus';

export const FRONT_PAGE_FILE = 'newspaper__cnn_main_site.html.gz';

const OFFLINE_POLICY = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`;

export function newsFrontPage(): string {
  const html = readPage(fixturesDir('corpus'), FRONT_PAGE_FILE);
  if (!/<head>/i.test(html)) throw new Error(`${FRONT_PAGE_FILE}: no <head>`);
  return html.replace(/<meta http-equiv="refresh"[^>]*>/i, '').replace(/<head>/i, (head) => `${head}${OFFLINE_POLICY}`);
}
