/**
 * A paragraph too long to annotate in one step (a page of one 50,000-word paragraph) is read in pieces: the pieces
 * cover its text exactly, in order, each short enough, cut after a sentence where one fits; and an offset in a piece
 * maps to the same place in the page as the same text in the whole block.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { rangeFor } from '../../../src/core/dom/block-range';
import type { TextBlock } from '../../../src/core/dom/text-blocks';
import { splitBlock } from '../../../src/content/reading/page-scan';

const { document } = parseHTML('<!DOCTYPE html><html><body><p></p></body></html>');

/** A block over text nodes holding these strings, one after the other. */
function blockOf(parts: string[]): TextBlock {
  const p = document.querySelector('p')!;
  const nodes = parts.map((part) => document.createTextNode(part) as unknown as Text);
  p.replaceChildren(...(nodes as unknown as Node[]));
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  return { text, nodes, starts, element: p as unknown as Element };
}

/** The page's text between two block positions. */
function textBetween(block: TextBlock, start: number, end: number): string {
  const r = rangeFor(block, start, end);
  if (r.startNode === r.endNode) return r.startNode.data.slice(r.startOffset, r.endOffset);
  const from = block.nodes.indexOf(r.startNode);
  const to = block.nodes.indexOf(r.endNode);
  let out = r.startNode.data.slice(r.startOffset);
  for (let i = from + 1; i < to; i++) out += block.nodes[i]!.data;
  return out + r.endNode.data.slice(0, r.endOffset);
}

const words = fc.array(
  fc.constantFrom('Florence', 'Parly', 'said.', 'NATO', 'in', 'Iraq.', 'a', 'the', '🇫🇷', 'xxxxxxxxxxxx'),
  {
    minLength: 1,
    maxLength: 400,
  },
);
const parts = fc.array(
  words.map((w) => w.join(' ') + ' '),
  { minLength: 1, maxLength: 12 },
);

describe('splitBlock', () => {
  it('leaves a block within the limit whole', () => {
    const block = blockOf(['Florence Parly said so.']);
    expect(splitBlock(block, 100)).toEqual([block]);
  });

  it('cuts a long block into pieces that cover it exactly, each within the limit', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 20, max: 400 }), (texts, max) => {
        const block = blockOf(texts);
        const pieces = splitBlock(block, max);
        expect(pieces.map((p) => p.text).join('')).toBe(block.text);
        for (const piece of pieces) {
          expect(piece.text.length).toBeLessThanOrEqual(max);
          expect(piece.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('cuts after a sentence when one ends in the second half of a piece', () => {
    const sentence = 'Florence Parly said France would stay in Iraq. ';
    const pieces = splitBlock(blockOf([sentence.repeat(20)]), 200);
    for (const piece of pieces.slice(0, -1)) expect(piece.text.endsWith('. ')).toBe(true);
  });

  it('maps every offset of a piece to the page text the whole block has there', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 20, max: 300 }), fc.nat(), fc.nat(), (texts, max, a, b) => {
        const block = blockOf(texts);
        let offset = 0;
        for (const piece of splitBlock(block, max)) {
          const start = a % (piece.text.length + 1);
          const end = start + (b % (piece.text.length - start + 1));
          expect(textBetween(piece, start, end)).toBe(piece.text.slice(start, end));
          expect(textBetween(piece, start, end)).toBe(textBetween(block, offset + start, offset + end));
          offset += piece.text.length;
        }
      }),
    );
  });
});
