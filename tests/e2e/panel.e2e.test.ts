/**
 * The fact panel and the switches, on the seed article in Chromium and Firefox: what the panel lists, "show in
 * page", the site switch (live, across a reload and a browser restart), a category switch, repaired settings, and
 * the panel in light and dark mode.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, launch, tempProfile, type DPage, type Driver } from './harness/browsers';
import { serveSeed } from './harness/fixtures';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { countHighlights, dossierReady, readHighlights } from './harness/page-probes';
import { defaultSettings } from '../../src/shared/settings';
import { uiString } from './harness/reading-pages';
import {
  badgeText,
  clickSwitch,
  forgetReportedState,
  isChecked,
  nextReport,
  openPanel,
  readStoredSettings,
  sleep,
  writeStoredSettings,
} from './harness/panel';

const EXPECTED_ACTORS = [
  'Florence Parly',
  'Donald Trump',
  'Qasem Soleimani',
  'France',
  'Iraq',
  'Germany',
  'Romania',
  'NATO',
  'Operation Chammal',
];

describe.each(BROWSERS)('the fact panel in %s', (name) => {
  let server: FixtureServer;
  let driver: Driver;
  const profile = tempProfile();
  let url: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    url = serveSeed(server);
    driver = await launch(name, { server, profileDir: profile.dir });
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
    profile.remove();
  });

  // Each test starts from the default settings and closes what it opened.
  const opened: DPage[] = [];
  let visit = 0;
  beforeEach(() => writeStoredSettings(driver, defaultSettings()));
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  /** Opens the seed article under an address of its own (the tab is found by its address). */
  async function openSeed(): Promise<{ page: DPage; tabId: number; address: string }> {
    const address = `${url}?visit=${++visit}`;
    const page = await driver.open(address);
    opened.push(page);
    await page.waitFor(dossierReady);
    return { page, tabId: await driver.tabIdOf(address), address };
  }

  async function panelFor(tabId: number): Promise<DPage> {
    const panel = await openPanel(driver, tabId);
    opened.push(panel);
    return panel;
  }

  it('lists the actors by type with their roles, and the figures with verdict and source', async () => {
    const { tabId } = await openSeed();
    const panel = await panelFor(tabId);
    const text = await panel.evaluate(() => document.body.innerText);
    await panel.screenshot('panel-on-this-page');
    for (const actor of EXPECTED_ACTORS) expect(text).toContain(actor);
    expect(text).toMatch(/Article detected · \d+ actors · \d+ figures/);
    const groups = await panel.evaluate(() =>
      [...document.querySelectorAll('.group-heading')].map((h) => h.firstChild?.textContent?.trim()),
    );
    expect(groups).toEqual(expect.arrayContaining(['People', 'States', 'Organisations', 'Operations']));

    const rows = await panel.evaluate(() =>
      [...document.querySelectorAll('.actor')].map((row) => ({
        name: row.querySelector('.row-title')?.textContent,
        count: row.querySelector('.count [aria-hidden]')?.textContent,
        role: row.querySelector('.row-sub')?.textContent ?? '',
      })),
    );
    const iraq = rows.find((r) => r.name === 'Iraq');
    expect(iraq?.count).toMatch(/^×\d+$/);
    expect(rows.every((r) => r.role.length > 0)).toBe(true);

    const figures = await panel.evaluate(() =>
      [...document.querySelectorAll('.figure')].map((row) => ({
        text: row.querySelector('.figure-text')?.textContent ?? '',
        verdict: row.querySelector('.verdict')?.textContent ?? '',
        sources: row.querySelectorAll('.sources a').length,
      })),
    );
    // France's troops in Iraq: about 200 (AFP) and 160 (Reuters) under one measure; the article matches one of them.
    const soldiers = figures.find((f) => f.text.includes('200 soldiers'));
    expect(soldiers?.verdict).toBe(uiString('verdict_varies'));
    expect(soldiers?.sources).toBeGreaterThan(0);
    const trainers = figures.find((f) => f.text === '“160”');
    expect(trainers?.verdict).toBe(uiString('verdict_agrees'));

    // A card opens in place, with the same content as the hover card.
    await panel.click('.actor-person .row-title');
    await panel.waitFor(() => document.querySelector('.actor-person article.card .card-description') !== null);
  });

  it('"show in page" scrolls to the next mention and flashes it', async () => {
    const { page, tabId } = await openSeed();
    await page.evaluate(() => window.scrollTo(0, 0));
    const panel = await panelFor(tabId);
    /** The flashed mention, once the (smooth) scroll has brought it into view: its text and place in the page. */
    const flashed = async (after: number): Promise<{ text: string; top: number }> => {
      await page.waitFor((min: number) => {
        const flash = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get(
          'dossier-flash',
        );
        const rect = flash ? [...flash][0]?.getBoundingClientRect() : undefined;
        return rect !== undefined && rect.top >= 0 && rect.bottom <= innerHeight && rect.top + scrollY > min;
      }, after);
      return page.evaluate(() => {
        const flash = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get(
          'dossier-flash',
        )!;
        const range = [...flash][0]!;
        return { text: range.toString(), top: range.getBoundingClientRect().top + scrollY };
      });
    };

    await panel.click('button[aria-label="Show NATO in the page"]');
    const first = await flashed(-1);
    expect(first.text).toBe('NATO');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.screenshot('panel-show-in-page');

    // Again: the next mention of NATO, further down.
    await panel.click('button[aria-label="Show NATO in the page"]');
    const second = await flashed(first.top);
    expect(second.text).toBe('NATO');
    expect(second.top).toBeGreaterThan(first.top);
  });

  it('turning the site off removes every highlight at once; it stays off after a reload and a restart; on restores them', async () => {
    let { page, tabId } = await openSeed();
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);
    let panel = await panelFor(tabId);
    expect(await isChecked(panel, 'site-switch')).toBe(true);
    await clickSwitch(panel, 'site-switch');
    await page.waitFor(() => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
      return [...registry.keys()].every((k) => !k.startsWith('dossier-'));
    });
    await panel.waitFor(() => document.querySelector('[role=status]')?.textContent?.includes('off') ?? false);
    await panel.screenshot('panel-site-off');

    await forgetReportedState(driver, tabId);
    await page.reload();
    expect(await nextReport(driver, tabId)).toMatchObject({ enabled: false });
    expect(await page.evaluate(countHighlights)).toBe(0);

    opened.length = 0;
    await driver.close();
    driver = await launch(name, { server, profileDir: profile.dir });
    const address = `${url}?visit=${++visit}`;
    page = await driver.open(address);
    opened.push(page);
    tabId = await driver.tabIdOf(address);
    expect(await nextReport(driver, tabId)).toMatchObject({ enabled: false });
    expect(await page.evaluate(countHighlights)).toBe(0);

    panel = await panelFor(tabId);
    expect(await isChecked(panel, 'site-switch')).toBe(false);
    await clickSwitch(panel, 'site-switch');
    await page.waitFor(() =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('dossier-person'),
    );
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);
  });

  it('turning a category off hides only that category', async () => {
    const { page, tabId } = await openSeed();
    const before = await page.evaluate(readHighlights);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['dossier-person', 'dossier-state', 'dossier-figure']));
    const panel = await panelFor(tabId);
    await panel.click('#tab-settings');
    await clickSwitch(panel, 'category-person');
    await page.waitFor(
      () =>
        !(globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('dossier-person'),
    );
    const after = await page.evaluate(readHighlights);
    await panel.screenshot('panel-settings');
    expect(after['dossier-person']).toBeUndefined();
    for (const [category, texts] of Object.entries(before)) {
      if (category !== 'dossier-person' && category !== 'dossier-flash')
        expect(after[category], category).toEqual(texts);
    }
    await clickSwitch(panel, 'category-person');
    await page.waitFor(() =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('dossier-person'),
    );
  });

  it('shows the number of actors on the toolbar badge, until the reader turns the badge off', async () => {
    const { tabId } = await openSeed();
    const panel = await panelFor(tabId);
    const actors = await panel.evaluate(() => document.querySelectorAll('.actor').length);
    expect(await badgeText(driver, tabId)).toBe(String(actors));
    await panel.click('#tab-settings');
    await clickSwitch(panel, 'badge-switch');
    const deadline = Date.now() + 5_000;
    while ((await badgeText(driver, tabId)) !== '' && Date.now() < deadline) await sleep(100);
    expect(await badgeText(driver, tabId)).toBe('');
  });

  it('repairs corrupted settings to defaults and keeps working', async () => {
    await writeStoredSettings(driver, {
      enabled: 'yes',
      sites: { 'newarab.com': 'off' },
      categories: 7,
      hoverDelay: 'slow',
      badge: null,
    });
    const deadline = Date.now() + 10_000;
    let stored = await readStoredSettings(driver);
    while ((stored as { enabled?: unknown }).enabled !== true && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      stored = await readStoredSettings(driver);
    }
    expect(stored).toMatchObject({
      version: 1,
      enabled: true,
      sites: {},
      hoverDelay: 300,
      badge: true,
      highlightStyle: 'underline',
    });
    const { page, tabId } = await openSeed();
    expect(await page.evaluate(countHighlights)).toBeGreaterThan(10);
    const panel = await panelFor(tabId);
    expect(await panel.evaluate(() => document.body.innerText)).toContain('Florence Parly');
  });

  it('shows the story and searches the knowledge base', async () => {
    const { tabId } = await openSeed();
    const panel = await panelFor(tabId);
    await panel.click('#tab-story');
    await panel.waitFor(() => document.querySelector('#panel-story table.contrib tbody tr') !== null);
    const story = await panel.evaluate(() => ({
      onPage: document.querySelectorAll('#panel-story .event.on-page').length,
      events: document.querySelectorAll('#panel-story .event').length,
      france:
        [...document.querySelectorAll('table.contrib tbody tr')].find(
          (tr) => tr.querySelector('th')?.textContent === 'France',
        )?.textContent ?? '',
    }));
    await panel.screenshot('panel-story');
    await panel.evaluate(() => {
      const tabpanel = document.getElementById('panel-story')!;
      tabpanel.scrollTop = document.getElementById('contrib-heading')!.offsetTop - tabpanel.offsetTop;
    });
    await panel.screenshot('panel-story-contributions');
    expect(story.events).toBeGreaterThan(10);
    expect(story.onPage).toBeGreaterThan(0);
    expect(story.france).toContain('Operation Chammal');

    await panel.click('#tab-search');
    await panel.click('.search-input');
    for (const key of 'suleimani') await panel.press(key);
    await panel.waitFor(() => document.querySelector('.result') !== null);
    await panel.press('ArrowDown');
    await panel.press('Enter');
    await panel.waitFor(() => document.querySelector('.search-card .card-name') !== null);
    expect(await panel.evaluate(() => document.querySelector('.search-card .card-name')?.textContent)).toContain(
      'Qasem Soleimani',
    );
    await panel.screenshot('panel-search');
  });
});

