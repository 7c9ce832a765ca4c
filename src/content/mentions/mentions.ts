/**
 * A mention: one annotation of the engine placed in the page, as a live DOM range that the highlighter draws and
 * hover cards open on.
 */
import type { Annotation } from '../../core/annotate';
import { rangeFor } from '../../core/dom/block-range';
import type { TextBlock } from '../../core/dom/text-blocks';
import { categoryOf, type Category } from '../../shared/categories';

export interface Mention {
  annotation: Annotation;
  category: Category;
  range: Range;
  /** The block-level element whose text holds it (a paragraph, heading, list item…). */
  block: Element;
}

/** Whether a text node is still in the page with at least `offset` characters (the page may change it any time). */
const holds = (node: Text, offset: number): boolean => node.isConnected && offset <= node.length;

/**
 * Places the annotations of `blocks` (block indexes relative to that array) in the page. Text the page removed or
 * changed since it was read gives no mention (the change itself is read again).
 */
export function toMentions(doc: Document, blocks: readonly TextBlock[], annotations: readonly Annotation[]): Mention[] {
  const mentions: Mention[] = [];
  for (const annotation of annotations) {
    const block = blocks[annotation.block];
    if (!block) continue;
    const pos = rangeFor(block, annotation.start, annotation.end);
    if (!holds(pos.startNode, pos.startOffset) || !holds(pos.endNode, pos.endOffset)) continue;
    const range = doc.createRange();
    range.setStart(pos.startNode, pos.startOffset);
    range.setEnd(pos.endNode, pos.endOffset);
    const category = annotation.kind === 'actor' ? categoryOf(annotation.type) : 'figure';
    mentions.push({ annotation, category, range, block: block.element });
  }
  return mentions;
}
