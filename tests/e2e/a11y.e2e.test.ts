/**
 * Accessibility, checked by axe-core (WCAG 2.2 A and AA, and best practices) in Chromium and Firefox: the fact panel
 * at the popup's size and at a phone's 360 px, the options page, and an open card in light and dark mode — the card
 * copied out of its closed shadow root with its own style sheet (Chromium's DevTools protocol reads closed roots;
 * Firefox's driver cannot, so there the panel and options are checked). The panel at 360 px must not scroll sideways.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type DPage } from './harness/browsers';
import { axeViolations, cardMarkup } from './harness/axe';
import { hoverMention } from './harness/hover';
import { dossierReady } from './harness/page-probes';
import { openPanel, sleep } from './harness/panel';
import { serveWatchedSeed } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';

const CARD_PAGE = 'http://www.example.org/dossier-card-copy';

/** Violations as one readable line each, so a failure says what is wrong and where. */
const readable = (violations: Awaited<ReturnType<typeof axeViolations>>): string[] =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);

for (const scheme of ['light', 'dark'] as const) {
  describe.each(BROWSERS)(`accessibility in %s, ${scheme}`, (name) => {
    const session = useBrowser(name, { colorScheme: scheme });

    async function openSeed(): Promise<{ page: DPage; tabId: number }> {
      const url = `${serveWatchedSeed(session.server)}?a11y=${scheme}`;
      const page = await session.driver.open(url);
      await page.waitFor(dossierReady);
      return { page, tabId: await session.driver.tabIdOf(url) };
    }

    it('every tab of the fact panel has no violations, at the popup’s size and at 360 px, and none scrolls sideways', async () => {
      const { page, tabId } = await openSeed();
      const panel = await openPanel(session.driver, tabId);
      const tabs = await panel.evaluate(() => document.querySelectorAll('[role="tab"]').length);
      expect(tabs).toBeGreaterThanOrEqual(4);
      for (const width of [520, 360]) {
        await panel.setViewport(width, 720);
        // Every tab of the panel, as a reader reaches it.
        for (let i = 0; i < tabs; i++) {
          await panel.evaluate((n: number) => (document.querySelectorAll('[role="tab"]')[n] as HTMLElement).click(), i);
          await sleep(300);
          const tab = await panel.evaluate(
            (n: number) => document.querySelectorAll('[role="tab"]')[n]!.textContent ?? '',
            i,
          );
          if (width === 360) await panel.screenshot(`panel-360-${scheme}-tab-${i}`);
          expect(readable(await axeViolations(panel)), `${tab} at ${width} px`).toEqual([]);
          const sideways = await panel.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          const wide = await panel.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map((e) => `${e.localName}.${[...e.classList].join('.')}`)
              .slice(0, 5),
          );
          expect(sideways, `${tab} at ${width} px scrolls sideways: ${wide.join(', ')}`).toBeLessThanOrEqual(0);
        }
      }
      await panel.close();
      await page.close();
    });

    it('the options page has no violations', async () => {
      const options = await session.driver.openExtensionPage('src/options/index.html');
      await options.waitFor(() => document.querySelector('main') !== null && document.body.textContent!.length > 100);
      expect(readable(await axeViolations(options))).toEqual([]);
      await options.close();
    });

    it.runIf(name === 'chromium')('an open card has no violations', async () => {
      const { page } = await openSeed();
      for (const mention of ['Florence Parly', '200 soldiers', 'last Friday']) {
        expect(await hoverMention(page, mention)).toBe(true);
        const markup = (await cardMarkup(page))!;
        expect(markup).toContain('role="dialog"');
        session.server.route(CARD_PAGE, {
          body: `<!doctype html><html lang="en"><head><title>Card</title></head><body><main>${markup}</main></body></html>`,
        });
        const copy = await session.driver.open(CARD_PAGE);
        expect(readable(await axeViolations(copy)), mention).toEqual([]);
        await copy.close();
        await page.press('Escape');
        await page.mouseMove(1, 1);
        await sleep(400);
      }
      await page.close();
    });
  });
}
