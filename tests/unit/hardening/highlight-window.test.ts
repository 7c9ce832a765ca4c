// @vitest-environment happy-dom
/**
 * On a page with very many mentions, the highlighter keeps only those near the viewport in the registered highlights
 * (every registered range costs the browser work at each change of the page): all are drawn until the page passes
 * `WINDOW_ABOVE` mentions; then the elements the viewport's neighbourhood reports far lose theirs, those it reports
 * near get theirs back, and mentions read later are drawn only when near. An element with very many mentions (one
 * huge paragraph) is drawn only within a band around the viewport, which follows the reader's scrolling.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BAND_MARGIN, LONG_ELEMENT, WINDOW_ABOVE, createHighlighter } from '../../../src/content/highlight/highlighter';
import { itemsInBand } from '../../../src/content/highlight/mention-band';
import type { Mention } from '../../../src/content/mentions/mentions';
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
    this.callback([
      ...near.map((target) => ({ target, isIntersecting: true })),
      ...far.map((target) => ({ target, isIntersecting: false })),
    ]);
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

  it('draws only near mentions from the start when told the article is long', () => {
    const { elements, mentions } = paragraphs(20);
    const highlighter = createHighlighter(document);
    highlighter.drawNearOnly();
    highlighter.add(mentions);
    expect(drawn()).toBe(0);
    FakeObserver.last!.report(elements.slice(0, 3), elements.slice(3));
    expect(drawn()).toBe(3);
    highlighter.clear();
  });

  it('keeps only the mentions near the viewport once there are many, and follows the viewport', () => {
    const { elements, mentions } = paragraphs(WINDOW_ABOVE + 100);
    const highlighter = createHighlighter(document);
    highlighter.add(mentions.slice(0, WINDOW_ABOVE));
    expect(FakeObserver.last).toBeNull();
    highlighter.add(mentions.slice(WINDOW_ABOVE, WINDOW_ABOVE + 50));
    const observer = FakeObserver.last!;
    expect(observer.targets.size).toBe(WINDOW_ABOVE + 50);
    // Until the first report, nothing drawn vanishes; the mentions that opened the window wait for it.
    expect(drawn()).toBe(WINDOW_ABOVE);

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

describe('a long element on such a page', () => {
  const LINE = 20;
  const PER_LINE = 2;
  let scrolled = 0;
  let frames: FrameRequestCallback[] = [];
  const flush = (): void => {
    const run = frames;
    frames = [];
    for (const f of run) f(0);
  };

  beforeEach(() => {
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('innerHeight', 800);
    scrolled = 0;
    frames = [];
    // The fake layout: the page scrolls by `scrolled`; each test places its mentions.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => ({ top: -scrolled }) as DOMRect);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    registry.clear();
  });

  it('draws only the mentions of a long element within a band around the viewport, following the reader', () => {
    const count = 2_000;
    const text = Array.from({ length: count }, (_, i) => `Florence Parly ${i}.`).join(' ');
    page(
      `<p id="long" data-line="0">${text}</p><div id="rest">${'<p>Florence Parly again.</p>'.repeat(WINDOW_ABOVE)}</div>`,
    );
    const node = document.querySelector('#long')!.firstChild as Text;
    // Mentions of the long paragraph, each placed on its own line by the fake layout below.
    const long = Array.from({ length: count }, (_, i) => {
      const m = mentionOf(node, 'Florence Parly');
      const start = node.data.indexOf(`Florence Parly ${i}.`);
      m.range.setStart(node, start);
      m.range.setEnd(node, start + 'Florence Parly'.length);
      return m;
    });
    const lineOf = new Map(long.map((m, i) => [m.range, Math.floor(i / PER_LINE)]));
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = (lineOf.get(this) ?? 0) * LINE - scrolled;
      return { top, bottom: top + LINE } as DOMRect;
    });
    const rest = [...document.querySelectorAll('#rest p')].map((p) =>
      mentionOf(p.firstChild as Text, 'Florence Parly'),
    );
    const highlighter = createHighlighter(document);
    highlighter.add([...long, ...rest]);
    const observer = FakeObserver.last!;
    observer.report([document.querySelector('#long')!], [...document.querySelectorAll('#rest p')]);
    flush();

    const drawnLines = (): number[] => {
      const lines = [...registry.get('dossier-person')!]
        .map((r) => lineOf.get(r as Range)!)
        .filter((l) => l !== undefined);
      return [Math.min(...lines), Math.max(...lines)];
    };
    const reach = (BAND_MARGIN + 1) * 800;
    expect(drawnLines()).toEqual([0, Math.floor(reach / LINE)]);
    expect(count).toBeGreaterThan(LONG_ELEMENT);
    expect(registry.get('dossier-person')!.size).toBeLessThan(count / 4);

    // A small scroll leaves the band as it is; a long one moves it, at the next frame.
    scrolled = 300;
    dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(0);
    scrolled = 10_000;
    dispatchEvent(new Event('scroll'));
    flush();
    const [first, last] = drawnLines();
    expect(first).toBe(Math.ceil((10_000 - BAND_MARGIN * 800) / LINE) - 1);
    expect(last).toBe(Math.floor((10_000 + reach) / LINE));

    // A mention read again (the page edited its text) rejoins the band at the next frame, in reading order.
    const inBand = long[Math.floor(10_000 / LINE) * PER_LINE]!;
    highlighter.remove(inBand);
    expect(registry.get('dossier-person')!.has(inBand.range)).toBe(false);
    highlighter.add([inBand]);
    expect(registry.get('dossier-person')!.has(inBand.range)).toBe(false);
    flush();
    expect(registry.get('dossier-person')!.has(inBand.range)).toBe(true);
    expect(drawnLines()).toEqual([first, last]);

    highlighter.clear();
    expect(registry.size).toBe(0);
    dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(0);
  });
});

describe('itemsInBand', () => {
  const boxes = Array.from({ length: 100 }, (_, i) => ({ top: i * 10, bottom: i * 10 + 10 }));
  it('finds the items whose boxes meet the band', () => {
    expect(itemsInBand(boxes, (b) => b, { top: 95, bottom: 200 })).toEqual([9, 21]);
    expect(itemsInBand(boxes, (b) => b, { top: -50, bottom: 5 })).toEqual([0, 1]);
    expect(itemsInBand(boxes, (b) => b, { top: 2_000, bottom: 3_000 })).toEqual([100, 100]);
    expect(itemsInBand([], (b: { top: number; bottom: number }) => b, { top: 0, bottom: 10 })).toEqual([0, 0]);
  });
});
