/**
 * The fact panel's "show in page": each request for the same actor moves to its next mention in reading order
 * (wrapping round), scrolls it to the middle of the view and flashes it for a moment with a highlight of its own
 * (`dossier-flash`, drawn over the category highlights). A figure is shown by its index among the page's figures.
 * With reduced motion (or in a hidden tab) the page jumps instead of scrolling smoothly; the flash never moves.
 */

import { FLASH_NAME } from '../highlight/highlight-css';

export interface ShowableMention {
  annotation: { kind: 'actor'; entity: string } | { kind: 'figure' };
  range: Range;
}

export interface PanelBridge {
  /** Shows the target's next mention; false when the page has none. */
  show(mentions: readonly ShowableMention[], target: { entity?: string; figure?: number }): boolean;
}

const FLASH_MS = 1600;

function startOf(a: ShowableMention, b: ShowableMention): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}

export function createPanelBridge(doc: Document): PanelBridge {
  const cursors = new Map<string, number>();
  let clearTimer: ReturnType<typeof setTimeout> | undefined;

  const flash = (range: Range): void => {
    if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.set(FLASH_NAME, new Highlight(range));
    clearTimeout(clearTimer);
    clearTimer = setTimeout(() => CSS.highlights.delete(FLASH_NAME), FLASH_MS);
  };

  return {
    show(mentions, target) {
      let candidates: ShowableMention[];
      let key: string;
      if (target.figure !== undefined) {
        const figure = mentions.filter((m) => m.annotation.kind === 'figure')[target.figure];
        candidates = figure ? [figure] : [];
        key = `figure:${target.figure}`;
      } else {
        candidates = mentions
          .filter((m) => m.annotation.kind === 'actor' && m.annotation.entity === target.entity)
          .sort(startOf);
        key = `entity:${target.entity}`;
      }
      if (candidates.length === 0) return false;
      const index = (cursors.get(key) ?? -1) + 1;
      const mention = candidates[index % candidates.length]!;
      cursors.set(key, index % candidates.length);
      // Smooth only where it is seen: with reduced motion, or in a hidden tab (a panel popped out), the page jumps.
      const still =
        doc.visibilityState === 'hidden' ||
        (doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false);
      mention.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        behavior: still ? 'auto' : 'smooth',
      });
      flash(mention.range);
      return true;
    },
  };
}
