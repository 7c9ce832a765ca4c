/** View 3: the fact panel's first paint. */
import type { BrowserContext } from 'playwright-core';
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server';
import { LOADS, PANEL_OPENS, SETTLE_MS } from './config';
import { open } from './launch';
import { cpu, endTrace, startTrace, type TraceEvent } from './trace';

/** A panel open: ms from the navigation's start (null: not seen). */
export interface PanelSample {
  fcp: number | null;
  /** The paint of the first view's content (Element Timing: the later of its status line and its first row). */
  content: number | null;
  /** When the first view's content was put into the DOM. */
  rendered: number | null;
  /** The CPU time of the panel's main thread until the first view's paint (from a DevTools trace). */
  cpu: number | null;
}

interface PanelProbe {
  fcp?: number;
  /** Paint times of the elements marked, as their Element Timing entries come. */
  painted: number[];
  /** How many elements were marked. */
  marked: number;
  rendered?: number;
}

/**
 * Run in the panel's page before its scripts: records its first contentful paint, and the first view's content — once
 * the panel is no longer busy, its status line and the "On this page" tab's first row (or its "nothing here" line) —
 * as it is rendered and as it is painted (an `elementtiming` attribute set on each before the frame that paints it).
 */
function panelProbe(): void {
  if (!location.pathname.endsWith('/popup/index.html')) return;
  const seen: PanelProbe = { painted: [], marked: 0 };
  (globalThis as unknown as { dossierBench: PanelProbe }).dossierBench = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      identifier: string;
      renderTime: number;
      loadTime: number;
    })[]) {
      if (e.identifier === 'dossier-bench-content') seen.painted.push(e.renderTime || e.loadTime);
    }
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const status = document.querySelector('main.panel[aria-busy="false"] .status');
    if (!status) return;
    observer.disconnect();
    seen.rendered = performance.now();
    // A "nothing here" line may have been painted while the panel was busy: the status line is new.
    const row = document.querySelector('#panel-page .rows > li .row-title');
    for (const element of row ? [status, row] : [status])
      element.setAttribute('elementtiming', 'dossier-bench-content');
    seen.marked = row ? 2 : 1;
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
}

/** Opens the panel's page for a tab in a new tab and measures its first paints. */
async function panelSample(context: BrowserContext, extensionBase: string, tabId: number): Promise<PanelSample> {
  const page = await context.newPage();
  const url = `${extensionBase}src/popup/index.html?tab=${tabId}`;
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  await startTrace(browserCdp);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // (Functions evaluated in the page: each names the probe itself.)
  await page
    .waitForFunction(
      () => (globalThis as unknown as { dossierBench?: PanelProbe }).dossierBench?.rendered !== undefined,
      undefined,
      {
        timeout: 60_000,
        polling: 50,
      },
    )
    .catch(() => undefined);
  // The Element Timing entry comes with the paint after it; text that never paints (hidden) has none.
  await page
    .waitForFunction(
      () => {
        const seen = (globalThis as unknown as { dossierBench?: PanelProbe }).dossierBench;
        return seen !== undefined && seen.marked > 0 && seen.painted.length >= seen.marked;
      },
      undefined,
      { timeout: 2_000, polling: 50 },
    )
    .catch(() => undefined);
  const seen = await page.evaluate(() => (globalThis as unknown as { dossierBench?: PanelProbe }).dossierBench);
  const events = await endTrace(browserCdp);
  await browserCdp.detach();
  await page.close();
  const painted = seen && seen.marked > 0 && seen.painted.length >= seen.marked ? Math.max(...seen.painted) : null;
  return {
    fcp: seen?.fcp ?? null,
    content: painted,
    rendered: seen?.rendered ?? null,
    cpu: painted === null ? null : panelCpu(events, url, painted),
  };
}

/**
 * The CPU time of the panel's main thread from its navigation's start until `until` ms later (the first view's paint):
 * its tasks that began in that time, in thread time, which a busy machine's waits for a core do not inflate.
 */
function panelCpu(events: TraceEvent[], url: string, until: number): number | null {
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!start) return null;
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const end = start.ts + until * 1000;
  return events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === start.pid &&
        threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' &&
        e.ts >= start.ts &&
        e.ts < end,
    )
    .reduce((n, e) => n + cpu(e) / 1000, 0);
}

/**
 * The panel's first paint for one kind of tab: in each of five fresh browsers, the tab is opened, then the panel
 * three times in turn (the first cold, the third warm).
 */
async function panelFirstPaint(server: FixtureServer, tabUrl: string, article: boolean): Promise<PanelSample[][]> {
  const runs: PanelSample[][] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await open(server, true);
    await context.addInitScript(panelProbe);
    const worker = context.serviceWorkers()[0]!;
    const extensionBase = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0];
    const tab = await context.newPage();
    await tab.goto(tabUrl, { waitUntil: 'load', timeout: 120_000 });
    if (article) {
      await tab.waitForFunction(() => performance.getEntriesByName('dossier:ready').length > 0, undefined, {
        timeout: 120_000,
        polling: 200,
      });
    }
    await tab.waitForTimeout(SETTLE_MS);
    // The tab by its address where the extension may see it, else the active tab (the one just opened).
    const tabId = await worker.evaluate(async (url: string) => {
      const { tabs } = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      const all = await tabs.query({});
      return (
        all.find((t) => t.url === url)?.id ??
        (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ??
        null
      );
    }, tabUrl);
    if (tabId === null) throw new Error(`The extension sees no tab at ${tabUrl}`);
    const opens: PanelSample[] = [];
    for (let n = 0; n < PANEL_OPENS; n++) {
      process.stderr.write(
        `panel for ${article ? 'the article' : 'a page without Dossier'}: browser ${i + 1} of ${LOADS}, open ${n + 1} of ${PANEL_OPENS}\n`,
      );
      opens.push(await panelSample(context, extensionBase, tabId));
    }
    runs.push(opens);
    await context.close();
  }
  return runs;
}

/** The panel's first paints for the seed article's tab and for a tab where Dossier does not run. */
export interface PanelRuns {
  withState: PanelSample[][];
  without: PanelSample[][];
}

/** 3. The fact panel's first paint, for the seed article's tab and for a tab where Dossier does not run. */
export async function panelBench(server: FixtureServer, articleUrl: string): Promise<PanelRuns> {
  const plainUrl = 'http://www.example.org/bench-a-page-without-dossier';
  server.route(plainUrl, { body: '<!doctype html><title>A page</title><p>Nothing for Dossier here.</p>' });
  const withState = await panelFirstPaint(server, articleUrl, true);
  const without = await panelFirstPaint(server, plainUrl, false);
  return { withState, without };
}
