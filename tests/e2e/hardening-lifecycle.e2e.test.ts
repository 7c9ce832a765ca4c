/**
 * The extension's life cycle while a reader has tabs open, in Chromium and Firefox with the built extension:
 * settings written by an older version, a full settings quota, the background stopped and woken again, and the
 * extension reloaded (as an update does) under an annotated page. For each, nothing in the page or in Dossier's own
 * pages logs an error (see `hardening-watch.ts`), the page keeps working and Dossier shows what it should.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS, plainSeed } from '../fixtures/hostile/pages';
import { BROWSERS, extensionDir, launch, type Driver } from './harness/browsers';
import { displays } from './harness/card-probes';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { pageHealth } from './harness/hardening-probes';
import { openWatched, watch, type WatchedPage } from './harness/hardening-watch';
import { hoverMention } from './harness/hover';
import { countHighlights, dossierReady } from './harness/page-probes';
import { clickSwitch, isChecked, openPanel, readStoredSettings, sleep, writeStoredSettings } from './harness/panel';
import { kbDetails } from './harness/reading-pages';
import { defaultSettings, parseSettings } from '../../src/shared/settings';

const role = (name: string): string => kbDetails().entities.find((e) => e.name === name)!.role;

function serve(server: FixtureServer, slug: string): string {
  const url = `${NEWS}/news/lifecycle-${slug}-page-for-dossier`;
  server.route(url, { body: plainSeed() });
  return url;
}

async function expectQuiet(watched: WatchedPage): Promise<void> {
  const health = await watched.page.evaluate(pageHealth);
  expect(health.errors, 'the page’s own errors').toEqual([]);
  expect(watched.errors(), 'errors logged in the tab').toEqual([]);
}

/** Waits until the stored settings (which the background repairs) equal `expected`. */
async function storedSettingsBecome(driver: Driver, expected: unknown): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!isDeepStrictEqual(await readStoredSettings(driver), expected) && Date.now() < deadline) await sleep(200);
  expect(await readStoredSettings(driver)).toEqual(expected);
}

/** A hostname of about `length` characters (labels of at most 60). */
const padHost = (length: number): string => (`${'a'.repeat(length)}`.match(/.{1,60}/g) ?? []).join('.');

/**
 * Stores valid settings that fill `storage.sync`'s quota for one item, as this browser counts it, to the byte or so:
 * about 8 KB of disabled sites, then the longest extra site name that still fits (binary search on its length).
 */
async function fillSettingsQuota(driver: Driver): Promise<unknown> {
  const sites: Record<string, boolean> = {};
  for (let i = 0; JSON.stringify(sites).length < 7_800; i++)
    sites[`site-${String(i).padStart(4, '0')}.example`] = false;
  const settings = (pad: number) => ({
    ...defaultSettings(),
    sites: pad > 0 ? { ...sites, [padHost(pad)]: false } : sites,
  });
  const fits = (pad: number) =>
    writeStoredSettings(driver, settings(pad)).then(
      () => true,
      () => false,
    );
  expect(await fits(0)).toBe(true);
  let lo = 0;
  let hi = 400;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  expect(lo).toBeLessThan(400);
  await writeStoredSettings(driver, settings(lo));
  return parseSettings(settings(lo));
}

/**
 * Reloads the extension from its folder under the open tabs, as an update does. Chromium: DevTools
 * `Extensions.loadUnpacked` on the installed folder (`runtime.reload()` unloads an extension loaded from the command
 * line for good). Firefox: `runtime.reload()` from one of its pages, which goes away with it (the call may not return).
 */
async function reloadExtension(driver: Driver): Promise<void> {
  if (driver.raw.browser === 'chromium') {
    const cdp = await driver.raw.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: extensionDir('chromium') });
    await cdp.detach();
    return;
  }
  const options = await driver.openExtensionPage('src/options/index.html');
  await options
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
}

