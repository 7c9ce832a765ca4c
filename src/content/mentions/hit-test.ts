/**
 * Maps a point of the viewport to the mention drawn there, and to the line box of the mention under the point
 * (a wrapped mention has one box per line). Uses `highlightsFromPoint` where the browser has it, else the caret
 * position under the point (`caretPositionFromPoint`, or `caretRangeFromPoint`), checked against the mention's boxes
 * because the caret snaps to the nearest text even beyond a line's end.
 */
import type { Box } from '../card/placement';
import type { MentionIndex } from './mention-index';
import type { Mention } from './mentions';

export interface Hit {
  mention: Mention;
  /** The part of the mention on the line under the point. */
  line: Box;
}

/** Pixels of slack around a line box (sub-pixel layout, underlines drawn below the box). */
const SLACK = 1;

function holds(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK;
}

/** The union of a range's boxes on the line of `rect` (several inline boxes can share one line). */
function lineOf(range: Range, rect: DOMRect): Box {
  const line = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  const middle = (rect.top + rect.bottom) / 2;
  for (const r of range.getClientRects()) {
    if (r.width === 0 || r.top > middle || r.bottom < middle) continue;
    line.left = Math.min(line.left, r.left);
    line.right = Math.max(line.right, r.right);
    line.top = Math.min(line.top, r.top);
    line.bottom = Math.max(line.bottom, r.bottom);
  }
  return line;
}

/** The line box of the mention under the point, or null when the point is off the mention. */
export function lineAt(range: Range, x: number, y: number): Box | null {
  for (const rect of range.getClientRects()) if (rect.width > 0 && holds(rect, x, y)) return lineOf(range, rect);
  return null;
}

/** The mention's first line (where the keyboard opens its card). */
export function firstLine(range: Range): Box | null {
  const rect = [...range.getClientRects()].find((r) => r.width > 0);
  return rect ? lineOf(range, rect) : null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

type HitRegistry = HighlightRegistry & {
  highlightsFromPoint?(x: number, y: number): { ranges: readonly AbstractRange[] }[];
};

/**
 * The visible mention under the point.
 * @param registry the highlight registry when mentions are drawn with the Custom Highlight API
 */
export function hitTest(
  doc: Document,
  x: number,
  y: number,
  index: MentionIndex,
  visible: (m: Mention) => boolean,
  registry: HitRegistry | null,
): Hit | null {
  let candidates: Mention[] = [];
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    candidates = registry
      .highlightsFromPoint(x, y)
      .flatMap((hit) => hit.ranges.map((r) => index.forRange(r as Range)))
      .filter((m): m is Mention => m !== null);
  }
  // No highlight API, or it found nothing: Chromium's highlightsFromPoint misses every highlight on a screen whose
  // device pixel ratio is not 1 (phones), so the caret under the point is asked too.
  if (candidates.length === 0) {
    const caret = caretAt(doc, x, y);
    candidates = caret ? [...index.inNode(caret.node)] : [];
  }
  for (const mention of candidates) {
    if (!visible(mention)) continue;
    const line = lineAt(mention.range, x, y);
    if (line) return { mention, line };
  }
  return null;
}
