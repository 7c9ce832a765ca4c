/**
 * Reading on a phone (390 × 844, touch) with real touch events — in Chromium's mobile emulation from DevTools
 * (`Input.dispatchTouchEvent`), in Firefox from WebDriver BiDi's touch pointer actions: a tap on a highlight opens
 * its card, a sheet along the bottom edge that never covers the mention (the page scrolls a low mention up); a swipe
 * that starts on a highlight opens nothing; a swipe down on the sheet, its close button or a tap outside closes it;
 * the page's own touch handlers see every touch; a highlight inside a link leaves the tap to the link.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type DPage } from './harness/browsers';
import { cardHost } from './harness/card-probes';
import { cardOpen, mentionPoint } from './harness/hover';
import { dossierReady } from './harness/page-probes';
import { serveWatchedSeed } from './harness/reading-pages';
import { useBrowser } from './harness/use-browser';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const PHONE = { width: 390, height: 844 };

interface Point {
  x: number;
  y: number;
}

/** One finger's gesture through the points (a tap when there is one), with a pause between moves. */
type Touch = (points: Point[], pause?: number) => Promise<void>;

/** Gestures sent to the page so far. */
let gestures = 0;

/** Makes the page a phone's (its viewport, and in Chromium the device: touch, no hover) and returns its finger. */
async function phone(page: DPage): Promise<Touch> {
  const raw = page.raw;
  if (raw.browser === 'firefox') {
    await page.setViewport(PHONE.width, PHONE.height);
    const screen = raw.page.touchscreen;
    return async (points, pause = 40) => {
      gestures++;
      const [first, ...rest] = points;
      await screen.touchStart(first!.x, first!.y);
      for (const p of rest) {
        await sleep(pause);
        await screen.touchMove(p.x, p.y);
      }
      await sleep(pause);
      await screen.touchEnd();
    };
  }
  // The page's viewport first (screenshots follow it), then the device.
  await raw.page.setViewportSize(PHONE);
  const cdp = await raw.page.context().newCDPSession(raw.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return async (points, pause = 40) => {
    gestures++;
    const [first, ...rest] = points;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first!] });
    for (const p of rest) {
      await sleep(pause);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    }
    await sleep(pause);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
}

/** Taps the point until a card opens (three taps at most): a busy machine may hold a touch back past a tap's limit. */
async function tapUntilOpen(touch: Touch, page: DPage, point: Point): Promise<void> {
  for (let attempt = 0; attempt < 3 && !(await page.evaluate(cardOpen)); attempt++) {
    await touch([point]);
    await page.waitFor(cardOpen, undefined, 3_000).catch(() => undefined);
  }
  expect(await page.evaluate(cardOpen)).toBe(true);
}

/** The open card is a sheet: the viewport's full width, on its bottom or top edge, clear of the mention. */
async function expectSheetClearOf(page: DPage, text: string): Promise<void> {
  await sleep(300);
  const sheet = (await page.evaluate(cardHost))!;
  const mention = (await page.evaluate(visibleBox, text))!;
  expect(sheet.side).toMatch(/^sheet-/);
  expect(sheet.left).toBe(0);
  expect(sheet.right).toBe(await page.evaluate(() => document.documentElement.clientWidth));
  if (sheet.side === 'sheet-bottom')
    expect(Math.round(sheet.bottom)).toBe(await page.evaluate(() => document.documentElement.clientHeight));
  else expect(sheet.top).toBe(0);
  expect(
    sheet.bottom <= mention.top || sheet.top >= mention.bottom,
    `${JSON.stringify(sheet)} covers ${JSON.stringify(mention)}`,
  ).toBe(true);
}

/** The viewport box of the highlighted mention `text` where it is now (no scrolling). */
function visibleBox(text: string): { top: number; bottom: number } | null {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  for (const [name, h] of registry) {
    if (!name.startsWith('dossier-')) continue;
    for (const range of h) {
      const r = range.getClientRects()[0];
      if (range.toString() === text && r && r.bottom > 0 && r.top < innerHeight)
        return { top: r.top, bottom: r.bottom };
    }
  }
  return null;
}

