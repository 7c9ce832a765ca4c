/**
 * What a reader does first: opens the sample article on a news site, sees its actors highlighted, and opens the
 * fact panel. Runs in Chromium and Firefox with the built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Driver } from './harness/browsers';
import { serveSeed } from './harness/fixtures';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { dossierReady, readHighlights } from './harness/page-probes';

describe.each(BROWSERS)('reading the sample article in %s', (name) => {
  let server: FixtureServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launch(name, { server });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights the article’s actors and opens the fact panel', async () => {
    const url = serveSeed(server);
    const page = await driver.open(url);
    await page.waitFor(dossierReady);
    const highlights = await page.evaluate(readHighlights);
    await page.screenshot('reading-seed');

    expect(highlights['dossier-person']).toEqual(expect.arrayContaining(['Florence Parly', 'Donald Trump']));
    expect(highlights['dossier-state']).toEqual(expect.arrayContaining(['France', 'Iraq', 'Romania']));
    // Text outside the article body is never highlighted.
    const all = Object.values(highlights).flat();
    expect(all).not.toContain('Twitter');
    expect(all).not.toContain('us');

    const tabId = await driver.tabIdOf(url);
    const popup = await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelector('[role=status]') !== null);
    const text = await popup.evaluate(() => document.body.innerText);
    await popup.screenshot('reading-popup');
    expect(text).toContain('Florence Parly');
    expect(text).toContain('Article detected');
  });
});
