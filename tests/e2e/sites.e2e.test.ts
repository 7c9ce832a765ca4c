/**
 * Sites outside the curated list: nothing of Dossier runs there until the reader starts it.
 *
 * - Firefox: the reader enables the site (options page, a real click; the harness sets Firefox's pref that accepts
 *   optional permission requests without the prompt). The background registers the content script for the site and
 *   starts it in the open tab; it runs again after a reload; removing the site stops it.
 * - Chromium: its permission prompt cannot be answered by automation (no flag or DevTools command accepts it), so
 *   there the reader invokes the toolbar button (DevTools `Extensions.triggerAction`, which grants `activeTab` like a
 *   click) and uses "Annotate this page once"; after a reload nothing runs again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type DPage, type Driver } from './harness/browsers';
import { fixture } from './harness/fixtures';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { countHighlights, dossierReady } from './harness/page-probes';
import { POPUP_SIZE, openPanel, sleep, visibleTabId } from './harness/panel';

const OUTSIDE_URL = 'http://www.example.org/2020/01/07/france-no-intention-withdrawing-troops-iraq';

async function expectNothingRuns(page: DPage): Promise<void> {
  // Give a content script every chance to run before concluding that none did.
  await sleep(2_000);
  expect(await page.evaluate(dossierReady)).toBe(false);
  expect(await page.evaluate(countHighlights)).toBe(0);
}

async function typeInto(page: DPage, selector: string, text: string): Promise<void> {
  await page.click(selector);
  for (const key of text) await page.press(key);
}

describe('a site outside the list, enabled by the reader, in firefox', () => {
  let server: FixtureServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(OUTSIDE_URL, { body: fixture('seed-article.html') });
    driver = await launch('firefox', { server });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('runs nothing until the site is enabled, then works in the open tab and after a reload, until removed', async () => {
    const page = await driver.open(OUTSIDE_URL);
    await expectNothingRuns(page);

    const options = await driver.openExtensionPage('src/options/index.html');
    await options.waitFor(() => document.getElementById('add-site-input') !== null);
    await typeInto(options, '#add-site-input', 'example.org');
    await options.click('#add-site');
    await options.waitFor(() => document.body.innerText.includes('Dossier is enabled on example.org.'));
    await options.screenshot('sites-options-added');

    // Started in the tab that was already open, without a reload.
    await page.waitFor(dossierReady);
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);
    await page.reload();
    await page.waitFor(dossierReady);
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);

    const panel = await openPanel(driver, await driver.tabIdOf(OUTSIDE_URL));
    expect(
      await panel.evaluate(() => (document.getElementById('site-switch') as HTMLInputElement | null)?.checked),
    ).toBe(true);
    expect(await panel.evaluate(() => document.body.innerText)).toContain('example.org');
    await panel.screenshot('sites-panel-enabled');

    await options.click('.site-list button');
    await options.waitFor(() => document.body.innerText.includes('example.org removed.'));
    await page.reload();
    await expectNothingRuns(page);
  });
});

describe('a site outside the list, annotated once, in chromium', () => {
  let server: FixtureServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(OUTSIDE_URL, { body: fixture('seed-article.html') });
    driver = await launch('chromium', { server });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('runs nothing until the reader asks, offers to enable the site, and annotates the page once', async () => {
    const page = await driver.open(OUTSIDE_URL);
    await expectNothingRuns(page);

    await driver.invokeAction!(OUTSIDE_URL);
    const panel = await openPanel(driver, await visibleTabId(driver, OUTSIDE_URL));
    await panel.setViewport(POPUP_SIZE.width, 260);
    const text = await panel.evaluate(() => document.body.innerText);
    await panel.screenshot('sites-panel-outside');
    expect(text).toContain('Dossier does not run on example.org.');
    expect(await panel.evaluate(() => document.getElementById('enable-site')?.textContent)).toBe('Enable on this site');

    await panel.click('#annotate-once');
    await page.waitFor(dossierReady);
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);
    await panel.waitFor(() => document.getElementById('site-switch') !== null);

    await page.reload();
    await expectNothingRuns(page);
  });
});
