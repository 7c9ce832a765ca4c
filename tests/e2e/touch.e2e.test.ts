/**
 * Reading on a phone, in Chromium's mobile emulation (390 × 844, touch) with real touch events from DevTools
 * (`Input.dispatchTouchEvent`): a tap on a highlight opens its card; a swipe that starts on one opens nothing; a tap
 * outside closes the card. Firefox's driver offers no touch input here: the gesture logic it would run is the same
 * pure code, unit-tested in `tests/unit/content/tap.test.ts`.
 */
import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DPage } from './harness/browsers';
import { cardOpen, mentionPoint } from './harness/hover';
import { dossierReady } from './harness/page-probes';
import { serveWatchedSeed } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function phone(page: DPage): Promise<CDPSession> {
  if (page.raw.browser !== 'chromium') throw new Error('Chromium only');
  const cdp = await page.raw.page.context().newCDPSession(page.raw.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return cdp;
}

async function touch(cdp: CDPSession, points: { x: number; y: number }[], pause = 40): Promise<void> {
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first!] });
  for (const p of rest) {
    await sleep(pause);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  await sleep(pause);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('reading on a phone in chromium', () => {
  const session = useBrowser('chromium');

  it('opens a card on a tap, not on a swipe, and closes it on a tap outside', async () => {
    const page = await session.driver.open(serveWatchedSeed(session.server));
    const cdp = await phone(page);
    await page.reload();
    await page.waitFor(dossierReady);

    // A swipe that starts on a highlight scrolls; it opens nothing.
    let point = (await mentionPoint(page, 'Florence Parly'))!;
    await touch(cdp, [point, { x: point.x, y: point.y - 30 }, { x: point.x, y: point.y - 80 }]);
    // Let the scroll it started come to rest (while it flings, the browser holds the next touch back).
    await sleep(2_000);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // A tap opens the card. On a busy machine the browser may hold a touch back past what still counts as a tap
    // (half a second): a reader would tap again, and so does the test, three times at most.
    point = (await mentionPoint(page, 'Florence Parly'))!;
    for (let attempt = 0; attempt < 3 && !(await page.evaluate(cardOpen)); attempt++) {
      await touch(cdp, [point]);
      await page.waitFor(cardOpen, undefined, 3_000).catch(() => undefined);
    }
    expect(await page.evaluate(cardOpen)).toBe(true);
    await sleep(300);
    await page.screenshot('phone-card');

    // A tap outside any highlight closes it.
    await touch(cdp, [{ x: 380, y: 20 }]);
    await page.waitFor(() => !document.querySelector('dossier-card-host'), undefined, 5_000);
    expect(await page.evaluate(cardOpen)).toBe(false);
    await page.close();
  });
});
