// @vitest-environment happy-dom
/**
 * On a page with very many mentions, the highlighter keeps only those near the viewport in the registered highlights
 * (every registered range costs the browser work at each change of the page): all are drawn until the page passes
 * `WINDOW_ABOVE` mentions; then the elements the viewport's neighbourhood reports far lose theirs, those it reports
 * near get theirs back, and mentions read later are drawn only when near.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WINDOW_ABOVE, createHighlighter } from '../../../src/content/highlighter';
import type { Mention } from '../../../src/content/mentions';
import { mentionOf, page, textNode } from '../content/helpers';

class FakeHighlight extends Set<AbstractRange> {}
const registry = new Map<string, FakeHighlight>();

/** A stand-in for the browser's IntersectionObserver: the test reports which elements are near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.targets.add(el);
  }
  unobserve(el: Element): void {
    this.targets.delete(el);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  report(near: Element[], far: Element[]): void {
    this.callback([...near.map((target) => ({ target, isIntersecting: true })), ...far.map((target) => ({ target, isIntersecting: false }))]);
  }
}

/** `count` paragraphs naming Florence Parly, and a mention of each. */
function paragraphs(count: number): { elements: Element[]; mentions: Mention[] } {
  page(Array.from({ length: count }, (_, i) => `<p id="p${i}">Florence Parly spoke (${i}).</p>`).join(''));
  const elements = [...document.querySelectorAll('p')];
  return { elements, mentions: elements.map((p) => mentionOf(textNode(`#${p.id}`, 'Florence'), 'Florence Parly')) };
}

const drawn = (): number => registry.get('dossier-person')?.size ?? 0;

describe('the highlighter on a page with very many mentions', () => {
  beforeEach(() => {
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    FakeObserver.last = null;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    registry.clear();
  });

  it('draws every mention while there are few', () => {
    const { mentions } = paragraphs(50);
    createHighlighter(document).add(mentions);
    expect(drawn()).toBe(50);
    expect(FakeObserver.last).toBeNull();
  });

  it('keeps only the mentions near the viewport once there are many, and follows the viewport', () => {
    const { elements, mentions } = paragraphs(WINDOW_ABOVE + 100);
    const highlighter = createHighlighter(document);
    highlighter.add(mentions.slice(0, WINDOW_ABOVE));
    expect(FakeObserver.last).toBeNull();
    highlighter.add(mentions.slice(WINDOW_ABOVE, WINDOW_ABOVE + 50));
    const observer = FakeObserver.last!;
    expect(observer.targets.size).toBe(WINDOW_ABOVE + 50);
    // Until the first report, nothing vanishes.
    expect(drawn()).toBe(WINDOW_ABOVE + 50);

    observer.report(elements.slice(0, 10), elements.slice(10, WINDOW_ABOVE + 50));
    expect(drawn()).toBe(10);
    expect(registry.get('dossier-person')!.has(mentions[0]!.range)).toBe(true);

    // Read later, far away: known, observed, not drawn until near.
    highlighter.add(mentions.slice(WINDOW_ABOVE + 50));
    expect(drawn()).toBe(10);
    expect(observer.targets.size).toBe(WINDOW_ABOVE + 100);
    const last = elements[elements.length - 1]!;
    observer.report([last], elements.slice(0, 10));
    expect([...registry.get('dossier-person')!]).toEqual([mentions[mentions.length - 1]!.range]);

    // A removed mention's element is no longer watched; clearing stops the watch.
    highlighter.remove(mentions[mentions.length - 1]!);
    expect(observer.targets.has(last)).toBe(false);
    expect(drawn()).toBe(0);
    highlighter.clear();
    expect(observer.disconnected).toBe(true);
    expect(registry.size).toBe(0);
  });
});
