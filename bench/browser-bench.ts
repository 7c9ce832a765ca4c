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
import { startFixtureServer } from '../tests/e2e/harness/fixture-server';
import { atLoadBench } from './browser/at-load';
import { bench300kb, type Runs300 } from './browser/baseline-300kb';
import { AT_LOAD_ONLY, ONLY_300KB, PANEL_ONLY } from './browser/config';
import { open } from './browser/launch';
import { panelBench } from './browser/panel';
import { routePages } from './browser/pages';
import { print300kb, printAtLoad, printHeader, printPanels, printSizes, printSwitched } from './browser/print';
import { switchedOnBench } from './browser/switched-on';

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const { pages, atLoadPages } = routePages(server);
  const seedUrl = pages[0]!.url;

  if (PANEL_ONLY) {
    const panels = await panelBench(server, seedUrl);
    await server.close();
    printHeader();
    printPanels(panels);
    return;
  }

  // 1. At load, with and without Dossier.
  const atLoad = await atLoadBench(server, ONLY_300KB ? [] : atLoadPages);

  // 2. Every page, Dossier switched on once the page has settled.
  const context = await open(server, true);
  const switched = await switchedOnBench(
    context,
    AT_LOAD_ONLY || ONLY_300KB ? [] : pages.filter((q) => q.slug !== 'three-hundred-kb'),
  );

  // 4. The 300 KB article, Dossier switched on, against the combined-regex baseline in a browser without Dossier.
  const article300 = pages.find((q) => q.slug === 'three-hundred-kb')!;
  const runs300: Runs300 = AT_LOAD_ONLY
    ? { runs300: [], baselines: [], nameCount: 0 }
    : await bench300kb(server, context, article300.url);
  await context.close();
  // 3. The fact panel's first paint.
  const panels = AT_LOAD_ONLY || ONLY_300KB ? null : await panelBench(server, seedUrl);
  await server.close();

  printHeader();
  printAtLoad(atLoadPages, atLoad);
  printSwitched(pages, switched);
  print300kb(runs300);
  if (panels) printPanels(panels);
  printSizes();
}

await main();
