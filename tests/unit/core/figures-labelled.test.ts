/**
 * Figures on real coverage the engine was not tuned on: the labelled set in `tests/fixtures/figures/articles/` (one
 * file per article: its address, publisher, date, the paragraphs the labels need, and every figure a reader would
 * check with its span, kind, expected verdict and expected fact; see its README). Labels were written by reading the
 * articles and the knowledge base, not by running the engine.
 *
 * Prints highlight recall (by kind), verdict accuracy, wrong "Agrees" and highlighted non-figures, and fails when any
 * falls below the floor it has reached (a ratchet: raise the floors as the engine improves; the targets are recall
 * ≥ 95 %, verdict accuracy ≥ 95 %, no wrong "Agrees").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type FigureAnnotation } from '../../../src/core/annotate';
import { verdictAgainstPage } from '../../../src/core/link/own-source';
import { compileKb } from '../../../src/kb/build/compile';
import { loadTopicFiles } from '../../../src/kb/build/load';
import { fixturesDir } from '../helpers/corpus';

type LabelVerdict = 'agrees' | 'sources-vary' | 'differs' | 'self' | 'unknown';

interface Label {
  p: number;
  text: string;
  kind: string;
  verdict?: LabelVerdict;
  fact?: string | null;
}

interface Article {
  url: string;
  publisher: string;
  date: string;
  lang: string;
  paragraphs: string[];
  figures: Label[];
  nonFigures?: { p: number; text: string; why: string }[];
}

/**
 * Floors reached so far (see the file's comment), a little under the run that set them: recall 93.1 %, verdict
 * accuracy 77.6 %, one wrong "Agrees" ("300-plus Australians … for several years" against the knowledge base's "about
 * 300" of January 2020: the value rules let them meet, the label says the article speaks of several years) and one
 * non-figure highlighted.
 */
const FLOOR = { recall: 0.93, verdictAccuracy: 0.77, wrongAgrees: 1, falsePositives: 1 };

const DIR = join(fixturesDir('figures'), 'articles');
const articles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, article: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Article }));

const { index, details } = compileKb(loadTopicFiles());
const annotator = createAnnotator(index);
const measureOf = new Map(details.facts.map((f) => [f.id, f.measure ?? f.id]));
const sourcesOf = new Map(details.facts.map((f) => [f.id, f.sources.map((id) => details.sources[id]!)]));

/** The verdict a reader sees: the engine's, then the background's rule against the page itself. */
function shown(hit: FigureAnnotation, article: Article): string {
  const sources = hit.fact === undefined ? undefined : sourcesOf.get(hit.fact);
  return sources
    ? verdictAgainstPage(hit.verdict, sources, { url: article.url, published: article.date })
    : hit.verdict;
}

/** The engine's verdicts a label's verdict accepts. */
const ACCEPTS: Record<LabelVerdict, readonly string[]> = {
  agrees: ['agrees'],
  'sources-vary': ['varies'],
  differs: ['differs'],
  self: ['self'],
  unknown: ['unknown'],
};

