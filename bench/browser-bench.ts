/**
 * Benchmark of Dossier in a real browser (run: `npm run bench:browser`, after `npm run build`). Prints figures, asserts
 * nothing. Debian's Chromium, headless, with the built extension and, for comparison, without any extension, on
 * pages served under a news address by the e2e fixture server. Main-thread times are the main thread's CPU time
 * (DevTools thread ticks), since on a busy machine wall time also counts the waits for a core. Two views:
 *
 * 1. At load, median of five loads (the first in a cold browser), with and without Dossier taken in turn: the seed
 *    article, and a news front page (CNN International's, `tests/e2e/harness/front-page.ts`) at a curated site's root
 *    and as a section front (`/world`), which the first script turns away without loading the reader. For each: the
 *    main-thread time the page costs with and without Dossier (DevTools `Performance.getMetrics`: TaskDuration,
 *    ScriptDuration, RecalcStyleDuration) and its spread; the CPU time of the tab's main-thread tasks that ran Dossier's code (from a
 *    DevTools trace: the direct figure, where the difference of two loads carries the page's own load-to-load spread);
 *    the heap Dossier adds (`Runtime.getHeapUsage` of the tab after a forced collection, with minus without: the
 *    extension's isolated world lives in the page's heap); Dossier's own measures (triage, detection, matching,
 *    drawing) and in how many loads the reader reached the page; the long tasks of the tab's main thread, those that
 *    ran Dossier's code and the others, with and without Dossier; for the article, `DOMContentLoaded` → `dossier:ready`.
 * 2. Turned on on a loaded page: the seed and each huge page of the hardening tests (1 MB of text, 100,000 text
 *    nodes, 5,000 levels of nesting, one paragraph of 50,000 words) load with Dossier switched off and settle; then
 *    Dossier is switched on (as the reader does from the panel) and reads the page. Everything the tab's main thread
 *    does from then until Dossier is done and the page has settled again is Dossier's doing, scripts and the
 *    browser's own style, layout and paint work alike: its total (CPU time, where the trace has it), its long tasks
 *    (over 50 ms of wall time), Dossier's slices (its User Timing measures), and the heap the reading keeps (after
 *    minus before, each after a forced collection).
 *
 * 3. The fact panel's first paint: the panel's page (`src/popup/index.html?tab=<id>`, as the e2e tests and "pop out"
 *    open it) in a tab, for the seed article's tab (a page state with actors and figures) and for a tab where Dossier
 *    does not run (no page state), from the navigation's start to its first contentful paint (the paint timing entry)
 *    and to the paint of its first view's content: the "On this page" tab once the panel is no longer busy — its first
 *    row, or its "nothing here" line (an `elementtiming` attribute the bench sets on that element as it appears, read
 *    back from the Element Timing entry). Each of five fresh browsers opens the panel three times in turn for each
 *    tab: the first open is cold (no code cache), the third warm; medians of five.
 * 4. The 300 KB article (the seed's paragraphs repeated to 300,000 characters), switched on as in 2, against a baseline
 *    measured in the same run on the same page in a browser without Dossier: one combined regular expression over the
 *    knowledge base's names (every pattern's authored form, longest first, case-insensitive, not inside a word) run
 *    over the article's text nodes, each match made a `Range`, all of them one `Highlight` (the CSS Custom Highlight
 *    API), timed in the page with `performance.now()` as Dossier's own measures are; and a bare walk over the
 *    article's text nodes (the floor of any reading). Median of three each.
 *
 * Then the first script's and the reader's sizes, gzipped, against their budgets.
 *
 * `DOSSIER_BENCH_EXTENSION=<dir>` measures another build of the extension (an earlier version's `dist/chrome`, to
 * compare before and after a change in the same conditions); `--at-load` measures the first view only (1);
 * `--panel` the panel's first paint only (3); `--300kb` the 300 KB article only (4).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { compileKb } from '../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../src/kb/build/load';
import { scriptSizes } from '../scripts/bundle-size';
import { chromiumArgs, extensionDir } from '../tests/e2e/harness/browsers';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/fixture-server';
import { newsFrontPage } from '../tests/e2e/harness/front-page';
import { deepNesting, hugeText, manyTextNodes, oneParagraph, plainSeed } from '../tests/fixtures/hostile/pages';
import { defaultSettings, SETTINGS_KEY } from '../src/shared/settings';

const LOADS = 5;
const SETTLE_MS = 1_500;

/** Only the first view (at load). */
const AT_LOAD_ONLY = process.argv.includes('--at-load');
/** Only the fact panel's first paint. */
const PANEL_ONLY = process.argv.includes('--panel');
/** Only the fourth view (the 300 KB article against the combined-regex baseline). */
const ONLY_300KB = process.argv.includes('--300kb');
/** Runs of the 300 KB article, with Dossier and for the baseline. */
const RUNS_300KB = 3;
/** The extension measured: the build in `dist/chrome`, or another one. */
const EXTENSION_DIR = process.env['DOSSIER_BENCH_EXTENSION'] ?? extensionDir('chromium');

