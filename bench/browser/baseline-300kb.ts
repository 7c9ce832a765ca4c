/** View 4: the 300 KB article switched on, against the combined-regex baseline without Dossier. */
import type { BrowserContext } from 'playwright-core';
import { compileKb } from '../../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../../src/kb/build/load';
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server';
import { RUNS_300KB, SETTLE_MS } from './config';
import { open } from './launch';
import { switchedOn, type Switched } from './switched-on';
import { endTrace, measuresInCpu, startTrace } from './trace';

/** What the combined-regex baseline took in the page, wall time (ms). */
export interface Baseline {
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

/** Loads `url` in a fresh tab and runs the combined-regex baseline on it (see `bench/browser-bench.ts`'s header, view 4). */
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

/** The 300 KB article's runs with Dossier and the baseline's, and how many names the baseline looks for. */
export interface Runs300 {
  runs300: Switched[];
  baselines: Baseline[];
  nameCount: number;
}

/** 4. The 300 KB article, Dossier switched on (in `context`), against the combined-regex baseline without Dossier. */
export async function bench300kb(server: FixtureServer, context: BrowserContext, url: string): Promise<Runs300> {
  const runs300: Switched[] = [];
  const baselines: Baseline[] = [];
  const names = knowledgeBaseNames();
  const nameCount = names.length;
  const plain = await open(server, false);
  for (let i = 0; i < RUNS_300KB; i++) {
    process.stderr.write(`300 KB article, ${i + 1} of ${RUNS_300KB}\n`);
    runs300.push(await switchedOn(context, url));
    baselines.push(await regexBaseline(plain, url, names));
  }
  await plain.close();
  return { runs300, baselines, nameCount };
}
