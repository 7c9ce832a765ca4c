/**
 * Taking the dossier away from the fact panel, as a reader does, on the seed article: "Copy as Markdown" puts the
 * page's dossier on the clipboard and "Save as JSON" downloads it, both made inside the extension. Chromium reads
 * back the clipboard and the downloaded file and checks them field by field against the page; Firefox's driver
 * offers neither, so there the panel's own confirmation is checked (the content is the same code, unit-tested in
 * `tests/unit/popup/dossier-export.test.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { dossierReady } from './harness/page-probes';
import { openPanel } from './harness/panel';
import { serveWatchedSeed, uiString } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';
import type { DossierExport } from '../../src/popup/dossier-export';

describe.each(BROWSERS)('taking the dossier away in %s', (name) => {
  const session = useBrowser(name);

  it('copies the page’s dossier as Markdown and saves it as JSON', async () => {
    const url = `${serveWatchedSeed(session.server)}?export=1`;
    const page = await session.driver.open(url);
    await page.waitFor(dossierReady);
    const panel = await openPanel(session.driver, await session.driver.tabIdOf(url));
    const status = () => panel.evaluate(() => document.querySelector('.export-status')?.textContent ?? '');
    const button = (label: string) => `button:text-is("${label}")`;
    const raw = panel.raw;

    if (raw.browser === 'chromium') {
      await raw.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await raw.page.click(button(uiString('exportCopy')));
      await panel.waitFor(
        (done: string) => document.querySelector('.export-status')?.textContent === done,
        uiString('exportCopied'),
      );
      const markdown = await raw.page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toContain(url);
      for (const expected of ['Florence Parly', 'Operation Chammal', '200 soldiers', uiString('exportEvents')])
        expect(markdown).toContain(expected);

      const [download] = await Promise.all([
        raw.page.waitForEvent('download'),
        raw.page.click(button(uiString('exportSave'))),
      ]);
      const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as DossierExport;
      expect(download.suggestedFilename()).toMatch(/^dossier-.*\.json$/);
      expect(saved.url).toBe(url);
      expect(saved.title).toBeTruthy();
      expect(saved.actors.map((a) => a.name)).toEqual(
        expect.arrayContaining(['Florence Parly', 'Donald Trump', 'France', 'Operation Chammal']),
      );
      expect(saved.actors.find((a) => a.name === 'France')?.mentions).toBeGreaterThan(1);
      const troops = saved.figures.find((f) => f.text === '200 soldiers');
      expect(troops).toBeDefined();
      expect(troops!.fact?.sources.length).toBeGreaterThan(0);
      expect(saved.events.some((e) => e.date === '2020-01-03')).toBe(true);
    } else {
      await panel.click('.export button:nth-of-type(2)');
      await panel.waitFor(
        (done: string) => document.querySelector('.export-status')?.textContent === done,
        uiString('exportSaved'),
      );
      expect(await status()).toBe(uiString('exportSaved'));
    }
    await panel.screenshot('panel-export');
    await panel.close();
    await page.close();
  });
});
