/** Printing the browser bench's figures. */
import { chromium } from 'playwright-core';
import { scriptSizes } from '../../scripts/bundle-size';
import type { AtLoadPage, AtLoadSamples, Sample } from './at-load';
import type { Runs300 } from './baseline-300kb';
import { EXTENSION_DIR, LOADS, PANEL_OPENS, RUNS_300KB } from './config';
import type { PanelRuns, PanelSample } from './panel';
import type { Switched } from './switched-on';
import type { LongTask } from './trace';

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

/** Sum of Dossier's measures of one name. */
const total = (measures: Sample['measures'], name: string): number =>
  measures.filter((m) => m.name === name).reduce((n, m) => n + m.duration, 0);

/** The first line: the browser, and the build when it is not `dist/chrome`. */
export function printHeader(): void {
  console.log(
    `Dossier in ${chromium.name()} (headless)${process.env['DOSSIER_BENCH_EXTENSION'] ? `, build in ${EXTENSION_DIR}` : ''}\n`,
  );
}

/** 1. Each page at load, with and without Dossier. */
export function printAtLoad(atLoadPages: readonly AtLoadPage[], atLoad: Map<string, AtLoadSamples>): void {
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
}

/** 2. Each page switched on once loaded. */
export function printSwitched(pages: readonly { name: string; slug: string }[], switched: Map<string, Switched>): void {
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
}

/** 4. The 300 KB article against the combined-regex baseline. */
export function print300kb({ runs300, baselines, nameCount }: Runs300): void {
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
export function printPanels({ withState, without }: PanelRuns): void {
  printPanel('the seed article (a page state with actors and figures)', withState);
  printPanel('a page where Dossier does not run (no page state)', without);
}

/** The first script's and the reader's sizes, gzipped, against their budgets. */
export function printSizes(): void {
  console.log('');
  try {
    for (const size of scriptSizes(EXTENSION_DIR)) {
      console.log(`${size.role}: ${(size.gzip / 1024).toFixed(1)} KB gzip (budget ${size.budget / 1024} KB)`);
    }
  } catch (error) {
    console.log(`script sizes: not measured (${error instanceof Error ? error.message : String(error)})`);
  }
}
