/**
 * Reads a detected article: collects its text blocks, annotates them, and places each annotation in the
 * page as a mention. Work comes as generator steps (see `slices.ts`), each small, so a long page never blocks the
 * main thread; text added later is read the same way, block by block, with what the page already named.
 */
import { buildAnnotator, createAnnotationContext, type Annotator } from '../../core/annotate';
import type { ArticleDetection } from '../../core/detect/article';
import { collectTextBlocksIn, textBlockCursor, type TextBlock } from '../../core/dom/text-blocks';
import type { Steps } from '../../lib/steps';
import type { IndexLoader } from '../../kb/pack';
import type { RuntimeIndex } from '../../kb/runtime';
import { toMentions, type Mention } from '../mentions/mentions';
import { measure } from './timing';

/**
 * Text read in one step, in characters: the first step's size (a typical article), then what the measured speed of
 * reading (matching and drawing) on this machine fits in `STEP_MS`, growing at most twofold a step, within bounds.
 */
const FIRST_CHUNK_CHARS = 1_000;
const CHUNK_CHARS = { min: 500, max: 16_000 } as const;
const STEP_MS = 8;
/** Time one step of collecting text blocks may take, in milliseconds. */
const COLLECT_MS = 4;
/** Longest text annotated as one block: a longer paragraph is read in pieces, cut after a sentence where it can. */
const MAX_BLOCK_CHARS = 5_000;

/** An article longer than this, in characters, is drawn near the viewport only from the start (see `ReadSink.long`). */
export const LONG_ARTICLE_CHARS = 30_000;

export interface ReadSink {
  /** The article is long (it has more than `LONG_ARTICLE_CHARS` characters of text): its mentions will be many. */
  long(): void;
  /** These blocks are read again: the mentions drawn on their text are stale. */
  replacing(blocks: readonly TextBlock[]): void;
  found(mentions: Mention[]): void;
}

export interface PageScan {
  /** Steps that read the whole article. */
  readAll(sink: ReadSink): Generator<void>;
  /** Steps that read the blocks holding these added or changed nodes. */
  readAdded(nodes: readonly Node[], sink: ReadSink): Generator<void>;
}

/** One matcher per knowledge base, built on first use and kept for the pages that follow (single-page sites). */
const annotators = new WeakMap<RuntimeIndex, Annotator>();

/** Steps that build the knowledge base's matcher, unless it is built already; returns it. */
function* annotatorFor(index: RuntimeIndex): Steps<Annotator> {
  const built = annotators.get(index);
  if (built) return built;
  const annotator = yield* buildAnnotator(index);
  annotators.set(index, annotator);
  return annotator;
}

/** The blocks from `from` that make up about `chars` characters (one block at least). */
function chunkAt(blocks: readonly TextBlock[], from: number, chars: number): TextBlock[] {
  const chunk: TextBlock[] = [];
  let length = 0;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (chunk.length > 0 && length + block.text.length > chars) break;
    chunk.push(block);
    length += block.text.length;
  }
  return chunk;
}

/** The end of a piece of `text` that starts at `from`: after the last sentence (else word) that fits in `max`. */
function pieceEnd(text: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= text.length) return text.length;
  const sentence = text.lastIndexOf('. ', limit - 2);
  if (sentence > from + max / 2) return sentence + 2;
  const word = text.lastIndexOf(' ', limit - 1);
  if (word > from) return word + 1;
  // No space at all: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The block, or its pieces when its text is longer than `max` (a paragraph of a hundred thousand words must not be
 * one step). A piece keeps the block's nodes that it covers, with offsets relative to its own text (so the first may
 * start before it, at a negative offset).
 */
export function splitBlock(block: TextBlock, max = MAX_BLOCK_CHARS): TextBlock[] {
  if (block.text.length <= max) return [block];
  const pieces: TextBlock[] = [];
  let first = 0;
  for (let from = 0; from < block.text.length;) {
    const to = pieceEnd(block.text, from, max);
    while (first < block.nodes.length - 1 && block.starts[first]! + block.nodes[first]!.length <= from) first++;
    let last = first;
    while (last < block.nodes.length - 1 && block.starts[last + 1]! < to) last++;
    pieces.push({
      text: block.text.slice(from, to),
      nodes: block.nodes.slice(first, last + 1),
      starts: block.starts.slice(first, last + 1).map((start) => start - from),
      element: block.element,
    });
    from = to;
  }
  return pieces;
}

function nextChunkSize(size: number, chars: number, ms: number): number {
  const fits = Math.floor((chars / Math.max(ms, 1)) * STEP_MS);
  return Math.min(CHUNK_CHARS.max, Math.max(CHUNK_CHARS.min, Math.min(fits, size * 2)));
}

/** The reading of an article page (nothing is read until the steps run). */
export function scanPage(doc: Document, detection: ArticleDetection, index: IndexLoader): PageScan {
  const page = createAnnotationContext();
  const options = { page, ...(detection.published ? { published: detection.published } : {}) };

  function* annotate(whole: readonly TextBlock[], sink: ReadSink): Generator<void> {
    const blocks = whole.flatMap((block) => splitBlock(block));
    const annotator = yield* annotatorFor(yield* index.steps());
    let size = FIRST_CHUNK_CHARS;
    for (let next = 0; next < blocks.length;) {
      const chunk = chunkAt(blocks, next, size);
      next += chunk.length;
      const texts = chunk.map((b) => b.text);
      const start = performance.now();
      const annotations = measure('dossier:match', () => annotator.annotate(texts, options));
      sink.found(toMentions(doc, chunk, annotations));
      size = nextChunkSize(size, texts.join('').length, performance.now() - start);
      yield;
    }
  }

  return {
    *readAll(sink) {
      const cursor = textBlockCursor(detection.regions);
      const blocks: TextBlock[] = [];
      while (!cursor.done) {
        blocks.push(...cursor.collect(COLLECT_MS));
        yield;
      }
      if (blocks.reduce((n, b) => n + b.text.length, 0) > LONG_ARTICLE_CHARS) sink.long();
      yield* annotate(blocks, sink);
    },
    *readAdded(nodes, sink) {
      const blocks = collectTextBlocksIn([...nodes], detection.regions);
      if (blocks.length === 0) return;
      sink.replacing(blocks);
      yield* annotate(blocks, sink);
    },
  };
}