describe.each(BROWSERS)('extension life cycle in %s', (browser) => {
  let server: FixtureServer;
  let driver: Driver;

  beforeAll(async () => {
    server = await startFixtureServer();
    // Firefox's background is an event page: with a one-second idle timeout it is suspended between the steps.
    driver = await launch(browser, { server, firefoxPrefs: { 'extensions.background.idle.timeout': 1_000 } });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('reads settings written by an older version, and the background stores them repaired', async () => {
    await writeStoredSettings(driver, { disabledSites: ['newarab.com'], hoverDelay: 'slow', categories: 'all' });
    const repaired = parseSettings({ disabledSites: ['newarab.com'] });
    expect(repaired.sites).toEqual({ 'newarab.com': false });
    await storedSettingsBecome(driver, repaired);

    const watched = await openWatched(driver, serve(server, 'old-settings'));
    await sleep(2_000);
    expect(await watched.page.evaluate(countHighlights)).toBe(0);
    // Turned back on, the open tab is annotated at once.
    await writeStoredSettings(driver, defaultSettings());
    await watched.page.waitFor(dossierReady);
    expect(await watched.page.evaluate(countHighlights)).toBeGreaterThan(10);
    await expectQuiet(watched);
    await watched.close();
  });

  it('survives a full settings quota: the switch write fails quietly and nothing changes', async () => {
    const watched = await openWatched(driver, serve(server, 'quota'));
    await watched.page.waitFor(dossierReady);
    const full = await fillSettingsQuota(driver);
    await storedSettingsBecome(driver, full);

    const panel = await watch(driver, await openPanel(driver, await driver.tabIdOf(watched.page.url())));
    expect(await isChecked(panel.page, 'site-switch')).toBe(true);
    await clickSwitch(panel.page, 'site-switch');
    await sleep(1_500);
    await panel.page.screenshot('hardening-quota-panel');
    expect(await readStoredSettings(driver)).toEqual(full);
    expect(await isChecked(panel.page, 'site-switch'), 'the switch shows what is stored').toBe(true);
    expect(panel.errors(), 'errors logged in the panel').toEqual([]);
    expect(await watched.page.evaluate(countHighlights)).toBeGreaterThan(10);
    await panel.close();
    await writeStoredSettings(driver, defaultSettings());
    await expectQuiet(watched);
    await watched.close();
  });

  it('works on when the background is stopped and woken by a hover', async () => {
    const watched = await openWatched(driver, serve(server, 'background-restart'));
    await watched.page.waitFor(dossierReady);
    if (driver.raw.browser === 'chromium') {
      const cdp = await driver.raw.context.browser()!.newBrowserCDPSession();
      const workers = async () =>
        (await cdp.send('Target.getTargets')).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(driver.extensionBase),
        );
      expect(await workers()).toHaveLength(1);
      const page = await driver.raw.context.newCDPSession(watched.page.raw.page as never);
      await page.send('ServiceWorker.enable');
      await page.send('ServiceWorker.stopAllWorkers');
      await page.detach();
      const deadline = Date.now() + 10_000;
      while ((await workers()).length > 0 && Date.now() < deadline) await sleep(100);
      expect(await workers(), 'the service worker stopped').toHaveLength(0);
      await cdp.detach();
    } else {
      // Idle for longer than the timeout set at launch.
      await sleep(3_000);
    }
    // The card's details come from the background, which wakes for the hover.
    expect(await hoverMention(watched.page, 'Florence Parly')).toBe(true);
    expect(await watched.page.evaluate(displays, role('Florence Parly'))).toBe(true);
    await expectQuiet(watched);
    await watched.close();
  });

  it('stays quiet in an open tab when the extension is reloaded (updated) under it, and works in new tabs', async () => {
    const watched = await openWatched(driver, serve(server, 'reload'));
    await watched.page.waitFor(dossierReady);
    await reloadExtension(driver);
    await sleep(3_000);
    // The reader goes on: hovers (the orphaned script asks the background, which is gone), the page changes.
    await hoverMention(watched.page, 'Florence Parly');
    await watched.page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Jens Stoltenberg said NATO would stay.';
      document.querySelector('.article-body')!.append(p);
    });
    await sleep(2_000);
    const health = await watched.page.evaluate(pageHealth);
    await watched.page.screenshot('hardening-after-reload');
    expect(health.beats).toBeGreaterThan(0);
    await expectQuiet(watched);
    // Chromium leaves the old script orphaned: it removes its dead highlights (no card could open on them).
    // Firefox runs the new version's script in the open tab, which draws its own.
    if (browser === 'chromium') expect(await watched.page.evaluate(countHighlights)).toBe(0);
    else expect(await watched.page.evaluate(countHighlights)).toBeGreaterThan(10);

    const fresh = await openWatched(driver, serve(server, 'after-reload'));
    await fresh.page.waitFor(dossierReady);
    expect(await hoverMention(fresh.page, 'Florence Parly')).toBe(true);
    expect(await fresh.page.evaluate(displays, role('Florence Parly'))).toBe(true);
    await expectQuiet(fresh);
    await fresh.close();
    await watched.close();
  });
});
