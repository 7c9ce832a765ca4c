import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { openingText } from '../../../src/core/dom/opening-text';

const p = (html: string): Element => parseHTML(`<html><body><p>${html}</p></body></html>`).document.querySelector('p')!;

describe('openingText', () => {
  it('reads the element’s text as textContent has it, across nodes, up to `max` characters', () => {
    const el = p('Florence <em>Parly</em> said <a href="#">on Tuesday</a> that France would stay.');
    expect(openingText(el, 1_000)).toBe(el.textContent);
    expect(openingText(el, 14)).toBe('Florence Parly');
    expect(openingText(el, 0)).toBe('');
  });

  it('takes only what it needs of a huge text node', () => {
    const el = p('word '.repeat(100_000));
    expect(openingText(el, 12)).toBe('word word wo');
  });
});
