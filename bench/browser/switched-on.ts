/** View 2: Dossier switched on on a loaded page, as the reader does from the panel. */
import type { BrowserContext, CDPSession } from 'playwright-core';
import { defaultSettings, SETTINGS_KEY } from '../../src/shared/settings';
import type { Sample } from './at-load';
import { SETTLE_MS } from './config';
import { endTrace, mainThreadWork, measuresInCpu, startTrace, type Window } from './trace';

export interface Switched {
  /** Dossier's measures in CPU time, by name (see `measuresInCpu`). */
  cpuMeasures: Map<string, number>;
  window: Window;
  readyMs: number;
  heapBytes: number;
  measures: Sample['measures'];
}

/** Stores the settings with Dossier switched on or off everywhere, as the panel's switch does. */
async function switchDossier(context: BrowserContext, on: boolean): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(
    async ([key, settings]) => {
      await (
        globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        [key]: settings,
      });
    },
    [SETTINGS_KEY, { ...defaultSettings(), enabled: on }] as const,
  );
}

async function heapAfterCollection(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Loads `url` with Dossier switched off, lets it settle, switches Dossier on and measures until it is done. */
export async function switchedOn(context: BrowserContext, url: string): Promise<Switched> {
  await switchDossier(context, false);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS * 2);
  const before = await heapAfterCollection(cdp);
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  await startTrace(browserCdp);
  await page.waitForTimeout(200);
  const on = await page.evaluate(() => performance.now());
  await switchDossier(context, true);
  await page.waitForFunction(() => performance.getEntriesByName('dossier:ready').length > 0, undefined, {
    timeout: 120_000,
    polling: 200,
  });
  const ready = await page.evaluate(() => performance.getEntriesByName('dossier:ready')[0]!.startTime);
  await page.waitForTimeout(SETTLE_MS);
  const events = await endTrace(browserCdp);
  const window = mainThreadWork(events);
  const cpuMeasures = measuresInCpu(events);
  await browserCdp.detach();
  const after = await heapAfterCollection(cdp);
  const measures = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('dossier:'))
      .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
  );
  await cdp.detach();
  await page.close();
  return { window, cpuMeasures, readyMs: ready - on, heapBytes: after - before, measures };
}

/** 2. Every page, Dossier switched on once the page has settled. */
export async function switchedOnBench(
  context: BrowserContext,
  pages: readonly { name: string; slug: string; url: string }[],
): Promise<Map<string, Switched>> {
  const switched = new Map<string, Switched>();
  for (const p of pages) {
    process.stderr.write(`switched on: ${p.name}\n`);
    switched.set(p.slug, await switchedOn(context, p.url));
  }
  return switched;
}