interface LongTask {
  duration: number;
  /** Whether a script of the extension ran inside the task. */
  dossier: boolean;
}

interface Sample {
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

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  /** Async events (User Timing measures): their id. */
  id?: string;
  id2?: { local?: string };
  args?: {
    name?: string;
    data?: { url?: string; scriptName?: string; documentLoaderURL?: string };
    beginData?: { url?: string };
  };
}

/** An event's CPU time in the thread, where the trace has it, else its wall time (µs). */
const cpu = (e: TraceEvent): number => e.tdur ?? e.dur!;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  'blink.user_timing',
].join(',');

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
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

interface TabTasks {
  longTasks: LongTask[];
  /** CPU time of the tab's main-thread tasks in which Dossier ran (its scripts, or one of its User Timing entries). */
  dossierMs: number;
}

/**
 * The tasks of the tab's renderer main thread (`CrRendererMain` of the process that parsed the page), each marked as
 * Dossier's when a script of the extension ran inside it or one of Dossier's User Timing entries (triage, detect,
 * match, highlight, reader) began inside it: its long tasks, and the CPU time of Dossier's own tasks. The latter counts
 * a task Dossier shares with the page in full, and misses what Dossier's work costs the browser later (style, layout,
 * garbage collection); it is the direct figure, where the difference of two loads is the whole one.
 */
function tabTasks(events: TraceEvent[], extensionBase: string | null): TabTasks {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const urlOf = (e: TraceEvent): string =>
    e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.beginData?.url ?? '';
  const pageProcess = new Set(
    events
      .filter((e) => main(e) && (e.name === 'ParseHTML' || e.ph === 'X') && urlOf(e).startsWith('http'))
      .map((e) => e.pid),
  );
  const dossierEvents =
    extensionBase === null
      ? []
      : events.filter(
          (e) =>
            pageProcess.has(e.pid) &&
            ((main(e) && e.ph === 'X' && urlOf(e).startsWith(extensionBase)) ||
              (e.name.startsWith('dossier:') && (e.ph === 'b' || e.ph === 'X' || e.ph === 'R' || e.ph === 'I'))),
        );
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main(e) && pageProcess.has(e.pid))
    .map((task) => {
      const end = task.ts + task.dur!;
      const dossier = dossierEvents.some((e) => e.pid === task.pid && e.ts >= task.ts && e.ts < end);
      return { task, dossier };
    });
  return {
    longTasks: tasks
      .filter(({ task }) => task.dur! > 50_000)
      .map(({ task, dossier }) => ({ duration: task.dur! / 1000, dossier })),
    dossierMs: tasks.filter((t) => t.dossier).reduce((n, { task }) => n + cpu(task) / 1000, 0),
  };
}

