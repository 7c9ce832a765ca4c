/**
 * Benchmark of Dossier in a real browser (run: `npm run bench:browser`, after `npm run build`). Prints figures, asserts
 * nothing. Debian's Chromium, headless, with the built extension and, for comparison, without any extension, on
 * pages served under a news address by the e2e fixture server. Two views:
 *
 * 1. At load, the seed article (median of several loads): time from `DOMContentLoaded` to `dossier:ready`, the
 *    main-thread time the page costs with and without Dossier (DevTools `Performance.getMetrics`: TaskDuration,
 *    ScriptDuration), and the heap Dossier adds (`Runtime.getHeapUsage` of the tab after a forced collection, with
 *    minus without: the content script's isolated world lives in the page's heap); the long tasks of the tab's main
 *    thread from a DevTools trace, those that ran Dossier's code and the others, with and without Dossier.
 * 2. Turned on on a loaded page: the seed and each huge page of the hardening tests (1 MB of text, 100,000 text
 *    nodes, 5,000 levels of nesting, one paragraph of 50,000 words) load with Dossier switched off and settle; then
 *    Dossier is switched on (as the reader does from the panel) and reads the page. Everything the tab's main thread
 *    does from then until Dossier is done and the page has settled again is Dossier's doing, scripts and the
 *    browser's own style, layout and paint work alike: its total, its long tasks (over 50 ms), Dossier's slices (its
 *    User Timing measures), and the heap the reading keeps (after minus before, each after a forced collection).
 *
 * Then the content script's size, gzipped, against its budget.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { scriptSizes } from '../scripts/bundle-size';
import { chromiumArgs, extensionDir } from '../tests/e2e/harness/browsers';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/fixture-server';
import { deepNesting, hugeText, manyTextNodes, oneParagraph, plainSeed } from '../tests/fixtures/hostile/pages';
import { defaultSettings, SETTINGS_KEY } from '../src/shared/settings';

const SEED_RUNS = 5;
const SETTLE_MS = 1_500;

interface LongTask {
  duration: number;
  /** Whether a script of the extension ran inside the task. */
  dossier: boolean;
}

interface Sample {
  /** DOMContentLoaded → dossier:ready, ms (null without Dossier). */
  readyAfterDcl: number | null;
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  longTasks: LongTask[];
  /** Dossier's measures (detect, match slices, highlight slices). */
  measures: { name: string; start: number; duration: number }[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'].join(',');

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The long tasks of the tab's renderer main thread (`CrRendererMain` of the process that ran the page's scripts), each
 * marked as Dossier's when a script of the extension ran inside it or one of Dossier's User Timing measures (detect,
 * match, highlight) began inside it.
 */
function longTasksOf(events: TraceEvent[], extensionBase: string | null): LongTask[] {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const scripts = events.filter((e) => main(e) && e.ph === 'X' && (e.args?.data?.url || e.args?.data?.scriptName));
  const pageProcess = new Set(scripts.filter((e) => (e.args?.data?.url ?? '').startsWith('http')).map((e) => e.pid));
  const measures = events.filter((e) => e.name.startsWith('dossier:') && (e.ph === 'b' || e.ph === 'X' || e.ph === 'R' || e.ph === 'I'));
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main(e) && pageProcess.has(e.pid) && (e.dur ?? 0) > 50_000)
    .map((task) => {
      const end = task.ts + task.dur!;
      const inside = (e: TraceEvent) => e.pid === task.pid && e.ts >= task.ts && e.ts < end;
      const dossier =
        extensionBase !== null &&
        (measures.some(inside) ||
          scripts.some((e) => inside(e) && e.tid === task.tid && (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(extensionBase)));
      return { duration: task.dur! / 1000, dossier };
    });
}


async function open(server: FixtureServer, withDossier: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server, withDossier ? extensionDir('chromium') : null),
  });
  if (withDossier && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

/** Loads `url` in a fresh tab, waits for Dossier (when it runs) and for the page to settle, and measures. */
async function sample(context: BrowserContext, url: string, extensionBase: string | null): Promise<Sample> {
  const withDossier = extensionBase !== null;
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  await startTrace(browserCdp);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (withDossier) {
    await page.waitForFunction(() => performance.getEntriesByName('dossier:ready').length > 0, undefined, { timeout: 120_000, polling: 200 });
  }
  await page.waitForTimeout(SETTLE_MS);
  const longTasks = longTasksOf(await endTrace(browserCdp), extensionBase);
  await browserCdp.detach();
  const taskMs = (await metric(cdp, 'TaskDuration')) * 1000;
  const scriptMs = (await metric(cdp, 'ScriptDuration')) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const seen = await page.evaluate(() => {
    const ready = performance.getEntriesByName('dossier:ready')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      readyAfterDcl: ready !== undefined && nav ? ready - nav.domContentLoadedEventStart : null,
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('dossier:'))
        .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
    };
  });
  await cdp.detach();
  await page.close();
  return { ...seen, longTasks, taskMs, scriptMs, heapBytes: usedSize };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function longTaskSummary(tasks: LongTask[]): string {
  if (tasks.length === 0) return 'none';
  return `${tasks.length} (longest ${ms(Math.max(...tasks.map((t) => t.duration)))}, total ${ms(tasks.reduce((n, t) => n + t.duration, 0))})`;
}

