// @vitest-environment happy-dom
/**
 * The highlighter: with the CSS Custom Highlight API, one `Highlight` per category registered as
 * `dossier-<category>` and no change to the DOM; without it (happy-dom has none, like an old browser), the
 * fallback wraps each mention in `<dossier-mark>` and unwraps it again, leaving the text as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightName } from '../../../../src/content/highlight/highlight-css';
import { createHighlighter } from '../../../../src/content/highlight/highlighter';
import { mentionOf, page, textNode } from '../helpers';

describe('wrapping fallback (no Custom Highlight API)', () => {
  it('is chosen where the API is missing', () => {
    expect('highlights' in CSS).toBe(false);
    expect(createHighlighter(document).mode).toBe('wrap');
  });

  it('wraps mentions in <dossier-mark> with their category, hides and shows categories, unwraps on clear', () => {
    const body = page('<p>Defence Minister Florence Parly met NATO <em>officials</em> in Paris.</p>');
    const before = body.textContent;
    const highlighter = createHighlighter(document);
    const text = textNode('p', 'Florence');
    const parly = mentionOf(text, 'Florence Parly', 'person');
    const nato = mentionOf(text, 'NATO', 'organisation');
    expect(highlighter.add([parly, nato])).toEqual([parly, nato]);
    const marks = [...body.querySelectorAll('dossier-mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-category')])).toEqual([
      ['Florence Parly', 'person'],
      ['NATO', 'organisation'],
    ]);
    expect(body.textContent).toBe(before);
    // The mention's live range now holds its mark.
    expect(parly.range.toString()).toBe('Florence Parly');

    highlighter.setVisible(new Set(['organisation']));
    expect(marks.map((m) => m.hasAttribute('data-hidden'))).toEqual([true, false]);
    highlighter.setVisible(new Set(['person', 'organisation']));
    expect(marks.map((m) => m.hasAttribute('data-hidden'))).toEqual([false, false]);

    highlighter.remove(nato);
    expect(body.querySelectorAll('dossier-mark')).toHaveLength(1);
    highlighter.clear();
    expect(body.querySelectorAll('dossier-mark')).toHaveLength(0);
    expect(body.textContent).toBe(before);
    expect(body.querySelector('em')?.textContent).toBe('officials');
  });

  it('leaves a mention that spans several text nodes undrawn rather than restructure the page', () => {
    const body = page('<p>Florence <b>Parly</b> spoke.</p>');
    const first = textNode('p', 'Florence');
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(textNode('b', 'Parly'), 5);
    const mention = { ...mentionOf(first, 'Florence'), range };
    expect(createHighlighter(document).add([mention])).toEqual([]);
    expect(body.querySelector('dossier-mark')).toBeNull();
  });
});

describe('Custom Highlight API', () => {
  class FakeHighlight extends Set<AbstractRange> {}
  const registry = new Map<string, FakeHighlight>();

  const withApi = () => {
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  };
  afterEach(() => {
    vi.unstubAllGlobals();
    registry.clear();
  });

  it('registers one highlight per category as dossier-<category>, without touching the DOM', () => {
    withApi();
    const body = page('<p>Florence Parly met NATO and Florence Parly again.</p>');
    const snapshot = body.cloneNode(true);
    const text = textNode('p', 'Florence');
    const highlighter = createHighlighter(document);
    expect(highlighter.mode).toBe('highlight-api');

    const parly = mentionOf(text, 'Florence Parly', 'person');
    const nato = mentionOf(text, 'NATO', 'organisation');
    expect(highlighter.add([parly, nato])).toEqual([parly, nato]);
    expect([...registry.keys()].sort()).toEqual([highlightName('organisation'), highlightName('person')]);
    expect([...registry.get('dossier-person')!]).toEqual([parly.range]);
    expect(body.isEqualNode(snapshot)).toBe(true);

    highlighter.setVisible(new Set(['person']));
    expect([...registry.keys()]).toEqual(['dossier-person']);
    highlighter.setVisible(new Set(['person', 'organisation']));
    expect(registry.get('dossier-organisation')?.has(nato.range)).toBe(true);

    highlighter.remove(parly);
    expect(registry.get('dossier-person')?.size).toBe(0);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('switches style by registering the same highlights under the other style’s names', () => {
    withApi();
    page('<p>Florence Parly met NATO.</p>');
    const text = textNode('p', 'Florence');
    const highlighter = createHighlighter(document, 'background');
    const parly = mentionOf(text, 'Florence Parly', 'person');
    highlighter.add([parly, mentionOf(text, 'NATO', 'organisation')]);
    expect([...registry.keys()].sort()).toEqual(['dossier-organisation-tint', 'dossier-person-tint']);
    const person = registry.get('dossier-person-tint');

    highlighter.setStyle('underline');
    expect([...registry.keys()].sort()).toEqual(['dossier-organisation', 'dossier-person']);
    expect(registry.get('dossier-person')).toBe(person);
    highlighter.setVisible(new Set(['organisation']));
    highlighter.setStyle('background');
    expect([...registry.keys()]).toEqual(['dossier-organisation-tint']);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('leaves other highlights of the page alone', () => {
    withApi();
    const own = new FakeHighlight();
    registry.set('page-search', own);
    const highlighter = createHighlighter(document);
    page('<p>NATO</p>');
    highlighter.add([mentionOf(textNode('p', 'NATO'), 'NATO', 'organisation')]);
    highlighter.clear();
    expect([...registry.entries()]).toEqual([['page-search', own]]);
  });
});
