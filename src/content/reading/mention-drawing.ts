/**
 * What the page scan finds, drawn and indexed in batches. Each change to the page's highlights makes the browser
 * re-validate every highlighted range at its next frame, so on a long page many small updates cost far more than the
 * matching: the mentions are drawn in batches that double what is drawn (the first screenful at once), up to
 * `MAX_DRAW` — past that many, the highlighter registers only those near the viewport, and a change costs little.
 */
import type { TextBlock } from '../../core/dom/text-blocks';
import type { Highlighter } from '../highlight/highlighter';
import type { MentionIndex } from '../mentions/mention-index';
import type { Mention } from '../mentions/mentions';
import type { ReadSink } from './page-scan';
import { measure } from './timing';

/** Mentions drawn at once when a page's reading starts (more than a screenful). */
const FIRST_DRAW = 200;
/** Mentions drawn at once at most (drawing and indexing a batch is one task). */
const MAX_DRAW = 1_000;

export interface MentionDrawing {
  /** Where the page scan hands what it reads. */
  readonly sink: ReadSink;
  /** Draws and indexes the mentions found and not drawn yet. */
  flush(): void;
  /** Undraws and unindexes the mentions `test` selects. */
  removeWhere(test: (mention: Mention) => boolean): void;
  /** Forgets the mentions found and not drawn yet. */
  discard(): void;
}

/**
 * @param ownChangesDone called after Dossier itself changed the page's highlights (in the wrapping fallback, its
 *   own DOM changes must not read as the page's)
 */
export function drawInBatches(
  highlighter: Highlighter,
  mentions: MentionIndex,
  ownChangesDone: () => void,
): MentionDrawing {
  /** Mentions found but not drawn yet. */
  let pending: Mention[] = [];
  let drawn = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    measure('dossier:highlight', () => {
      const shown = highlighter.add(batch);
      mentions.add(shown);
      drawn += shown.length;
    });
    ownChangesDone();
  };
  const removeWhere = (test: (mention: Mention) => boolean): void => {
    for (const m of mentions.remove(test)) highlighter.remove(m);
  };

  const sink: ReadSink = {
    long() {
      highlighter.drawNearOnly();
    },
    replacing(blocks: readonly TextBlock[]) {
      flush();
      const stale = new Set<Mention>();
      for (const block of blocks) for (const node of block.nodes) for (const m of mentions.inNode(node)) stale.add(m);
      removeWhere((m) => stale.has(m));
      ownChangesDone();
    },
    found(found) {
      for (const m of found) pending.push(m);
      if (pending.length >= Math.min(Math.max(FIRST_DRAW, drawn), MAX_DRAW)) flush();
    },
  };

  return {
    sink,
    flush,
    removeWhere,
    discard() {
      pending = [];
    },
  };
}
