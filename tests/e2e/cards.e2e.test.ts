/**
 * Hover cards on the sample article, in Chromium and Firefox with the built extension: Page Previews timing (dwell,
 * grace, hoverable, a quick pass opens nothing), Esc, placement that never covers the mention, the content of an
 * entity's, a figure's and a date's card, the keyboard path without a mouse, page CSS that cannot restyle the card,
 * and dark mode. The card lives in a closed shadow root: tests see what a page can see of it (its host's box and
 * style) and what a reader sees (the text it displays, found with `window.find`), and screenshots are kept.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, type DPage, type Driver } from './harness/browsers';
import { accessibleDialogs, liveRegionTexts } from './harness/card-a11y';
import { cardHost, displays } from './harness/card-probes';
import type { FixtureServer } from './harness/fixture-server';
import { useBrowser } from './harness/use-browser';
import { cardOpen, hoverMention, mentionBox, type Box } from './harness/hover';
import { countHighlights, dossierReady } from './harness/page-probes';
import { kbDetails, pageChanges, serveWatchedSeed, uiString } from './harness/reading-pages';

const DWELL_MS = 300;
const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function entity(name: string) {
  const found = kbDetails().entities.find((e) => e.name === name);
  if (!found) throw new Error(`The knowledge base has no ${name}`);
  return found;
}

const disjoint = (a: Box, b: Box): boolean =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

/** A point of the page where no mention is (the page's header). */
const AWAY = { x: 700, y: 10 };

async function openSeed(driver: Driver, server: FixtureServer): Promise<DPage> {
  const page = await driver.open(serveWatchedSeed(server));
  await page.waitFor(dossierReady);
  return page;
}

/** A screenshot once the card's entrance (120 ms, where motion is allowed) is over. */
async function shot(page: DPage, name: string): Promise<void> {
  await sleep(250);
  await page.screenshot(name);
}

/**
 * Runs `act`, then reads whether a card is open, and returns that reading only if it was taken within `windowMs` of
 * the start (before the dwell or the grace could have run out). On a busy machine the browser or the test may stall
 * past it; the reading then proves nothing either way and is null.
 */
async function openWithin(page: DPage, windowMs: number, act: () => Promise<void>): Promise<boolean | null> {
  const start = Date.now();
  await act();
  const open = await page.evaluate(cardOpen);
  return Date.now() - start < windowMs ? open : null;
}

async function closeCard(page: DPage): Promise<void> {
  await page.mouseMove(AWAY.x, AWAY.y);
  await page.waitFor(() => document.querySelector('dossier-card-host') === null, undefined, 3_000);
}

/** The fact panel's address once it is open (as the toolbar popup, or in a tab of its own). */
async function waitForPanel(driver: Driver): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const urls = await driver.extensionEval(async () => {
      const runtime = (
        globalThis as unknown as {
          chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
        }
      ).chrome.runtime;
      return (await runtime.getContexts({})).map((c) => c.documentUrl ?? '');
    });
    const panel = urls.find((u) => u.includes('src/popup/index.html'));
    if (panel) return panel;
    if (Date.now() > deadline) throw new Error(`No fact panel among ${urls.join(', ')}`);
    await sleep(200);
  }
}

/** What the page's live region says once it has settled (Chromium); null where the browser cannot say. */
async function heardLast(page: DPage): Promise<string | null> {
  let said = await liveRegionTexts(page);
  for (let tries = 0; said !== null && said.join('') === '' && tries < 20; tries++) {
    await sleep(100);
    said = await liveRegionTexts(page);
  }
  return said && said.join('');
}

