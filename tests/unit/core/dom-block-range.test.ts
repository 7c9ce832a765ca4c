import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { rangeFor } from '../../../src/core/dom/block-range';
import { collectTextBlocks, type TextBlock } from '../../../src/core/dom/text-blocks';

function blockOf(html: string): TextBlock {
  const { document } = parseHTML(`<!DOCTYPE html><html><body><p id="p">${html}</p></body></html>`);
  const [block] = collectTextBlocks([document.getElementById('p') as unknown as Element]);
  return block!;
}

describe('rangeFor', () => {
  const block = blockOf('The <em>US</em>-<a href="#">led</a> coalition');
  const [the, us, dash, led, coalition] = block.nodes;

  it('maps offsets inside one node', () => {
    expect(rangeFor(block, 0, 3)).toEqual({ startNode: the, startOffset: 0, endNode: the, endOffset: 3 });
  });

  it('maps a match across inline elements', () => {
    expect(block.text.slice(4, 20)).toBe('US-led coalition');
    expect(rangeFor(block, 4, 20)).toEqual({ startNode: us, startOffset: 0, endNode: coalition, endOffset: 10 });
  });

  it('puts an end at a node boundary in the earlier node, a start in the later one', () => {
    expect(rangeFor(block, 4, 6)).toEqual({ startNode: us, startOffset: 0, endNode: us, endOffset: 2 });
    expect(rangeFor(block, 6, 10)).toEqual({ startNode: dash, startOffset: 0, endNode: led, endOffset: 3 });
  });

  it('maps offsets on a <br> space to the edges of the neighbouring nodes', () => {
    const br = blockOf('Iraq<br>Iran');
    expect(br.text).toBe('Iraq Iran');
    expect(rangeFor(br, 4, 9)).toEqual({ startNode: br.nodes[1], startOffset: 0, endNode: br.nodes[1], endOffset: 4 });
    expect(rangeFor(br, 0, 5)).toEqual({ startNode: br.nodes[0], startOffset: 0, endNode: br.nodes[0], endOffset: 4 });
  });

  it('clamps offsets and collapses an empty range at its start', () => {
    expect(rangeFor(block, -5, 3)).toEqual({ startNode: the, startOffset: 0, endNode: the, endOffset: 3 });
    expect(rangeFor(block, 15, 999)).toEqual({
      startNode: coalition,
      startOffset: 5,
      endNode: coalition,
      endOffset: 10,
    });
    expect(rangeFor(block, 5, 5)).toEqual({ startNode: us, startOffset: 1, endNode: us, endOffset: 1 });
  });

  describe('property: the DOM range reads back the same substring (happy-dom Range)', () => {
    const window = new Window();
    afterAll(() => window.happyDOM.close());

    const INLINE = ['em', 'strong', 'a', 'span', 'b', 'i', 'abbr', 'mark', 'time', 'sup', 'sub'];
    const piece = fc.record({
      text: fc.string({
        minLength: 1,
        maxLength: 12,
        unit: fc.constantFrom(...'Iraq US-led coalition, “Ünïcödé” 200 é & < >'),
      }),
      tags: fc.array(fc.constantFrom(...INLINE), { maxLength: 3 }),
    });

    /** A paragraph "A…Z" whose middle is the pieces, each wrapped in its nested inline elements. */
    function paragraph(doc: Document, pieces: { text: string; tags: string[] }[]): Element {
      const p = doc.createElement('p');
      p.append('A');
      for (const { text, tags } of pieces) {
        const node = tags.reduceRight<Node>((inner, tag) => {
          const el = doc.createElement(tag);
          el.append(inner);
          return el;
        }, doc.createTextNode(text));
        p.append(node);
      }
      p.append('Z');
      return p;
    }

    it('holds for random text split across random nested inline elements', () => {
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (pieces, a, b) => {
          const doc = window.document as unknown as Document;
          const p = paragraph(doc, pieces);
          doc.body.replaceChildren(p);
          const [block] = collectTextBlocks([p]);
          const length = block!.text.length;
          const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
          const r = rangeFor(block!, start, end);
          const range = doc.createRange();
          range.setStart(r.startNode, r.startOffset);
          range.setEnd(r.endNode, r.endOffset);
          expect(range.toString()).toBe(block!.text.slice(start, end));
        }),
        { numRuns: 300 },
      );
    });
  });
});