/** A named mention in the lowest 15 % of the viewport, the page scrolled to put one there. */
async function lowMention(page: DPage): Promise<{ text: string; point: { x: number; y: number } }> {
  const found = await page.evaluate((height: number) => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    const ranges = [...registry]
      .filter(([name]) => name.startsWith('dossier-') && name !== 'dossier-figure')
      .flatMap(([, h]) => [...h]);
    const range = ranges.find((r) => r.getBoundingClientRect().top + scrollY > height * 1.5)!;
    const top = range.getBoundingClientRect().top + scrollY;
    scrollTo(0, top - height * 0.9);
    const r = range.getClientRects()[0]!;
    return { text: range.toString(), point: { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 } };
  }, PHONE.height);
  await sleep(300);
  return found;
}

describe.each(BROWSERS)('reading on a phone in %s', (name) => {
  const session = useBrowser(name);

  it('opens a sheet on a tap, clear of the mention, not on a swipe or in a link; a swipe down, its button or a tap outside closes it', async () => {
    const page = await session.driver.open(serveWatchedSeed(session.server));
    const touch = await phone(page);
    gestures = 0;
    await page.reload();
    await page.waitFor(dossierReady);
    await page.evaluate(() => {
      const counter = window as unknown as { __touches: number };
      counter.__touches = 0;
      for (const type of ['touchend', 'touchcancel']) document.addEventListener(type, () => counter.__touches++);
    });

    // A swipe that starts on a highlight scrolls; it opens nothing.
    const point = (await mentionPoint(page, 'Florence Parly'))!;
    await touch([point, { x: point.x, y: point.y - 30 }, { x: point.x, y: point.y - 80 }]);
    // Let the scroll it started come to rest (while it flings, the browser holds the next touch back).
    await sleep(2_000);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // A tap opens the card. On a busy machine the browser may hold a touch back past what still counts as a tap
    // (half a second): a reader would tap again, and so does the test, three times at most.
    await tapUntilOpen(touch, page, (await mentionPoint(page, 'Florence Parly'))!);
    await sleep(1_000);
    await page.screenshot('phone-card');
    await expectSheetClearOf(page, 'Florence Parly');

    // Swiped down, the sheet goes.
    let sheet = (await page.evaluate(cardHost))!;
    await touch(
      [10, 50, 90, 130, 170].map((dy) => ({ x: PHONE.width / 2, y: sheet.top + 8 + dy })),
      30,
    );
    await page.waitFor(() => !document.querySelector('dossier-card-host'), undefined, 5_000);

    // A mention low on the screen: the page scrolls it up above the sheet rather than the sheet covering it.
    const low = await lowMention(page);
    await tapUntilOpen(touch, page, low.point);
    await expectSheetClearOf(page, low.text);
    await sleep(700);
    await page.screenshot('phone-card-lifted');

    // The close button closes it (a 40 px target at the sheet's top end corner).
    sheet = (await page.evaluate(cardHost))!;
    await touch([{ x: sheet.right - 28, y: sheet.top + 30 }]);
    await page.waitFor(() => !document.querySelector('dossier-card-host'), undefined, 5_000);

    // A tap outside any highlight closes a card too.
    await tapUntilOpen(touch, page, (await mentionPoint(page, 'Florence Parly'))!);
    await touch([{ x: 8, y: 20 }]);
    await page.waitFor(() => !document.querySelector('dossier-card-host'), undefined, 5_000);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // The page's own touch handlers (a carousel's) saw every touch: Dossier listens, it never takes a gesture away.
    expect(await page.evaluate(() => (window as unknown as { __touches: number }).__touches)).toBe(gestures);

    // A highlight inside a link leaves the tap to the page: the link is followed, no card opens.
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) =>
        p.textContent!.includes('Florence Parly tweeted'),
      )!;
      const link = document.createElement('a');
      link.href = '#tapped';
      link.append(...paragraph.childNodes);
      paragraph.append(link);
    });
    await page.waitFor(() => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      return [...registry.values()].some((h) =>
        [...h].some((r) => r.toString() === 'Florence Parly' && r.startContainer.parentElement?.closest('a') !== null),
      );
    });
    for (let attempt = 0; attempt < 3 && (await page.evaluate(() => location.hash)) !== '#tapped'; attempt++) {
      await touch([(await mentionPoint(page, 'Florence Parly'))!]);
      await sleep(1_000);
    }
    expect(await page.evaluate(() => location.hash)).toBe('#tapped');
    expect(await page.evaluate(cardOpen)).toBe(false);
    await page.close();
  });
});
