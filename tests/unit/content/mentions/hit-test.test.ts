// @vitest-environment happy-dom
/**
 * From a point of the viewport to the mention drawn there and the line box under the pointer: through
 * `highlightsFromPoint` where the browser has it, else the caret position under the point, checked against the
 * mention's boxes. (happy-dom has no layout: the boxes and caret are given.)
 */
import { describe, expect, it, vi } from 'vitest';
import { firstLine, hitTest, lineAt } from '../../../../src/content/mentions/hit-test';
import { MentionIndex } from '../../../../src/content/mentions/mention-index';
import type { Mention } from '../../../../src/content/mentions/mentions';
import { mentionOf, page, textNode } from '../helpers';

const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top }) as DOMRect;

function withBoxes(mention: Mention, boxes: DOMRect[]): Mention {
  vi.spyOn(mention.range, 'getClientRects').mockReturnValue(boxes as unknown as DOMRectList);
  return mention;
}

function setup() {
  page('<p>Defence Minister Florence Parly tweeted.</p>');
  const text = textNode('p', 'Florence');
  // "Florence Parly" wraps: "Florence" ends line 1, "Parly" starts line 2.
  const parly = withBoxes(mentionOf(text, 'Florence Parly'), [rect(700, 100, 770, 120), rect(0, 124, 40, 144)]);
  const index = new MentionIndex();
  index.add([parly]);
  return { text, parly, index };
}

/** The document with its caret lookups writable (happy-dom has neither). */
type CaretDoc = { caretPositionFromPoint?: unknown; caretRangeFromPoint?: unknown };

describe('lineAt / firstLine', () => {
  it('gives the line box under the point, or none off the mention', () => {
    const { parly } = setup();
    expect(lineAt(parly.range, 20, 130)).toEqual({ left: 0, top: 124, right: 40, bottom: 144 });
    expect(lineAt(parly.range, 720, 110)).toEqual({ left: 700, top: 100, right: 770, bottom: 120 });
    expect(lineAt(parly.range, 300, 110)).toBeNull();
    expect(firstLine(parly.range)).toEqual({ left: 700, top: 100, right: 770, bottom: 120 });
  });

  it('joins the boxes a mention has on one line (inline elements split it)', () => {
    const { parly } = setup();
    withBoxes(parly, [rect(100, 100, 160, 120), rect(160, 101, 200, 119)]);
    expect(lineAt(parly.range, 110, 110)).toEqual({ left: 100, top: 100, right: 200, bottom: 120 });
  });
});

describe('hitTest', () => {
  it('maps the caret under the point to the mention, checked against its boxes', () => {
    const { text, parly, index } = setup();
    const doc = document as unknown as CaretDoc;
    doc.caretPositionFromPoint = vi.fn(() => ({ offsetNode: text, offset: text.data.indexOf('Parly') }));
    try {
      expect(hitTest(document, 20, 130, index, () => true, null)).toEqual({
        mention: parly,
        line: { left: 0, top: 124, right: 40, bottom: 144 },
      });
      // The caret snaps to the nearest text even far beyond the line's end: the boxes decide.
      expect(hitTest(document, 500, 130, index, () => true, null)).toBeNull();
      // Hidden categories open no card.
      expect(hitTest(document, 20, 130, index, () => false, null)).toBeNull();
    } finally {
      delete doc.caretPositionFromPoint;
    }
  });

  it('uses caretRangeFromPoint where caretPositionFromPoint is missing', () => {
    const { text, parly, index } = setup();
    const doc = document as unknown as CaretDoc;
    const caret = document.createRange();
    caret.setStart(text, text.data.indexOf('Florence') + 2);
    doc.caretRangeFromPoint = vi.fn(() => caret);
    try {
      expect(hitTest(document, 720, 110, index, () => true, null)?.mention).toBe(parly);
    } finally {
      delete doc.caretRangeFromPoint;
    }
  });

  it('prefers highlightsFromPoint where the registry has it', () => {
    const { parly, index } = setup();
    const highlightsFromPoint = vi.fn(() => [{ ranges: [parly.range] }]);
    const registry = Object.assign(new Map(), { highlightsFromPoint }) as unknown as HighlightRegistry;
    expect(hitTest(document, 720, 110, index, () => true, registry)?.mention).toBe(parly);
    expect(highlightsFromPoint).toHaveBeenCalledWith(720, 110);
    highlightsFromPoint.mockReturnValue([]);
    expect(hitTest(document, 720, 110, index, () => true, registry)).toBeNull();
  });

  it('asks the caret too when highlightsFromPoint finds nothing (Chromium on a screen with a pixel ratio above 1)', () => {
    const { text, parly, index } = setup();
    const highlightsFromPoint = vi.fn(() => []);
    const registry = Object.assign(new Map(), { highlightsFromPoint }) as unknown as HighlightRegistry;
    const doc = document as unknown as CaretDoc;
    doc.caretPositionFromPoint = vi.fn(() => ({ offsetNode: text, offset: text.data.indexOf('Parly') }));
    try {
      expect(hitTest(document, 20, 130, index, () => true, registry)?.mention).toBe(parly);
      expect(highlightsFromPoint).toHaveBeenCalled();
    } finally {
      delete doc.caretPositionFromPoint;
    }
  });
});