function slices(s: Pick<Sample, 'measures'>): string {
  const of = (name: string) => s.measures.filter((m) => m.name === name).map((m) => m.duration);
  const part = (name: string, label: string) => {
    const d = of(name);
    return `${d.length} ${label} (longest ${ms(Math.max(0, ...d))}, total ${ms(d.reduce((n, x) => n + x, 0))})`;
  };
  return `${part('dossier:detect', 'detect slices')}, ${part('dossier:match', 'match slices')}, ${part('dossier:highlight', 'highlight batches')}`;
}

/** Main-thread work of the tab's renderer between two moments of a trace, by kind. */
interface Window {
  totalMs: number;
  /** Style, layout, paint and compositing work. */
  renderingMs: number;
  gcMs: number;
  longTasks: { duration: number; rendering: number }[];
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const GC = new Set(['MinorGC', 'MajorGC']);

/** The work of the renderer main thread that ran Dossier's measures (the tab's), from the trace. */
function mainThreadWork(events: TraceEvent[]): Window {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const tab = new Set(events.filter((e) => e.name.startsWith('dossier:')).map((e) => e.pid));
  const main = events.filter((e) => e.ph === 'X' && tab.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const tasks = main.filter((e) => e.name === 'RunTask');
  const sum = (names: Set<string>, within?: TraceEvent) =>
    main
      .filter((e) => names.has(e.name) && (!within || (e.ts >= within.ts && e.ts < within.ts + within.dur!)))
      .reduce((n, e) => n + e.dur! / 1000, 0);
  return {
    totalMs: tasks.reduce((n, t) => n + t.dur! / 1000, 0),
    renderingMs: sum(RENDERING),
    gcMs: sum(GC),
    longTasks: tasks.filter((t) => t.dur! > 50_000).map((t) => ({ duration: t.dur! / 1000, rendering: sum(RENDERING, t) })),
  };
}

interface Switched {
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
      await (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({
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
async function switchedOn(context: BrowserContext, url: string): Promise<Switched> {
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
  await page.waitForFunction(() => performance.getEntriesByName('dossier:ready').length > 0, undefined, { timeout: 120_000, polling: 200 });
  const ready = await page.evaluate(() => performance.getEntriesByName('dossier:ready')[0]!.startTime);
  await page.waitForTimeout(SETTLE_MS);
  const window = mainThreadWork(await endTrace(browserCdp));
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
  return { window, readyMs: ready - on, heapBytes: after - before, measures };
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const pages = [
    { name: 'seed article', slug: 'seed', html: plainSeed() },
    { name: '1 MB of text', slug: 'one-megabyte', html: hugeText().html },
    { name: '100,000 text nodes', slug: 'text-nodes', html: manyTextNodes().html },
    { name: '5,000 levels deep', slug: 'deep', html: deepNesting() },
    { name: '50,000-word paragraph', slug: 'one-paragraph', html: oneParagraph().html },
  ].map((p) => {
    const url = `http://www.newarab.com/news/bench-${p.slug}-an-article-for-dossier`;
    server.route(url, { body: p.html });
    return { ...p, url };
  });
  const seed = pages[0]!;

  // 1. The seed article at load, with and without Dossier.
  const atLoad = { with: [] as Sample[], without: [] as Sample[] };
  for (const withDossier of [false, true]) {
    const context = await open(server, withDossier);
    const extensionBase = withDossier ? /^chrome-extension:\/\/[^/]+\//.exec(context.serviceWorkers()[0]!.url())![0] : null;
    for (let i = 0; i < SEED_RUNS; i++) {
      process.stderr.write(`${withDossier ? 'with' : 'without'} Dossier: seed article at load, ${i + 1} of ${SEED_RUNS}\n`);
      (withDossier ? atLoad.with : atLoad.without).push(await sample(context, seed.url, extensionBase));
    }
    await context.close();
  }

  // 2. Every page, Dossier switched on once the page has settled.
  const switched = new Map<string, Switched>();
  const context = await open(server, true);
  for (const p of pages) {
    process.stderr.write(`switched on: ${p.name}\n`);
    switched.set(p.slug, await switchedOn(context, p.url));
  }
  await context.close();
  await server.close();

  console.log(`Dossier in ${chromium.name()} (headless)\n`);
  const withD = atLoad.with;
  const without = atLoad.without;
  const task = median(withD.map((s) => s.taskMs)) - median(without.map((s) => s.taskMs));
  const script = median(withD.map((s) => s.scriptMs)) - median(without.map((s) => s.scriptMs));
  console.log(`The seed article at load (median of ${SEED_RUNS} loads, the first with a cold browser):`);
  console.log(`  DOMContentLoaded → dossier:ready: ${ms(median(withD.map((s) => s.readyAfterDcl ?? NaN)))}`);
  console.log(
    `  main thread: ${ms(median(withD.map((s) => s.taskMs)))} with Dossier, ${ms(median(without.map((s) => s.taskMs)))} without ` +
      `→ ${ms(task)} added (of which page-world script ${ms(script)}; Dossier's own script runs in its isolated world)`,
  );
  console.log(
    `  heap: ${mb(median(withD.map((s) => s.heapBytes)))} with, ${mb(median(without.map((s) => s.heapBytes)))} without → ` +
      `${mb(median(withD.map((s) => s.heapBytes)) - median(without.map((s) => s.heapBytes)))} added`,
  );
  console.log(`  Dossier's work: ${slices(withD[0]!)}`);
  console.log(`  long tasks running Dossier's code (over ${SEED_RUNS} loads): ${longTaskSummary(withD.flatMap((s) => s.longTasks.filter((t) => t.dossier)))}`);
  console.log(
    `  other long tasks (over ${SEED_RUNS} loads): ${longTaskSummary(withD.flatMap((s) => s.longTasks.filter((t) => !t.dossier)))} with Dossier, ` +
      `${longTaskSummary(without.flatMap((s) => s.longTasks))} without`,
  );

  console.log(`\nSwitched on on a loaded page (all the tab's main-thread work from then on is Dossier's doing):`);
  for (const p of pages) {
    const r = switched.get(p.slug)!;
    const w = r.window;
    const long =
      w.longTasks.length === 0
        ? 'none'
        : `${w.longTasks.length} (longest ${ms(Math.max(...w.longTasks.map((t) => t.duration)))}, ` +
          `of which style/layout/paint ${ms(w.longTasks.reduce((n, t) => n + t.rendering, 0))} of ${ms(w.longTasks.reduce((n, t) => n + t.duration, 0))})`;
    console.log(`${p.name}:`);
    console.log(`  ready ${ms(r.readyMs)} after switching on; heap kept ${mb(r.heapBytes)}`);
    console.log(`  main thread: ${ms(w.totalMs)} (style/layout/paint ${ms(w.renderingMs)}, garbage collection ${ms(w.gcMs)})`);
    console.log(`  long tasks: ${long}`);
    console.log(`  Dossier's work: ${slices(r)}`);
  }
  console.log('');
  for (const size of scriptSizes(extensionDir('chromium'))) {
    console.log(`${size.role}: ${(size.gzip / 1024).toFixed(1)} KB gzip (budget ${size.budget / 1024} KB)`);
  }
}

await main();
