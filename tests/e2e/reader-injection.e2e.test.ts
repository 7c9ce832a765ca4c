/**
 * The first script and the reader, in Chromium and Firefox with the built extension: on a curated site's news front
 * page (at the site's root, and the same page as a section front) only the first script runs — it turns the page
 * away, reports it as no article, and the reader never reaches the tab (no `dossier:reader` mark; in Chromium, whose
 * DevTools report every script a tab compiles, the reader's file is never parsed there) — while an article, loaded or
 * reached by a single-page navigation from a front page, gets the reader once and is highlighted as before. In
 * Chromium, the host permissions that let the background inject the reader change nothing a reader is asked to grant.
 */
import { describe, expect, it } from 'vitest';
import { READER_FILE } from '../../src/shared/reader-file';
import { BROWSERS, type DPage, type Driver } from './harness/browsers';
import { fixture } from './harness/fixtures';
import { newsFrontPage } from './harness/front-page';
import { countHighlights, dossierReady, readHighlights } from './harness/page-probes';
import { reportedState, sleep } from './harness/panel';
import { openRecordingScripts } from './harness/parsed-scripts';
import { checkSeedHighlights } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';

const FIRST_SCRIPT = 'src/content/content.iife.js';
const SITE = 'http://www.newarab.com';
const SEED_PATH = '/news/france-has-no-intention-withdrawing-troops-iraq-despite-iran-threats';

/** What of Dossier the page shows: its marks and measures (User Timing), its highlights, a global of its own. */
function dossierTraces(): { triaged: boolean; reader: number; ready: boolean; measures: string[]; global: boolean } {
  return {
    triaged: performance.getEntriesByName('dossier:triage').length > 0,
    reader: performance.getEntriesByName('dossier:reader').length,
    ready: performance.getEntriesByName('dossier:ready').length > 0,
    measures: [
      ...new Set(
        performance
          .getEntriesByType('measure')
          .map((e) => e.name)
          .filter((n) => n.startsWith('dossier:')),
      ),
    ].sort(),
    global: 'dossierReader' in window,
  };
}

interface Opened {
  page: DPage;
  /** The extension's files the tab compiled (Chromium), or null where the browser cannot tell (Firefox). */
  scripts: () => string[] | null;
}

async function open(driver: Driver, url: string): Promise<Opened> {
  if (driver.name === 'chromium') {
    const tab = await openRecordingScripts(driver, url);
    return { page: tab.page, scripts: () => tab.extensionScripts() };
  }
  return { page: await driver.open(url), scripts: () => null };
}

/** Waits until the first script has looked at the page and reported it as settled (no longer reading). */
async function settledReport(driver: Driver, page: DPage): Promise<{ isArticle: boolean }> {
  await page.waitFor(() => performance.getEntriesByName('dossier:triage').length > 0);
  const tabId = await driver.tabIdOf(page.url());
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = (await reportedState(driver, tabId)) as { url: string; isArticle: boolean; reading?: boolean } | null;
    if (state && state.url === page.url() && state.reading === false) return state;
    if (Date.now() > deadline) throw new Error(`${page.url()}: no settled report`);
    await sleep(200);
  }
}

describe.each(BROWSERS)('the first script and the reader in %s', (name) => {
  const session = useBrowser(name);

  it.each([
    ['at the site’s root', `${SITE}/`],
    ['as a section front', `${SITE}/world`],
  ])('a news front page %s gets the first script only: no reader, nothing read or drawn', async (_, url) => {
    session.server.route(url, { body: newsFrontPage() });
    const { page, scripts } = await open(session.driver, url);
    expect(await settledReport(session.driver, page)).toMatchObject({ isArticle: false });
    // Room for a reader that would still be on its way.
    await sleep(1_500);
    expect(await page.evaluate(dossierTraces)).toEqual({
      triaged: true,
      reader: 0,
      ready: false,
      measures: ['dossier:triage'],
      global: false,
    });
    expect(await page.evaluate(countHighlights)).toBe(0);
    const parsed = scripts();
    if (parsed) {
      expect(parsed).toContain(FIRST_SCRIPT);
      expect(parsed).not.toContain(READER_FILE);
    }
    await page.close();
  });

  it('an article gets the reader, once, and is highlighted as before', async () => {
    const url = `${SITE}${SEED_PATH}`;
    session.server.route(url, { body: fixture('seed-article.html') });
    const { page, scripts } = await open(session.driver, url);
    await page.waitFor(dossierReady);
    expect(checkSeedHighlights(await page.evaluate(readHighlights))).toEqual([]);
    expect(await page.evaluate(dossierTraces)).toMatchObject({ triaged: true, reader: 1, ready: true, global: false });
    expect(await settledReport(session.driver, page)).toMatchObject({ isArticle: true });
    const parsed = scripts();
    if (parsed) expect(parsed.filter((file) => file === READER_FILE)).toHaveLength(1);
    await page.close();
  });

  it.runIf(name === 'chromium')(
    'asks a reader for no more than the content scripts did: the same install warnings',
    async () => {
      // Chrome's manifest names the content scripts' sites as host permissions too (the background injects the reader
      // there); Chrome's own account of what the extension may do is the same with and without them.
      const seen = await session.driver.extensionEval(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            runtime: {
              getManifest(): Record<string, unknown> & {
                host_permissions?: string[];
                content_scripts?: { matches: string[] }[];
              };
            };
            management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> };
            permissions: { getAll(): Promise<{ origins?: string[] }> };
          };
        };
        const built = chrome.runtime.getManifest();
        const { host_permissions: hosts, ...without } = built;
        return {
          hosts: hosts ?? [],
          matches: (built.content_scripts ?? []).flatMap((c) => c.matches),
          warnings: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(built)),
          warningsWithout: await chrome.management.getPermissionWarningsByManifest(JSON.stringify(without)),
          origins: (await chrome.permissions.getAll()).origins ?? [],
        };
      });
      expect(seen.hosts).toEqual(seen.matches);
      expect(seen.warnings.length).toBeGreaterThan(0);
      expect(seen.warnings).toEqual(seen.warningsWithout);
      expect(new Set(seen.origins)).toEqual(new Set(seen.matches));
    },
  );

  it('a front page that turns into an article (single-page site) gets the reader then', async () => {
    const url = `${SITE}/`;
    session.server.route(url, { body: newsFrontPage() });
    const { page, scripts } = await open(session.driver, url);
    await settledReport(session.driver, page);
    expect((await page.evaluate(dossierTraces)).reader).toBe(0);

    // The site renders the article in place, as a single-page site does.
    await page.evaluate(
      ({ path, html }: { path: string; html: string }) => {
        history.pushState({}, '', path);
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.adoptNode(n)));
        document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.adoptNode(n)));
      },
      { path: SEED_PATH, html: fixture('seed-article.html') },
    );
    await page.waitFor(dossierReady, undefined, 30_000);
    expect((await page.evaluate(readHighlights))['dossier-person']).toContain('Florence Parly');
    expect((await page.evaluate(dossierTraces)).reader).toBe(1);
    const parsed = scripts();
    if (parsed) expect(parsed.filter((file) => file === READER_FILE)).toHaveLength(1);
    await page.close();
  });
});
