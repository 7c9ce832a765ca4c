/**
 * Functions evaluated inside hostile test pages: where each of Dossier's highlights lies, whether it is still on
 * text of the page, and Dossier's own timings.
 */
import type { DPage } from './browsers';

export interface HighlightPlace {
  /** The highlight's name (`dossier-person`…). */
  name: string;
  text: string;
  /** The id of the nearest element with one around the range's start, or ''. */
  within: string;
  /** Whether the range's text is in the document (not removed, not in a shadow tree). */
  inDocument: boolean;
  collapsed: boolean;
  /** The nearest `<article>` ancestor's index among the page's articles, or -1. */
  article: number;
}

/** Every range of every Dossier highlight, with where it lies. */
export function highlightPlaces(): HighlightPlace[] {
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  const articles = [...document.querySelectorAll('article')];
  const out: HighlightPlace[] = [];
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('dossier-')) continue;
    for (const range of highlight) {
      const start = range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      const article = el?.closest('article') ?? null;
      out.push({
        name,
        text: range.toString(),
        within: el?.closest('[id]')?.id ?? '',
        inDocument: document.contains(start),
        collapsed: range.collapsed,
        article: article ? articles.indexOf(article) : -1,
      });
    }
  }
  return out;
}

export interface DossierTiming {
  name: string;
  start: number;
  duration: number;
}

/** Dossier's User Timing measures (`dossier:detect`, `dossier:match`, `dossier:highlight`), in order. */
export function dossierTimings(): DossierTiming[] {
  return performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('dossier:'))
    .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration }));
}

/** Counts the page's text nodes (to check a generated page is as big as it claims). */
export function textNodeCount(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Characters of text in the page's body. */
export function bodyTextLength(): number {
  return document.body.textContent?.length ?? 0;
}

export interface PageHealth {
  /** The page's own uncaught errors and rejections. */
  errors: string[];
  /** Heartbeats of the page's timer so far. */
  beats: number;
  /** Long tasks the browser reported (Chromium). */
  longTasks: { start: number; duration: number }[];
}

/** What the hostile page's own health record says (`PAGE_HEALTH` in `tests/fixtures/hostile/pages.ts`). */
export function pageHealth(): PageHealth {
  const w = window as unknown as { __pageErrors?: string[]; __beats?: number; __longTasks?: PageHealth['longTasks'] };
  return { errors: w.__pageErrors ?? [], beats: w.__beats ?? 0, longTasks: w.__longTasks ?? [] };
}

/** Runs `fn` in the frame of `page` whose address starts with `prefix`; null when there is no such frame. */
export async function inFrame<R>(page: DPage, prefix: string, fn: () => R): Promise<R | null> {
  if (page.raw.browser === 'chromium') {
    const frame = page.raw.page.frames().find((f) => f.url().startsWith(prefix));
    return frame ? ((await frame.evaluate(fn)) as R) : null;
  }
  const frame = page.raw.page.frames().find((f) => f.url().startsWith(prefix));
  return frame ? ((await frame.evaluate(fn)) as R) : null;
}

/** How many ranges Dossier's highlights hold in the document (evaluated in a page or frame). */
export function highlightCount(): number {
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  let n = 0;
  for (const [name, h] of registry ?? []) if (name.startsWith('dossier-')) n += h.size;
  return n;
}

/** The viewport centre of the first highlighted range visible in this document's viewport, or null. */
export function firstVisibleMention(): { x: number; y: number } | null {
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  for (const [name, h] of registry ?? []) {
    if (!name.startsWith('dossier-') || name === 'dossier-figure') continue;
    for (const range of h) {
      const r = range.getClientRects()[0];
      if (r && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth)
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    }
  }
  return null;
}
