/** View 1: the pages at load, with and without Dossier. */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server';
import { LOADS, SETTLE_MS } from './config';
import { open } from './launch';
import { endTrace, startTrace, tabTasks, type LongTask } from './trace';

export interface Sample {
  /** DOMContentLoaded → dossier:ready, ms (null without Dossier, or on a page it does not read). */
  readyAfterDcl: number | null;
  /** Whether the reader reached the page (its `dossier:reader` mark). */
  readerArrived: boolean;
  taskMs: number;
  scriptMs: number;
  /** Style recalculation (the content scripts' style sheet, injected into every page they run on, adds to it). */
  styleMs: number;
  /** CPU time of the tab's main-thread tasks in which Dossier ran (see `tabTasks`). */
  dossierMs: number;
  heapBytes: number;
  longTasks: LongTask[];
  /** Dossier's measures (detect, match slices, highlight slices). */
  measures: { name: string; start: number; duration: number }[];
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

/**
 * Loads `url` in a fresh tab, waits for Dossier (when it runs: until `dossier:ready` on an article, else until it has
 * measured something, its triage or a detection slice) and for the page to settle, and measures.
 */
async function sample(
  context: BrowserContext,
  url: string,
  extensionBase: string | null,
  article: boolean,
): Promise<Sample> {
  const withDossier = extensionBase !== null;
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Durations in the main thread's own CPU time: on a busy machine, wall time also counts the waits for a core.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  await startTrace(browserCdp);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (withDossier && article) {
    await page.waitForFunction(() => performance.getEntriesByName('dossier:ready').length > 0, undefined, {
      timeout: 120_000,
      polling: 200,
    });
  } else if (withDossier) {
    await page.waitForFunction(
      () => performance.getEntriesByType('measure').some((e) => e.name.startsWith('dossier:')),
      undefined,
      { timeout: 120_000, polling: 200 },
    );
  }
  await page.waitForTimeout(SETTLE_MS);
  const { longTasks, dossierMs } = tabTasks(await endTrace(browserCdp), extensionBase);
  await browserCdp.detach();
  const taskMs = (await metric(cdp, 'TaskDuration')) * 1000;
  const scriptMs = (await metric(cdp, 'ScriptDuration')) * 1000;
  const styleMs = (await metric(cdp, 'RecalcStyleDuration')) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const seen = await page.evaluate(() => {
    const ready = performance.getEntriesByName('dossier:ready')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      readyAfterDcl: ready !== undefined && nav ? ready - nav.domContentLoadedEventStart : null,
      readerArrived: performance.getEntriesByName('dossier:reader').length > 0,
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('dossier:'))
        .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
    };
  });
  await cdp.detach();
  await page.close();
  return { ...seen, longTasks, dossierMs, taskMs, scriptMs, styleMs, heapBytes: usedSize };
}

/** A page measured at load; `article` when Dossier reads it (it waits for `dossier:ready`). */
export interface AtLoadPage {
  name: string;
  url: string;
  article: boolean;
}

/** Samples of one page at load, with and without Dossier. */
export interface AtLoadSamples {
  with: Sample[];
  without: Sample[];
}

/**
 * 1. At load, with and without Dossier: each page in a pair of browsers of its own (so its first load is a cold one),
 * loads taken in turn with and without, so that both see the machine as busy as the other.
 */
export async function atLoadBench(
  server: FixtureServer,
  atLoadPages: readonly AtLoadPage[],
): Promise<Map<string, AtLoadSamples>> {
  const atLoad = new Map<string, AtLoadSamples>();
  for (const p of atLoadPages) {
    const samples = { with: [] as Sample[], without: [] as Sample[] };
    const contexts = { without: await open(server, false), with: await open(server, true) };
    const extensionBase = /^chrome-extension:\/\/[^/]+\//.exec(contexts.with.serviceWorkers()[0]!.url())![0];
    for (let i = 0; i < LOADS; i++) {
      for (const withDossier of i % 2 === 0 ? [false, true] : [true, false]) {
        process.stderr.write(`${withDossier ? 'with' : 'without'} Dossier: ${p.name} at load, ${i + 1} of ${LOADS}\n`);
        const taken = await sample(
          withDossier ? contexts.with : contexts.without,
          p.url,
          withDossier ? extensionBase : null,
          p.article,
        );
        (withDossier ? samples.with : samples.without).push(taken);
      }
    }
    await contexts.with.close();
    await contexts.without.close();
    atLoad.set(p.name, samples);
  }
  return atLoad;
}
