/**
 * Reads the page: detects the article, collects its text blocks, annotates them, and turns each annotation into
 * a DOM range — the mentions the highlighter draws and the cards open on.
 */
import index from 'virtual:dossier/kb-index';
import { createAnnotator, type Annotation } from '../core/annotate';
import { detectArticle, type ArticleDetection } from '../core/detect/article';
import { collectTextBlocks, rangeFor, type TextBlock } from '../core/dom/text-blocks';
import { categoryOf, type Category } from '../shared/categories';
import type { PageState } from '../shared/messages';

export interface Mention {
  annotation: Annotation;
  category: Category;
  range: Range;
}

export interface PageScan {
  detection: ArticleDetection;
  mentions: Mention[];
}

let annotator: ReturnType<typeof createAnnotator> | null = null;

export function scanPage(doc: Document): PageScan {
  const detection = measure('dossier:detect', () => detectArticle(doc, { url: doc.location?.href }));
  if (!detection.isArticle) return { detection, mentions: [] };
  const blocks = collectTextBlocks(detection.regions);
  const annotations = measure('dossier:match', () => {
    annotator ??= createAnnotator(index);
    return annotator.annotate(
      blocks.map((b) => b.text),
      detection.published ? { published: detection.published } : {},
    );
  });
  return { detection, mentions: toMentions(doc, blocks, annotations) };
}

function toMentions(doc: Document, blocks: TextBlock[], annotations: Annotation[]): Mention[] {
  const mentions: Mention[] = [];
  for (const annotation of annotations) {
    const block = blocks[annotation.block];
    if (!block) continue;
    const pos = rangeFor(block, annotation.start, annotation.end);
    const range = doc.createRange();
    range.setStart(pos.startNode, pos.startOffset);
    range.setEnd(pos.endNode, pos.endOffset);
    const category = annotation.kind === 'actor' ? categoryOf(annotation.type) : 'figure';
    mentions.push({ annotation, category, range });
  }
  return mentions;
}

export function pageState(doc: Document, scan: PageScan | null, enabled: boolean): PageState {
  const actors = new Map<string, { id: string; type: PageState['actors'][number]['type']; count: number }>();
  const figures: PageState['figures'] = [];
  for (const { annotation: a } of scan?.mentions ?? []) {
    if (a.kind === 'actor') {
      const entry = actors.get(a.entity) ?? { id: a.entity, type: a.type, count: 0 };
      entry.count++;
      actors.set(a.entity, entry);
    } else {
      figures.push({
        index: figures.length,
        text: a.text,
        verdict: a.verdict,
        ...(a.fact ? { fact: a.fact } : {}),
        ...(a.event ? { event: a.event } : {}),
        ...('iso' in a.figure ? { iso: a.figure.iso } : {}),
        ...(a.kbValue !== undefined ? { kbValue: a.kbValue } : {}),
      });
    }
  }
  return {
    url: doc.location.href,
    isArticle: scan?.detection.isArticle ?? false,
    enabled,
    headline: scan?.detection.headline ?? null,
    published: scan?.detection.published ?? null,
    actors: [...actors.values()].sort((x, y) => y.count - x.count),
    figures,
  };
}

/** Runs `fn` and records a User Timing measure of it (visible in the browser's performance tools). */
export function measure<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