async function open(server: FixtureServer, withDossier: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(server, withDossier ? EXTENSION_DIR : null),
  });
  if (withDossier && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
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
  const parts = [
    part('dossier:triage', 'triage'),
    part('dossier:detect', 'detect slices'),
    part('dossier:match', 'match slices'),
    part('dossier:highlight', 'highlight batches'),
  ];
  return parts.filter((p) => !p.startsWith('0 ')).join(', ') || 'none measured';
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
  const main = events.filter(
    (e) => e.ph === 'X' && tab.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
  );
  const tasks = main.filter((e) => e.name === 'RunTask');
  const sum = (names: Set<string>, within?: TraceEvent) =>
    main
      .filter((e) => names.has(e.name) && (!within || (e.ts >= within.ts && e.ts < within.ts + within.dur!)))
      .reduce((n, e) => n + (within ? e.dur! : cpu(e)) / 1000, 0);
  return {
    totalMs: tasks.reduce((n, t) => n + cpu(t) / 1000, 0),
    renderingMs: sum(RENDERING),
    gcMs: sum(GC),
    longTasks: tasks
      .filter((t) => t.dur! > 50_000)
      .map((t) => ({ duration: t.dur! / 1000, rendering: sum(RENDERING, t) })),
  };
}

/**
 * Dossier's measures in CPU time, by name (ms): each measure's wall time scaled by the CPU share of the main-thread
 * task it ran in (its thread time over its wall time). On a machine whose cores are busy with other work, a measure's
 * wall time also counts the waits for a core; this is what the measure cost the thread.
 */
function measuresInCpu(events: TraceEvent[], prefix = 'dossier:'): Map<string, number> {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const tab = new Set(events.filter((e) => e.name.startsWith(prefix)).map((e) => e.pid));
  const tasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' && e.ph === 'X' && tab.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain',
    )
    .sort((a, b) => a.ts - b.ts);
  const open = new Map<string, number>();
  const out = new Map<string, number>();
  for (const e of [...events].filter((x) => x.name.startsWith(prefix)).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph !== 'e' || !open.has(key)) continue;
    const start = open.get(key)!;
    open.delete(key);
    const task = tasks.find((t) => t.ts <= start && start < t.ts + t.dur!);
    const share = task && task.dur! > 0 ? cpu(task) / task.dur! : 1;
    out.set(e.name, (out.get(e.name) ?? 0) + ((e.ts - start) * share) / 1000);
  }
  return out;
}