describe.each(BROWSERS)('the options page in %s', (name) => {
  it('turns a site back on, changes settings and resets them to the defaults', async () => {
    const server = await startFixtureServer();
    const driver = await launch(name, { server });
    try {
      await writeStoredSettings(driver, { ...defaultSettings(), sites: { 'lemonde.fr': false }, hoverDelay: 900 });
      const options = await driver.openExtensionPage('src/options/index.html');
      await options.setViewport(900, 1400);
      await options.waitFor(() => document.querySelector('.site-list') !== null);
      expect(await options.evaluate(() => document.querySelector('.site-list')?.textContent)).toContain('lemonde.fr');
      expect(await options.evaluate(() => document.querySelector('output')?.textContent)).toBe('900 ms');
      await options.screenshot('options');

      await options.click('.site-list button');
      await options.waitFor(() => document.querySelector('.site-list') === null);
      await clickSwitch(options, 'category-figure');
      await options.click('input[value="background"]');
      await options.waitFor(() => (document.querySelector('input[value="background"]') as HTMLInputElement).checked);
      expect(await readStoredSettings(driver)).toMatchObject({
        sites: {},
        hoverDelay: 900,
        highlightStyle: 'background',
        categories: { figure: false, person: true },
      });

      await options.click('#reset-settings');
      await options.waitFor(() => document.body.innerText.includes('Settings reset to defaults.'));
      expect(await readStoredSettings(driver)).toEqual(defaultSettings());
    } finally {
      await driver.close();
      await server.close();
    }
  });
});

describe.each(BROWSERS)('the fact panel in dark mode in %s', (name) => {
  it('follows the dark colour scheme', async () => {
    const server = await startFixtureServer();
    const driver = await launch(name, { server, colorScheme: 'dark' });
    try {
      const url = serveSeed(server);
      const page = await driver.open(url);
      await page.waitFor(dossierReady);
      const panel = await openPanel(driver, await driver.tabIdOf(url));
      const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await panel.screenshot('panel-dark');
      expect(background).toBe('rgb(27, 31, 36)');
    } finally {
      await driver.close();
      await server.close();
    }
  });
});
