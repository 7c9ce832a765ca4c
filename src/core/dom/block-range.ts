/**
 * Maps offsets in a text block's string back to positions in its DOM text nodes, so a match found in `block.text`
 * can be wrapped or measured in the page.
 */
import type { TextBlock } from './text-blocks';

export interface BlockRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

function nodeEnd(block: TextBlock, i: number): number {
  return block.starts[i]! + block.nodes[i]!.length;
}

/** Index of the first node whose text ends after `offset` (or at it, when `inclusive`); the last node if none. */
function firstNodeEndingAfter(block: TextBlock, offset: number, inclusive: boolean): number {
  let lo = 0;
  let hi = block.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = nodeEnd(block, mid);
    if (end > offset || (inclusive && end === offset)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The DOM positions of `[start, end)` in `block.text`. A start at a node boundary falls in the later node, an end at a
 * node boundary in the earlier one; an offset on a `<br>` space falls at the edge of the neighbouring node.
 * Offsets are clamped to the block's text; an empty range is collapsed at its start.
 */
export function rangeFor(block: TextBlock, start: number, end: number): BlockRange {
  const length = block.text.length;
  const from = Math.min(Math.max(start, 0), length);
  const to = Math.min(Math.max(end, from), length);

  const s = firstNodeEndingAfter(block, from, false);
  const startOffset = Math.min(Math.max(from - block.starts[s]!, 0), block.nodes[s]!.length);
  if (to === from) return { startNode: block.nodes[s]!, startOffset, endNode: block.nodes[s]!, endOffset: startOffset };

  let e = firstNodeEndingAfter(block, to, true);
  // An end in the gap before node e (a <br> space), or at its start, belongs to the end of the node before it.
  if (to <= block.starts[e]! && e > 0) e--;
  const endOffset = Math.min(Math.max(to - block.starts[e]!, 0), block.nodes[e]!.length);

  return { startNode: block.nodes[s]!, startOffset, endNode: block.nodes[e]!, endOffset };
}
