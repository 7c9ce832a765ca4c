/**
 * Article detection measured on the labelled corpus (`<shared>/corpus` when it is beside the repository, else the
 * license-clean subset in `tests/fixtures/corpus`; see tests/unit/helpers/corpus.ts; the output says which): every page
 * labelled `article` or `not-article` is parsed with linkedom and run through `detectArticle` with its source URL.
 * Prints precision, recall, counts and the misclassified pages; fails below 95 % precision or recall on `article`.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/core/detect/article';
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
    const entries = loadLabels(dir).filter((e) => e.label !== 'ambiguous');
    expect(entries.length, `no labelled pages in ${dir}`).toBeGreaterThan(0);

    const outcomes: Outcome[] = entries.map((entry) => {
      const { document } = parseHTML(readPage(dir, entry.file));
      const result = detectArticle(document as unknown as Document, { url: entry.source_url ?? undefined });
      return {
        file: entry.file,
        expected: entry.label === 'article',
        detected: result.isArticle,
        score: result.score,
        reasons: result.reasons,
      };
    });

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
        `False positives (not articles, detected as articles):`,
        ...fp.map(describeMiss),
        `False negatives (articles, not detected):`,
        ...fn.map(describeMiss),
      ].join('\n'),
    );

    expect(precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
  }, 120_000);
});
