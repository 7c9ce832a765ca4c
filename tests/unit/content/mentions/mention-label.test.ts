// @vitest-environment happy-dom
/** What a screen reader hears on moving to a highlight: its text, its kind and its place, in the reader's language. */
import { describe, expect, it } from 'vitest';
import { mentionLabel } from '../../../../src/content/mentions/mention-label';
import { mentionOf, page, textNode } from '../helpers';
import { translator } from '../locale-helper';

describe('mentionLabel', () => {
  it('says the name as written, its kind and its place, in English and French', () => {
    page('<p>France sent Florence\n   Parly and 200 soldiers.</p>');
    const node = textNode('p', 'France');
    const parly = mentionOf(node, 'Florence\n   Parly');
    expect(mentionLabel(parly, { n: 2, of: 27 }, translator('en'))).toBe('Florence Parly, Person, 2 of 27');
    expect(mentionLabel(parly, { n: 2, of: 27 }, translator('fr'))).toBe('Florence Parly, Personne, 2 sur 27');
    const troops = mentionOf(node, '200 soldiers', 'figure');
    expect(mentionLabel(troops, { n: 3, of: 27 }, translator('en'))).toBe('200 soldiers, Figure, 3 of 27');
  });
});
