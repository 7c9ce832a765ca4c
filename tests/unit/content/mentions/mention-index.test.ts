// @vitest-environment happy-dom
/** The mention index: lookup by DOM point and by range, reading order kept whatever order mentions come in. */
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../../src/content/mentions/mention-index';
import type { Mention } from '../../../../src/content/mentions/mentions';
import { mentionOf, page, textNode } from '../helpers';

function seedPage(): { first: Text; second: Text } {
  page('<p>France sent Florence Parly to Iraq.</p><p>NATO and France met in Baghdad.</p>');
  return { first: textNode('p', 'France sent'), second: textNode('p', 'NATO') };
}

const texts = (list: readonly Mention[]) => list.map((m) => m.range.toString());

describe('MentionIndex', () => {
  it('keeps reading order when mentions arrive out of order', () => {
    const { first, second } = seedPage();
    const index = new MentionIndex();
    index.add([mentionOf(second, 'NATO'), mentionOf(second, 'Baghdad')]);
    index.add([mentionOf(first, 'Florence Parly'), mentionOf(first, 'France')]);
    index.add([mentionOf(first, 'Iraq'), mentionOf(second, 'France')]);
    expect(texts(index.all())).toEqual(['France', 'Florence Parly', 'Iraq', 'NATO', 'France', 'Baghdad']);
    expect(index.size).toBe(6);
  });

  it('finds the mention at a DOM point, inclusive of its ends, and none between mentions', () => {
    const { first } = seedPage();
    const index = new MentionIndex();
    const parly = mentionOf(first, 'Florence Parly');
    index.add([mentionOf(first, 'France'), parly]);
    const at = first.data.indexOf('Florence');
    expect(index.at(first, at)).toBe(parly);
    expect(index.at(first, at + 'Florence Parly'.length)).toBe(parly);
    expect(index.at(first, first.data.indexOf('sent'))).toBeNull();
    expect(index.forRange(parly.range)).toBe(parly);
    expect(index.inNode(first)).toHaveLength(2);
  });

  it('indexes a mention under every text node it spans', () => {
    page('<p><i>Before</i> it, Florence <b>Parly</b> spoke.</p>');
    const start = textNode('p', 'Florence');
    const end = textNode('b', 'Parly');
    const range = document.createRange();
    range.setStart(start, start.data.indexOf('Florence'));
    range.setEnd(end, 5);
    const mention = { ...mentionOf(start, 'Florence'), range };
    const index = new MentionIndex();
    index.add([mention]);
    expect(index.at(end, 2)).toBe(mention);
    expect(index.inNode(start)).toEqual([mention]);
    expect(index.inNode(textNode('p', 'spoke'))).toEqual([]);
    expect(index.inNode(textNode('i', 'Before'))).toEqual([]);
  });

  it('steps to the next and previous mention from a point, skipping the one holding it and those not accepted', () => {
    const { first, second } = seedPage();
    const index = new MentionIndex();
    index.add([
      mentionOf(first, 'France'),
      mentionOf(first, 'Florence Parly'),
      mentionOf(first, 'Iraq', 'state'),
      mentionOf(second, 'NATO'),
    ]);
    const inParly = first.data.indexOf('Parly');
    expect(index.step(first, inParly, 1)?.range.toString()).toBe('Iraq');
    expect(index.step(first, inParly, -1)?.range.toString()).toBe('France');
    expect(index.step(first, inParly, 1, (m) => m.category !== 'state')?.range.toString()).toBe('NATO');
    expect(index.step(document.body, 0, 1)?.range.toString()).toBe('France');
    expect(index.step(document.body, document.body.childNodes.length, -1)?.range.toString()).toBe('NATO');
    expect(index.step(second, 0, -1)?.range.toString()).toBe('Iraq');
    expect(index.step(first, 0, -1)).toBeNull();
  });

  it('counts an entity’s mentions and forgets removed ones everywhere', () => {
    const { first, second } = seedPage();
    const index = new MentionIndex();
    const nato = mentionOf(second, 'NATO');
    index.add([mentionOf(first, 'France', 'state', 'france'), nato, mentionOf(second, 'France', 'state', 'france')]);
    expect(index.countOf('france')).toBe(2);
    expect(index.remove((m) => m === nato)).toEqual([nato]);
    expect(index.forRange(nato.range)).toBeNull();
    expect(index.at(second, 1)).toBeNull();
    expect(texts(index.all())).toEqual(['France', 'France']);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.inNode(first)).toEqual([]);
  });

  it('tells a mention’s place among those shown, in reading order', () => {
    const { first, second } = seedPage();
    const index = new MentionIndex();
    const parly = mentionOf(first, 'Florence Parly');
    const nato = mentionOf(second, 'NATO', 'organisation');
    index.add([mentionOf(second, 'Baghdad'), nato, parly, mentionOf(first, 'France')]);
    expect(index.placeOf(parly)).toEqual({ n: 2, of: 4 });
    // Hidden categories count for nothing; a hidden mention has no place.
    const people = (m: Mention) => m.category === 'person';
    expect(index.placeOf(parly, people)).toEqual({ n: 2, of: 3 });
    expect(index.placeOf(nato, people)).toEqual({ n: 0, of: 3 });
  });
});
