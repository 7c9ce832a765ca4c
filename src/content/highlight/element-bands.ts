/**
 * Long elements drawn by band: once the highlighter's window is open, an element near the viewport that holds more
 * than `LONG_ELEMENT` mentions (a paragraph of fifty thousand words) has only its mentions within `BAND_MARGIN`
 * viewports above and below the viewport drawn (see `mention-band.ts`). The band is worked out at the next frame, and
 * again whenever the element's mentions change or the reader has scrolled it half a viewport.
 */
import type { CategoryHighlights } from './category-highlights';
import { itemsInBand } from './mention-band';
import type { Mention } from '../mentions/mentions';

/** How far above and below the viewport a long element's band reaches, in viewports. */
export const BAND_MARGIN = 0.5;

export interface ElementBands {
  has(el: Element): boolean;
  /** Draws the element by band from the next frame; what is drawn of it now stays until then. */
  start(el: Element): void;
  /** The element's mentions changed: its band is worked out again at the next frame. */
  refresh(el: Element): void;
  /** One of the element's mentions is gone. */
  forget(mention: Mention, el: Element): void;
  /** Stops drawing the element by band (it went far from the viewport, or holds no mention any more). */
  drop(el: Element): void;
  /** From now on, moves the bands as the reader scrolls or resizes the window. */
  followScrolling(): void;
  clear(): void;
}

interface BandState {
  /** The mentions drawn. */
  shown: Set<Mention>;
  /** Where the element's top was when its band was drawn (viewport coordinates); null before its first band. */
  at: number | null;
  /** Its mentions in reading order, sorted when first needed after a change. */
  list: Mention[] | null;
}

/**
 * @param highlights where mentions are drawn
 * @param mentionsOf every mention the element holds, drawn or not
 */
export function createElementBands(
  highlights: Pick<CategoryHighlights, 'draw' | 'undraw' | 'isDrawn'>,
  mentionsOf: (el: Element) => ReadonlySet<Mention> | undefined,
): ElementBands {
  const banded = new Map<Element, BandState>();
  /** Elements whose band is to be drawn again at the next frame. */
  const dirty = new Set<Element>();
  let frame = 0;

  /** Draws the mentions of a long element that lie near the viewport, and undraws those that no longer do. */
  const drawBand = (el: Element): void => {
    const state = banded.get(el);
    const held = mentionsOf(el);
    if (!state || !held) return;
    const height = innerHeight;
    // In reading order (mentions read again after an edit of the page come last in `held`).
    const list = (state.list ??= [...held].sort((a, b) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
    ));
    const [from, to] = itemsInBand(list, (m) => m.range.getBoundingClientRect(), {
      top: -BAND_MARGIN * height,
      bottom: height * (1 + BAND_MARGIN),
    });
    const next = new Set(list.slice(from, to));
    for (const m of state.shown) if (!next.has(m)) highlights.undraw(m);
    for (const m of next) if (!state.shown.has(m)) highlights.draw(m);
    state.shown = next;
    state.at = el.getBoundingClientRect().top;
  };
  const redraw = (): void => {
    frame = 0;
    for (const el of dirty) drawBand(el);
    dirty.clear();
  };
  const schedule = (el: Element): void => {
    dirty.add(el);
    if (frame === 0) frame = requestAnimationFrame(redraw);
  };
  /** As the reader scrolls, a long element's band moves once the element has moved half a viewport. */
  const onScroll = (): void => {
    const height = innerHeight;
    for (const [el, state] of banded) {
      if (state.at === null || Math.abs(el.getBoundingClientRect().top - state.at) > height / 2) schedule(el);
    }
  };

  return {
    has: (el) => banded.has(el),
    start(el) {
      if (!banded.has(el)) {
        const drawn = [...(mentionsOf(el) ?? [])].filter((m) => highlights.isDrawn(m));
        banded.set(el, { shown: new Set(drawn), at: null, list: null });
      }
      schedule(el);
    },
    refresh(el) {
      const state = banded.get(el);
      if (!state) return;
      state.list = null;
      schedule(el);
    },
    forget(mention, el) {
      const state = banded.get(el);
      if (!state) return;
      state.shown.delete(mention);
      state.list = null;
    },
    drop(el) {
      banded.delete(el);
      dirty.delete(el);
    },
    followScrolling() {
      addEventListener('scroll', onScroll, { capture: true, passive: true });
      addEventListener('resize', onScroll, { passive: true });
    },
    clear() {
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
      banded.clear();
      dirty.clear();
    },
  };
}