interface Switched {
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

/** A panel open: ms from the navigation's start (null: not seen). */
interface PanelSample {
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

const PANEL_OPENS = 3;

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

function printPanel(name: string, runs: PanelSample[][]): void {
  const pick = (open: number, key: keyof PanelSample): string => {
    const xs = runs.map((r) => r[open]?.[key]).filter((x): x is number => x !== null && x !== undefined);
    return xs.length === 0 ? 'not seen' : `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  };
  console.log(`The fact panel for ${name} (median of ${runs.length} browsers, from the navigation's start):`);
  for (const [label, open] of [
    ['cold (first open)', 0],
    ['warm (third open)', PANEL_OPENS - 1],
  ] as const) {
    console.log(
      `  ${label}: first contentful paint ${pick(open, 'fcp')}; first view's content rendered ${pick(open, 'rendered')}, ` +
        `painted ${pick(open, 'content')}; the panel's main thread until then, CPU time ${pick(open, 'cpu')}`,
    );
  }
}

/** 3. The fact panel's first paint, for the seed article's tab and for a tab where Dossier does not run. */
async function panelBench(server: FixtureServer, articleUrl: string): Promise<() => void> {
  const plainUrl = 'http://www.example.org/bench-a-page-without-dossier';
  server.route(plainUrl, { body: '<!doctype html><title>A page</title><p>Nothing for Dossier here.</p>' });
  const withState = await panelFirstPaint(server, articleUrl, true);
  const without = await panelFirstPaint(server, plainUrl, false);
  return () => {
    printPanel('the seed article (a page state with actors and figures)', withState);
    printPanel('a page where Dossier does not run (no page state)', without);
  };
}

/** What the combined-regex baseline took in the page, wall time (ms). */
interface Baseline {
  /** `regexMs` in CPU time (see `measuresInCpu`). */
  regexCpuMs: number;
  /** A walk over the body's text nodes, reading each. */
  walkMs: number;
  /** Compiling the regular expression, walking, matching, making the ranges and registering the highlight. */
  regexMs: number;
  matches: number;
}

/** The knowledge base's names: every pattern's authored form, once each. */
function knowledgeBaseNames(): string[] {
  const { index } = compileKb(loadTopicFiles(), loadPublishers());
  return [...new Set(index.patterns.map((p) => p.form))];
}

/** Loads `url` in a fresh tab and runs the combined-regex baseline on it (see the header, view 3). */
async function regexBaseline(context: BrowserContext, url: string, names: readonly string[]): Promise<Baseline> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
  // `tsx` names functions with a helper the page does not have: the baseline defines one, as a plain script would.
  await page.evaluate('globalThis.__name ??= (f) => f');
  const browserCdp = await context.browser()!.newBrowserCDPSession();
  await startTrace(browserCdp);
  const result = await page.evaluate((forms) => {
    const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const textNodes = (): Text[] => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          skip.has(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const out: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
      return out;
    };
    const w0 = performance.now();
    let chars = 0;
    for (const node of textNodes()) chars += node.data.length;
    const walkMs = performance.now() - w0;
    const t0 = performance.now();
    const escaped = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const ranges: Range[] = [];
    for (const node of textNodes()) {
      const text = node.data;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const range = new Range();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        ranges.push(range);
      }
    }
    CSS.highlights.set('bench-baseline', new Highlight(...ranges));
    const regexMs = performance.now() - t0;
    performance.measure('baseline:regex', { start: t0, end: t0 + regexMs });
    return { walkMs, regexMs, matches: ranges.length, chars };
  }, names);
  await page.waitForTimeout(200);
  const regexCpuMs = measuresInCpu(await endTrace(browserCdp), 'baseline:').get('baseline:regex') ?? NaN;
  await browserCdp.detach();
  await page.close();
  return { ...result, regexCpuMs };
}

/** Sum of Dossier's measures of one name. */
const total = (measures: Sample['measures'], name: string): number =>
  measures.filter((m) => m.name === name).reduce((n, m) => n + m.duration, 0);

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const pages = [
    { name: 'seed article', slug: 'seed', html: plainSeed() },
    { name: '1 MB of text', slug: 'one-megabyte', html: hugeText().html },
    { name: '100,000 text nodes', slug: 'text-nodes', html: manyTextNodes().html },
    { name: '5,000 levels deep', slug: 'deep', html: deepNesting() },
    { name: '50,000-word paragraph', slug: 'one-paragraph', html: oneParagraph().html },
    { name: '300 KB article', slug: 'three-hundred-kb', html: hugeText(300_000).html },
  ].map((p) => {
    const url = `http://www.newarab.com/news/bench-${p.slug}-an-article-for-dossier`;
    server.route(url, { body: p.html });
    return { ...p, url };
  });
  const front = [
    { name: 'news front page', url: 'http://www.newarab.com/' },
    { name: 'same page as a section front', url: 'http://www.newarab.com/world' },
  ].map((p) => {
    server.route(p.url, { body: newsFrontPage() });
    return { ...p, article: false };
  });
  const atLoadPages = [{ name: 'seed article', url: pages[0]!.url, article: true }, ...front];

  if (PANEL_ONLY) {
    const print = await panelBench(server, pages[0]!.url);
    await server.close();
    console.log(
      `Dossier in ${chromium.name()} (headless)${process.env['DOSSIER_BENCH_EXTENSION'] ? `, build in ${EXTENSION_DIR}` : ''}\n`,
    );
    print();
    return;
  }

