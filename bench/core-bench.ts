/**
 * Benchmark of the recognition engine (run: `npx tsx bench/core-bench.ts`).
 *
 * Prints the matcher's build time, annotate throughput on the seed article repeated to about 1 MB, the time of one
 * call on the seed article, and the figure reader's throughput on the labelled set's real coverage. Uses the real knowledge base when it compiles and has patterns, else a synthetic one
 * of 2,000 patterns. The seed article is read from `tests/fixtures/seed`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createAnnotator } from '../src/core/annotate';
import { readFigures } from '../src/core/figures/read-figures';
import { dayNumber } from '../src/lib/calendar';
import { buildAutomaton } from '../src/core/match/automaton';
import { prebuildAutomaton } from '../src/core/match/patterns';
import { packIndex, unpackIndex } from '../src/kb/pack';
import { normalize, normalizeWithMap } from '../src/lib/normalize';
import { compileKb } from '../src/kb/build/compile';
import { loadTopicFiles } from '../src/kb/build/load';
import type { RuntimeIndex } from '../src/kb/runtime';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SEED = join(REPO, 'tests', 'fixtures', 'seed');
const PUBLISHED = '2020-01-07';
const SYNTHETIC_PATTERNS = 2000;

function realIndex(): RuntimeIndex | string {
  try {
    const { index } = compileKb(loadTopicFiles());
    return index.patterns.length > 0 ? index : 'the knowledge base has no patterns yet';
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

/** A deterministic knowledge base of `count` patterns: pseudo-names, plus the seed article's main actors. */
function syntheticIndex(count: number): RuntimeIndex {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const syllables = [
    'al',
    'ba',
    'dar',
    'el',
    'far',
    'ha',
    'ir',
    'ka',
    'lem',
    'mo',
    'na',
    'qa',
    'ra',
    'sul',
    'ta',
    'zor',
  ];
  const word = () => {
    const n = 2 + Math.floor(random() * 3);
    const w = Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const real = ['France', 'Iraq', 'Iran', 'Qasem Soleimani', 'Baghdad', 'NATO', 'Romania', 'Germany', 'Pentagon'];
  const forms = [...real];
  while (forms.length < count) forms.push(random() < 0.5 ? word() : `${word()} ${word()}`);
  return {
    v: 1,
    entities: forms.map((_, i) => ({ id: `e${i}`, type: 'state' })),
    patterns: forms.map((form, entity) => ({ key: normalize(form), form, case: 'title', entity })),
    figures: [{ id: 'f0', subject: 0, about: [1], value: 200, unit: 'troops', qualifier: 'about', date: '2020-01' }],
    timeline: [{ id: 't0', date: '2020-01-03', entities: [3, 4] }],
  };
}

function time(run: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log(`Machine load (1 min): ${loadavg()[0]!.toFixed(2)} — timings grow with it`);

const lines = readFileSync(join(SEED, 'article.txt'), 'utf8').split('\n');
const footer = lines.findIndex((line) => line.startsWith('Follow us on'));
const article = lines.slice(2, footer).filter((line) => line.trim() !== '');
const articleChars = article.join('\n').length;

const real = realIndex();
const index = typeof real === 'string' ? syntheticIndex(SYNTHETIC_PATTERNS) : real;
const json = JSON.stringify(index);
console.log(
  typeof real === 'string'
    ? `Knowledge base: synthetic, ${index.patterns.length} patterns (real one unusable: ${real})`
    : `Knowledge base: real, ${index.entities.length} entities, ${index.patterns.length} patterns, ` +
        `${index.figures.length} figures, ${index.timeline.length} events`,
);
console.log(
  `Index JSON: ${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip`,
);

const keys = [...new Set(index.patterns.map((p) => p.key))];
console.log(`Automaton build (${keys.length} keys): ${ms(time(() => buildAutomaton(keys), 20))} (median of 20)`);
console.log(
  `createAnnotator (table + automaton + fact index): ${ms(time(() => createAnnotator(index), 20))} (median of 20)`,
);

// What a page does with the index the background sends (a JSON string): parse, unpack, build the matcher.
const shippedJson = JSON.stringify(packIndex({ ...index, automaton: prebuildAutomaton(index) }));
const plainJson = JSON.stringify(packIndex(index));
const load = (json: string) => () => createAnnotator(unpackIndex(JSON.parse(json) as ReturnType<typeof packIndex>));
console.log(
  `Index parsed, unpacked and matcher built, as a page does: with the prebuilt automaton ` +
    `${ms(time(load(shippedJson), 20))} (${(shippedJson.length / 1024).toFixed(0)} KB of JSON), ` +
    `building it ${ms(time(load(plainJson), 20))} (${(plainJson.length / 1024).toFixed(0)} KB) (median of 20)`,
);

const annotator = createAnnotator(index);
const first = performance.now();
const found = annotator.annotate(article, { published: PUBLISHED });
console.log(
  `Seed article (${articleChars} chars, ${article.length} blocks), first call: ${ms(performance.now() - first)}, ${found.length} annotations`,
);
console.log(
  `Seed article, warm: ${ms(time(() => annotator.annotate(article, { published: PUBLISHED }), 100))} per call (median of 100)`,
);

const copies = Math.ceil(1_000_000 / articleChars);
const big = Array.from({ length: copies }, () => article).flat();
const bigChars = big.reduce((n, b) => n + b.length + 1, 0);
const perMb = time(() => annotator.annotate(big, { published: PUBLISHED }), 5);
console.log(
  `Throughput: ${(bigChars / 1e6).toFixed(2)} M chars in ${ms(perMb)} → ${(bigChars / 1e6 / (perMb / 1000)).toFixed(1)} MB/s (median of 5)`,
);

// Figures alone: the figure and date reader (tokens, periods, tallies, fractions, units, measure kinds) on the text of
// the labelled figures set, repeated to about 1 MB, without matching names or linking.
const FIGURE_DIR = join(REPO, 'tests', 'fixtures', 'figures', 'articles');
const figureText = readdirSync(FIGURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(FIGURE_DIR, f), 'utf8')) as { paragraphs: string[] }).paragraphs);
const figureChars = figureText.reduce((n, b) => n + b.length + 1, 0);
const figureBlocks = Array.from({ length: Math.ceil(1_000_000 / figureChars) }, () => figureText).flat();
const figureBlockChars = figureBlocks.reduce((n, b) => n + b.length + 1, 0);
const day = dayNumber('2020-01-08');
let figuresFound = 0;
const readAll = () => {
  figuresFound = 0;
  for (const block of figureBlocks) {
    const read = readFigures(block, normalizeWithMap(block), day, () => 0);
    figuresFound += read.figures.length + read.dates.length;
  }
};
const figureMs = time(readAll, 5);
console.log(
  `Figure extraction: ${(figureBlockChars / 1e6).toFixed(2)} M chars of real coverage (${figuresFound} figures and dates) in ` +
    `${ms(figureMs)} → ${(figureBlockChars / 1e6 / (figureMs / 1000)).toFixed(1)} MB/s, ` +
    `${Math.round(figuresFound / (figureMs / 1000)).toLocaleString('en')} figures/s (median of 5)`,
);
