/**
 * Privacy, in Chromium and Firefox with the built extension: while a reader uses Dossier — the article is read and
 * highlighted, cards open from the pointer and the keyboard, the fact panel is opened and searched and shows a
 * mention in the page, the options are changed (the background updates the badge), the page is reloaded — Dossier
 * makes no network request at all.
 *
 * Two independent records prove it:
 * - the network: every request the browser sends, to any host, HTTP or HTTPS, goes through the fixture server acting
 *   as the browser's proxy, which records it. Nothing may be there but the page's own loads, and the browser's own
 *   service traffic to its vendor (update and time checks, remote settings), which the browser sends with or without
 *   Dossier: it is listed below by host, and never reached from a page;
 * - every tab (the article, the fact panel, the options page): the requests the automation reports for it, the
 *   content script's included. Nothing but the page's own loads and the extension's own files may be there.
 * `tests/unit/hardening/no-remote-code.test.ts` adds that no network API appears in Dossier's code or built files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS, plainSeed } from '../fixtures/hostile/pages';
import { BROWSERS, launch, type DPage, type Driver } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { openWatched, watch } from './harness/hardening-watch';
import { cardOpen, hoverMention } from './harness/hover';
import { dossierReady } from './harness/page-probes';
import { openPanel, sleep } from './harness/panel';

const PAGE = `${NEWS}/news/privacy-reading-an-article-with-dossier-open`;

/** Hosts of the browsers' own services: the only other traffic a browser sends on its own. */
const VENDOR_HOSTS: Record<string, RegExp> = {
  chromium: /^(CONNECT |https?:\/\/)[^/]*\b(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:443)?(\/|$)/,
  firefox: /^(CONNECT |https?:\/\/)[^/]*\b(mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)(:443)?(\/|$)/,
};

/** Records the requests the automation reports for a tab. */
function recordRequests(page: DPage, into: string[]): void {
  if (page.raw.browser === 'chromium') page.raw.page.on('request', (r) => into.push(r.url()));
  else page.raw.page.on('request', (r) => into.push(r.url()));
}

async function typeText(page: DPage, text: string): Promise<void> {
  for (const key of text) await page.press(key);
}

describe.each(BROWSERS)('privacy in %s', (browser) => {
  let server: FixtureServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(PAGE, { body: plainSeed() });
    driver = await launch(browser, { server, proxyAll: true });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('makes no network request while a reader uses it: page, cards, panel, options and background', async () => {
    const seen: string[] = [];
    const watched = await openWatched(driver, PAGE);
    recordRequests(watched.page, seen);
    const article = watched.page;
    await article.waitFor(dossierReady);

    // Cards, from the pointer and from the keyboard.
    expect(await hoverMention(article, 'Florence Parly')).toBe(true);
    expect(await hoverMention(article, '200 soldiers')).toBe(true);
    expect(await hoverMention(article, 'last Friday')).toBe(true);
    await article.mouseMove(700, 10);
    await article.press('Alt+Shift+Period');
    await article.press('Alt+Shift+KeyD');
    await article.waitFor(cardOpen, undefined, 3_000);
    await article.press('Escape');

    // The fact panel: its tabs, a search, "show in page".
    const panelWatch = await watch(driver, await openPanel(driver, await driver.tabIdOf(PAGE)));
    const panel = panelWatch.page;
    recordRequests(panel, seen);
    const tabs = await panel.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => t.id));
    for (const id of tabs) {
      await panel.click(`#${id}`);
      await sleep(200);
      if (await panel.evaluate(() => document.querySelector('input[type=search]')?.checkVisibility() === true)) {
        await panel.click('input[type=search]');
        await typeText(panel, 'Parly');
        await sleep(300);
        await panel.screenshot('privacy-panel-search');
      }
    }
    expect(tabs.length).toBeGreaterThan(1);
    // Under the extension's strict CSP, nothing in the panel was refused (or failed).
    expect(panelWatch.errors()).toEqual([]);
    await panel.close();

    // The options: settings the background reacts to (badge, categories, style).
    const optionsWatch = await watch(driver, await driver.openExtensionPage('src/options/index.html'));
    const options = optionsWatch.page;
    recordRequests(options, seen);
    await options.waitFor(() => document.getElementById('badge-switch') !== null);
    await options.click('label:has(> #badge-switch)');
    await sleep(300);
    await options.click('label:has(> #badge-switch)');
    await sleep(300);
    await options.screenshot('privacy-options');
    expect(optionsWatch.errors()).toEqual([]);
    await options.close();

    // Reading again after a reload.
    await article.reload();
    await article.waitFor(dossierReady);
    expect(await hoverMention(article, 'Operation Chammal')).toBe(true);
    await sleep(1_000);
    expect(watched.errors()).toEqual([]);
    await watched.close();

    const own = (url: string): boolean => url === PAGE || url === `${NEWS}/favicon.ico`;
    const extensionFile = (url: string): boolean => url.startsWith(driver.extensionBase);
    const inline = (url: string): boolean => url.startsWith('data:') || url === 'about:blank';
    expect(
      seen.filter((u) => !own(u) && !extensionFile(u) && !inline(u)),
      'requests of the tabs',
    ).toEqual([]);
    expect(seen.filter(own).length, 'the tabs were recorded').toBeGreaterThan(0);

    const network = server.requests.filter((r) => !own(r) && !VENDOR_HOSTS[browser]!.test(r));
    expect(network, 'requests through the proxy').toEqual([]);
    expect(server.requests.filter((r) => r === PAGE)).toHaveLength(2);
    console.log(
      `${browser}: ${server.requests.length} requests through the proxy, of which the browser’s own services:`,
      [...new Set(server.requests.filter((r) => VENDOR_HOSTS[browser]!.test(r)))],
    );
  });
});