/** Spans of each label in its paragraph: the n-th label with the same text takes the n-th occurrence. */
function spans(article: Article): Map<Label, { start: number; end: number }> {
  const seen = new Map<string, number>();
  const out = new Map<Label, { start: number; end: number }>();
  for (const label of article.figures) {
    const key = `${label.p}\u0000${label.text}`;
    const paragraph = article.paragraphs[label.p] ?? '';
    let from = seen.get(key) ?? 0;
    const start = paragraph.indexOf(label.text, from);
    if (start < 0) throw new Error(`label "${label.text}" not in paragraph ${label.p}`);
    from = start + label.text.length;
    seen.set(key, from);
    out.set(label, { start, end: from });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('figures on the labelled set of real articles', () => {
  it('has at least 40 articles from at least 15 publishers, some in French', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((a) => a.article.publisher)).size).toBeGreaterThanOrEqual(15);
    expect(articles.filter((a) => a.article.lang === 'fr').length).toBeGreaterThan(0);
  });

  it('names only facts the knowledge base holds (a label left behind by a removed fact is stale)', () => {
    const held = new Set(details.facts.map((f) => f.id));
    const stale = articles.flatMap(({ file, article }) =>
      article.figures.filter((l) => l.fact != null && !held.has(l.fact)).map((l) => `${file}: "${l.text}" → ${l.fact}`),
    );
    expect(stale).toEqual([]);
  });

  it('finds the figures and gives the verdicts the labels expect', () => {
    let labels = 0;
    let found = 0;
    let judged = 0;
    let right = 0;
    const byKind = new Map<string, { labels: number; found: number }>();
    const wrongAgrees: string[] = [];
    const falsePositives: string[] = [];
    const misses: string[] = [];
    const wrongVerdicts: string[] = [];
    for (const { file, article } of articles) {
      const annotations = annotator.annotate(article.paragraphs, { published: article.date });
      const figures = annotations.filter((a): a is FigureAnnotation => a.kind === 'figure');
      for (const [label, span] of spans(article)) {
        labels++;
        const kind = byKind.get(label.kind) ?? { labels: 0, found: 0 };
        kind.labels++;
        byKind.set(label.kind, kind);
        const hit = figures.find((f) => f.block === label.p && overlaps(f, span));
        if (!hit) {
          misses.push(`${file}: "${label.text}" (${label.kind})`);
          continue;
        }
        found++;
        kind.found++;
        if (label.verdict === undefined) continue;
        judged++;
        const verdict = shown(hit, article);
        const ok = ACCEPTS[label.verdict].includes(verdict);
        if (ok) right++;
        else
          wrongVerdicts.push(`${file}: "${label.text}" expected ${label.verdict}, got ${verdict} (${hit.fact ?? '-'})`);
        const claimsAgreement = verdict === 'agrees' || verdict === 'varies';
        const sameMeasure =
          label.fact != null && hit.fact !== undefined && measureOf.get(label.fact) === measureOf.get(hit.fact);
        if (claimsAgreement && !(['agrees', 'sources-vary'].includes(label.verdict) && sameMeasure)) {
          wrongAgrees.push(
            `${file}: "${label.text}" → ${verdict} ${hit.fact} (expected ${label.verdict} ${label.fact ?? ''})`,
          );
        }
      }
      for (const never of article.nonFigures ?? []) {
        const start = article.paragraphs[never.p]?.indexOf(never.text) ?? -1;
        const span = { start, end: start + never.text.length };
        if (start >= 0 && figures.some((f) => f.block === never.p && overlaps(f, span))) {
          falsePositives.push(`${file}: "${never.text}" (${never.why})`);
        }
      }
    }
    const recall = found / labels;
    const verdictAccuracy = right / judged;
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(
      [
        `Figures on ${articles.length} labelled articles: ${labels} labels`,
        `  highlight recall ${pct(recall)} (${found}/${labels}); by kind: ${[...byKind]
          .map(([k, v]) => `${k} ${v.found}/${v.labels}`)
          .join(', ')}`,
        `  verdict accuracy ${pct(verdictAccuracy)} (${right}/${judged} highlighted figures with a verdict)`,
        `  wrong "Agrees": ${wrongAgrees.length}`,
        ...wrongAgrees.map((w) => `    ${w}`),
        `  non-figures highlighted: ${falsePositives.length}`,
        ...falsePositives.map((w) => `    ${w}`),
        `  wrong verdicts:`,
        ...wrongVerdicts.map((w) => `    ${w}`),
        `  missed:`,
        ...misses.map((w) => `    ${w}`),
      ].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(verdictAccuracy).toBeGreaterThanOrEqual(FLOOR.verdictAccuracy);
    expect(wrongAgrees.length).toBeLessThanOrEqual(FLOOR.wrongAgrees);
    expect(falsePositives.length).toBeLessThanOrEqual(FLOOR.falsePositives);
  });
});