describe.each(BROWSERS)('hover cards in %s', (name) => {
  const session = useBrowser(name);

  it('opens after the dwell, never on a quick pass, stays while hovered, closes after the grace and on Esc', async () => {
    const page = await openSeed(session.driver, session.server);
    const parly = entity('Florence Parly');
    expect(await page.evaluate(displays, parly.role)).toBe(false);

    const box = (await mentionBox(page, 'Florence Parly'))!;
    const point = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
    // A quick pass opens nothing.
    await page.mouseMove(point.x, point.y);
    await sleep(DWELL_MS / 3);
    await page.mouseMove(AWAY.x, AWAY.y);
    await sleep(DWELL_MS * 3);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // A dwell opens the card, below or beside the mention, never over it.
    const early = await openWithin(page, DWELL_MS, async () => {
      await page.mouseMove(point.x, point.y);
      await sleep(DWELL_MS / 3);
    });
    if (early !== null) expect(early).toBe(false);
    await page.waitFor(cardOpen, undefined, 3_000);
    const host = (await page.evaluate(cardHost))!;
    expect(host).toMatchObject({ display: 'block', visibility: 'visible', position: 'fixed', parent: 'html' });
    expect(disjoint(host, box)).toBe(true);
    expect(await page.evaluate(displays, parly.role)).toBe(true);
    expect(await page.evaluate(displays, uiString('hoverCardMentionsMany', '2'))).toBe(true);
    // Exposed to assistive technology as a dialog named after the person (Chromium shows its accessibility tree).
    const dialogs = await accessibleDialogs(page);
    if (dialogs) expect(dialogs).toEqual([{ role: 'dialog', name: 'Florence Parly' }]);
    await shot(page, 'card-person');

    // Leaving the mention starts the grace period; coming back within it keeps the card.
    const inGrace = await openWithin(page, GRACE_MS, async () => {
      await page.mouseMove(AWAY.x, AWAY.y);
      await sleep(GRACE_MS / 3);
    });
    if (inGrace !== null) expect(inGrace).toBe(true);
    await page.mouseMove(point.x, point.y);
    await sleep(GRACE_MS * 3);
    expect(await page.evaluate(cardOpen)).toBe(true);

    // The card is hoverable: moving into it keeps it open.
    await page.mouseMove((host.left + host.right) / 2, (host.top + host.bottom) / 2);
    await sleep(GRACE_MS * 3);
    expect(await page.evaluate(cardOpen)).toBe(true);

    // Leaving both closes it after the grace.
    const stillOpen = await openWithin(page, GRACE_MS, async () => {
      await page.mouseMove(AWAY.x, AWAY.y);
      await sleep(GRACE_MS / 3);
    });
    if (stillOpen !== null) expect(stillOpen).toBe(true);
    await sleep(GRACE_MS * 3);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // Esc closes it without moving the pointer, and it stays closed while the pointer rests on the mention.
    expect(await hoverMention(page, 'Florence Parly')).toBe(true);
    await page.press('Escape');
    await sleep(50);
    expect(await page.evaluate(cardOpen)).toBe(false);
    await sleep(DWELL_MS * 3);
    expect(await page.evaluate(cardOpen)).toBe(false);

    // Only the card's host came and went: the page's own observer saw nothing else, the body is as it was.
    const { changes, bodyUnchanged } = await page.evaluate(pageChanges);
    expect(changes.length).toBeGreaterThan(0);
    const aboutHost = (c: (typeof changes)[number]): boolean =>
      c.target === 'dossier-card-host' || (c.target === 'html' && c.nodes.every((n) => n === 'dossier-card-host'));
    expect(changes.filter((c) => !aboutHost(c))).toEqual([]);
    expect(changes.some((c) => c.inArticle)).toBe(false);
    expect(bodyUnchanged).toBe(true);
    await page.close();
  });

  it('shows a figure’s check against the knowledge base and a date’s day and timeline event', async () => {
    const page = await openSeed(session.driver, session.server);
    const france = entity('France');
    const troops = kbDetails().facts.find((f) => f.subject === france.id && f.value === 200 && f.unit === 'troops');
    expect(troops?.qualifier).toBe('about');

    // The knowledge base holds about 200 (AFP) and 160 (Reuters) for France's troops in Iraq: sources vary, and the
    // card says what it checked against and what the other source reports.
    expect(await hoverMention(page, '200 soldiers')).toBe(true);
    expect(await page.evaluate(displays, uiString('qualifier_about', '200'))).toBe(true);
    expect(await page.evaluate(displays, uiString('verdict_varies'))).toBe(true);
    expect(await page.evaluate(displays, uiString('hoverCardVerdictVariesText'))).toBe(true);
    // Section headings are drawn in capitals: Chromium finds the text as drawn, Firefox as written.
    const heading = uiString('hoverCardSameMeasure');
    expect((await page.evaluate(displays, heading)) || (await page.evaluate(displays, heading.toUpperCase()))).toBe(
      true,
    );
    await shot(page, 'card-figure');
    await closeCard(page);

    expect(await hoverMention(page, '160')).toBe(true);
    expect(await page.evaluate(displays, uiString('verdict_agrees'))).toBe(true);
    await shot(page, 'card-figure-agrees');
    await closeCard(page);

    const strikes = kbDetails().timeline.filter((e) => e.date === '2020-01-03');
    expect(await hoverMention(page, 'last Friday')).toBe(true);
    expect(await page.evaluate(displays, '3 January 2020')).toBe(true);
    const titles = await Promise.all(strikes.map((e) => page.evaluate(displays, e.title)));
    expect(titles).toContain(true);
    await shot(page, 'card-date');
    await page.close();
  });

  it('works from the keyboard alone, and Esc returns focus where it was', async () => {
    const page = await openSeed(session.driver, session.server);
    await page.evaluate(() => (document.querySelector('.share-bar button') as HTMLElement).focus());
    const selected = () => getSelection()?.toString() ?? '';

    await page.press('Alt+Shift+Period');
    expect(await page.evaluate(selected)).toBe('France');
    await page.press('Alt+Shift+Period');
    expect(await page.evaluate(selected)).toBe('Iraq');
    await page.press('Alt+Shift+Comma');
    expect(await page.evaluate(selected)).toBe('France');
    // Each move is told to screen readers through a live region: name, kind, place (Chromium's tree shows it).
    const total = String(await page.evaluate(countHighlights));
    expect(await heardLast(page)).toBeOneOf([
      null,
      uiString('announceMention', 'France', uiString('type_state'), '1', total),
    ]);
    await page.press('Alt+Shift+Period');
    expect(await heardLast(page)).toBeOneOf([
      null,
      uiString('announceMention', 'Iraq', uiString('type_state'), '2', total),
    ]);
    await page.press('Alt+Shift+Comma');

    await page.press('Alt+Shift+KeyD');
    await page.waitFor(cardOpen, undefined, 3_000);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('dossier-card-host');
    expect(await page.evaluate(displays, entity('France').role)).toBe(true);
    await shot(page, 'card-keyboard');

    await page.press('Escape');
    expect(await page.evaluate(cardOpen)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    await page.close();
  });

  it('opens the fact panel from the card', async () => {
    const page = await openSeed(session.driver, session.server);
    expect(await hoverMention(page, 'Florence Parly')).toBe(true);
    const host = (await page.evaluate(cardHost))!;
    // The button sits at the card's bottom right (its own layout: 14 px padding, about 28 px high).
    await page.clickAt(host.right - 60, host.bottom - 24);
    const panel = await waitForPanel(session.driver);
    expect(panel).toMatch(/src\/popup\/index\.html/);
    await page.close();
  });

  it('places the card from the mention’s right edge on a right-to-left page', async () => {
    const page = await openSeed(session.driver, session.server);
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const box = (await mentionBox(page, '14 soldiers'))!;
    expect(await hoverMention(page, '14 soldiers')).toBe(true);
    const host = (await page.evaluate(cardHost))!;
    expect(disjoint(host, box)).toBe(true);
    expect(['below', 'above']).toContain(host.side);
    expect(Math.abs(host.right - box.right)).toBeLessThan(2);
    await shot(page, 'card-rtl');
    await page.close();
  });

  it('cannot be restyled by the page’s CSS', async () => {
    const page = await openSeed(session.driver, session.server);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent =
        '* { color: red !important; display: block !important; font: 30px monospace !important; }' +
        ' dossier-card-host { display: none !important; position: static !important; }';
      document.head.append(style);
    });
    expect(await hoverMention(page, 'Florence Parly')).toBe(true);
    const host = (await page.evaluate(cardHost))!;
    expect(host).toMatchObject({ display: 'block', visibility: 'visible', position: 'fixed' });
    expect(host.right - host.left).toBeGreaterThan(300);
    expect(host.right - host.left).toBeLessThan(400);
    expect(await page.evaluate(displays, entity('Florence Parly').role)).toBe(true);
    await shot(page, 'card-hostile-css');
    await page.close();
  });
});

describe.each(BROWSERS)('hover cards in %s, dark mode', (name) => {
  const session = useBrowser(name, { colorScheme: 'dark' });

  it('follows the reader’s dark scheme', async () => {
    const page = await openSeed(session.driver, session.server);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await hoverMention(page, 'Florence Parly')).toBe(true);
    await shot(page, 'card-person-dark');
    await closeCard(page);
    expect(await hoverMention(page, '14 soldiers')).toBe(true);
    expect(await page.evaluate(displays, uiString('hoverCardVerdictAgreesText'))).toBe(true);
    await shot(page, 'card-figure-dark');
    await page.close();
  });
});