  // 1. At load, with and without Dossier: each page in a pair of browsers of its own (so its first load is a cold one),
  // loads taken in turn with and without, so that both see the machine as busy as the other.
  const atLoad = new Map<string, { with: Sample[]; without: Sample[] }>();
  for (const p of ONLY_300KB ? [] : atLoadPages) {
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

  // 2. Every page, Dossier switched on once the page has settled.
  const switched = new Map<string, Switched>();
  const context = await open(server, true);
  for (const p of AT_LOAD_ONLY || ONLY_300KB ? [] : pages.filter((q) => q.slug !== 'three-hundred-kb')) {
    process.stderr.write(`switched on: ${p.name}\n`);
    switched.set(p.slug, await switchedOn(context, p.url));
  }

  // 4. The 300 KB article, Dossier switched on, against the combined-regex baseline in a browser without Dossier.
  const article300 = pages.find((q) => q.slug === 'three-hundred-kb')!;
  const runs300: Switched[] = [];
  const baselines: Baseline[] = [];
  let nameCount = 0;
  if (!AT_LOAD_ONLY) {
    const names = knowledgeBaseNames();
    nameCount = names.length;
    const plain = await open(server, false);
    for (let i = 0; i < RUNS_300KB; i++) {
      process.stderr.write(`300 KB article, ${i + 1} of ${RUNS_300KB}\n`);
      runs300.push(await switchedOn(context, article300.url));
      baselines.push(await regexBaseline(plain, article300.url, names));
    }
    await plain.close();
  }
  await context.close();
  // 3. The fact panel's first paint.
  const printPanels = AT_LOAD_ONLY || ONLY_300KB ? null : await panelBench(server, pages[0]!.url);
  await server.close();

  console.log(
    `Dossier in ${chromium.name()} (headless)${process.env['DOSSIER_BENCH_EXTENSION'] ? `, build in ${EXTENSION_DIR}` : ''}\n`,
  );
  for (const p of atLoadPages.filter((q) => atLoad.has(q.name))) {
    const { with: withD, without } = atLoad.get(p.name)!;
    const added = (pick: (s: Sample) => number, from = 0): number =>
      median(withD.slice(from).map(pick)) - median(without.slice(from).map(pick));
    console.log(`The ${p.name} at load (median of ${LOADS} loads, the first with a cold browser):`);
    if (p.article)
      console.log(`  DOMContentLoaded → dossier:ready: ${ms(median(withD.map((s) => s.readyAfterDcl ?? NaN)))}`);
    const spread = (xs: Sample[]): string =>
      `${ms(Math.min(...xs.map((s) => s.taskMs)))}–${ms(Math.max(...xs.map((s) => s.taskMs)))}`;
    console.log(
      `  main thread (CPU time): ${ms(median(withD.map((s) => s.taskMs)))} with Dossier (${spread(withD)}), ` +
        `${ms(median(without.map((s) => s.taskMs)))} without (${spread(without)}) → ${ms(added((s) => s.taskMs))} added ` +
        `(of which page-world script ${ms(added((s) => s.scriptMs))}; Dossier's own script runs in its isolated world); ` +
        `cold (first load) ${ms(withD[0]!.taskMs - without[0]!.taskMs)} added, warm (median of the other ${LOADS - 1}) ` +
        `${ms(added((s) => s.taskMs, 1))} added`,
    );
    console.log(
      `  Dossier's own tasks (CPU time of the tab's main-thread tasks that ran its code): ${ms(median(withD.map((s) => s.dossierMs)))} ` +
        `(median; cold ${ms(withD[0]!.dossierMs)}, warm ${ms(median(withD.slice(1).map((s) => s.dossierMs)))})`,
    );
    console.log(
      `  style recalculation: ${ms(median(withD.map((s) => s.styleMs)))} with, ${ms(median(without.map((s) => s.styleMs)))} without ` +
        `(the highlight styles, the manifest's content-script CSS, are in every page the first script runs on)`,
    );
    console.log(
      `  heap: ${mb(median(withD.map((s) => s.heapBytes)))} with, ${mb(median(without.map((s) => s.heapBytes)))} without → ` +
        `${mb(added((s) => s.heapBytes))} added`,
    );
    const triage = withD.flatMap((s) => s.measures.filter((m) => m.name === 'dossier:triage').map((m) => m.duration));
    console.log(
      `  Dossier's work (first load): ${slices(withD[0]!)}` +
        (triage.length > 0 ? `; triage ${ms(median(triage))} (median of ${triage.length} loads, wall time)` : '') +
        `; the reader reached the page in ${withD.filter((s) => s.readerArrived).length} of ${LOADS} loads`,
    );
    console.log(
      `  long tasks running Dossier's code (over ${LOADS} loads): ${longTaskSummary(withD.flatMap((s) => s.longTasks.filter((t) => t.dossier)))}`,
    );
    console.log(
      `  other long tasks (over ${LOADS} loads): ${longTaskSummary(withD.flatMap((s) => s.longTasks.filter((t) => !t.dossier)))} with Dossier, ` +
        `${longTaskSummary(without.flatMap((s) => s.longTasks))} without`,
    );
  }

  if (switched.size > 0)
    console.log(`Switched on on a loaded page (all the tab's main-thread work from then on is Dossier's doing):`);
  for (const p of pages.filter((q) => switched.has(q.slug))) {
    const r = switched.get(p.slug)!;
    const w = r.window;
    const long =
      w.longTasks.length === 0
        ? 'none'
        : `${w.longTasks.length} (longest ${ms(Math.max(...w.longTasks.map((t) => t.duration)))}, ` +
          `of which style/layout/paint ${ms(w.longTasks.reduce((n, t) => n + t.rendering, 0))} of ${ms(w.longTasks.reduce((n, t) => n + t.duration, 0))})`;
    console.log(`${p.name}:`);
    console.log(`  ready ${ms(r.readyMs)} after switching on; heap kept ${mb(r.heapBytes)}`);
    console.log(
      `  main thread (CPU time): ${ms(w.totalMs)} (style/layout/paint ${ms(w.renderingMs)}, garbage collection ${ms(w.gcMs)})`,
    );
    console.log(`  long tasks: ${long}`);
    console.log(`  Dossier's work: ${slices(r)}`);
  }
  if (runs300.length > 0) {
    const med = (pick: (r: Switched) => number) => median(runs300.map(pick));
    const detect = med((r) => total(r.measures, 'dossier:detect'));
    const match = med((r) => total(r.measures, 'dossier:match'));
    const highlight = med((r) => total(r.measures, 'dossier:highlight'));
    const triage = med((r) => total(r.measures, 'dossier:triage'));
    const all = med((r) => r.measures.reduce((n, m) => n + m.duration, 0));
    const regex = median(baselines.map((b) => b.regexMs));
    const cpuOf = (r: Switched, name?: string) =>
      name ? (r.cpuMeasures.get(name) ?? 0) : [...r.cpuMeasures.values()].reduce((n, x) => n + x, 0);
    const cpuAll = med((r) => cpuOf(r));
    const regexCpu = median(baselines.map((b) => b.regexCpuMs));
    console.log(`300 KB article (switched on, median of ${RUNS_300KB}):`);
    console.log(
      `  Dossier's measures: triage ${ms(triage)}, detect ${ms(detect)}, match ${ms(match)}, highlight ${ms(highlight)} → ${ms(all)} in all ` +
        `(${(all / regex).toFixed(2)}× the baseline); main thread (CPU time) ${ms(med((r) => r.window.totalMs))}; ` +
        `long tasks ${runs300.reduce((n, r) => n + r.window.longTasks.length, 0)} over ${RUNS_300KB} runs; ` +
        `longest slice ${ms(Math.max(...runs300.flatMap((r) => r.measures.map((m) => m.duration))))}`,
    );
    console.log(
      `  in CPU time (each measure scaled by its task's CPU share): triage ${ms(med((r) => cpuOf(r, 'dossier:triage')))}, ` +
        `detect ${ms(med((r) => cpuOf(r, 'dossier:detect')))}, match ${ms(med((r) => cpuOf(r, 'dossier:match')))}, ` +
        `highlight ${ms(med((r) => cpuOf(r, 'dossier:highlight')))} → ${ms(cpuAll)} in all, against the baseline's ` +
        `${ms(regexCpu)} (${(cpuAll / regexCpu).toFixed(2)}×)`,
    );
    console.log(
      `  baseline without Dossier: one combined RegExp over the ${nameCount} names + the Highlight API ` +
        `${ms(regex)} (${median(baselines.map((b) => b.matches))} matches); a bare walk over the text ${ms(median(baselines.map((b) => b.walkMs)))}`,
    );
  }
  if (printPanels) printPanels();
  console.log('');
  try {
    for (const size of scriptSizes(EXTENSION_DIR)) {
      console.log(`${size.role}: ${(size.gzip / 1024).toFixed(1)} KB gzip (budget ${size.budget / 1024} KB)`);
    }
  } catch (error) {
    console.log(`script sizes: not measured (${error instanceof Error ? error.message : String(error)})`);
  }
}

await main();
