/**
 * Article detection measured on the labelled corpus (`<shared>/corpus` when it is beside the repository, else the
 * license-clean subset in `tests/fixtures/corpus`; see tests/unit/helpers/corpus.ts; the output says which): every page
 * labelled `article` or `not-article` is parsed with linkedom and decided as the extension decides it, with its source
 * URL: the first script's triage (`triageArticle`), then, where the page may be an article, the reader's full
 * detection (`detectArticle`). Prints precision, recall, counts, the misclassified pages and how many pages the triage
 * settled alone; fails below 95 % precision or recall on `article`, and if the triage ever turns away a page the full
 * detection takes for an article (it must only save work, never change a verdict), ambiguous pages included.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';
import { triageArticle } from '../../../src/core/detect/triage';
import { corpusDir, loadLabels, readPage } from '../helpers/corpus';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;

interface Outcome {
  file: string;
  expected: boolean;
  detected: boolean;
  score: number;
  reasons: string[];
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

describe('article detection on the labelled corpus', () => {
  it(`reaches ${percent(MIN_PRECISION)} precision and ${percent(MIN_RECALL)} recall on articles`, () => {
    const { dir, which } = corpusDir();
    const all = loadLabels(dir);
    const entries = all.filter((e) => e.label !== 'ambiguous');
    expect(entries.length, `no labelled pages in ${dir}`).toBeGreaterThan(0);

    /** Pages the triage turned away although the full detection takes them for articles. */
    const lost: string[] = [];
    /** Pages the triage turned away alone, by label. */
    const settled = new Map<string, number>();
    const decided = new Map(
      all.map((entry) => {
        const { document } = parseHTML(readPage(dir, entry.file));
        const doc = document as unknown as Document;
        const url = entry.source_url ?? undefined;
        const triage = triageArticle(doc, url);
        const result = detectArticle(doc, { url });
        if (!triage.mayBeArticle) settled.set(entry.label, (settled.get(entry.label) ?? 0) + 1);
        if (!triage.mayBeArticle && result.isArticle)
          lost.push(`  ${entry.file} (${triage.reasons.slice(0, 3).join('; ')})`);
        return [entry.file, { detected: triage.mayBeArticle && result.isArticle, result }] as const;
      }),
    );

    const outcomes: Outcome[] = entries.map((entry) => {
      const { detected, result } = decided.get(entry.file)!;
      return {
        file: entry.file,
        expected: entry.label === 'article',
        detected,
        score: result.score,
        reasons: result.reasons,
      };
    });
    const notArticles = entries.filter((e) => e.label === 'not-article').length;

    const tp = outcomes.filter((o) => o.expected && o.detected).length;
    const fp = outcomes.filter((o) => !o.expected && o.detected);
    const fn = outcomes.filter((o) => o.expected && !o.detected);
    const tn = outcomes.length - tp - fp.length - fn.length;
    const precision = tp / (tp + fp.length);
    const recall = tp / (tp + fn.length);
    const describeMiss = (o: Outcome): string => `  ${o.file} (score ${o.score}; ${o.reasons.slice(0, 3).join('; ')})`;
    console.log(
      [
        `Article detection on ${outcomes.length} labelled pages of the ${which === 'shared' ? 'full shared corpus' : 'corpus subset kept in the repository'} (${dir}):`,
        `  precision ${percent(precision)}, recall ${percent(recall)}`,
        `  true positives ${tp}, false positives ${fp.length}, false negatives ${fn.length}, true negatives ${tn}`,
        `  the first script's triage alone turned away ${settled.get('not-article') ?? 0} of ${notArticles} not-article pages, ` +
          `${settled.get('article') ?? 0} article pages, ${settled.get('ambiguous') ?? 0} ambiguous pages`,
        `False positives (not articles, detected as articles):`,
        ...fp.map(describeMiss),
        `False negatives (articles, not detected):`,
        ...fn.map(describeMiss),
      ].join('\n'),
    );

    expect(lost, 'pages the triage turned away but the full detection reads as articles').toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  }, 120_000);
});
