/**
 * Linking a date of the article to the timeline: the event on that day; when several fall on it, the one that shares
 * the most entities with the date's sentence (then with its paragraph, then with the page). The link `agrees` when the
 * event shares an entity with the sentence or paragraph, and is `unknown` (a date of the story, but maybe not this
 * event) otherwise.
 */
import type { RuntimeEvent, RuntimeIndex } from '../../kb/runtime';
import type { Verdict } from './facts';

export type EventsByDay = ReadonlyMap<string, readonly RuntimeEvent[]>;

export function buildEventsByDay(index: RuntimeIndex): EventsByDay {
  const byDay = new Map<string, RuntimeEvent[]>();
  for (const event of index.timeline) {
    const list = byDay.get(event.date) ?? [];
    list.push(event);
    byDay.set(event.date, list);
  }
  return byDay;
}

export interface EventLink {
  verdict: Verdict;
  event?: RuntimeEvent;
}

/** Entities named around the date: `sentence` ⊆ `paragraph`; `page`, those named anywhere on the page. */
export interface DateScope {
  sentence: ReadonlySet<number>;
  paragraph: ReadonlySet<number>;
  page: ReadonlySet<number>;
}

/** Whether overlap counts `a` beat `b`, compared level by level (sentence, then paragraph, then page). */
function beats(a: readonly number[], b: readonly number[]): boolean {
  const k = a.findIndex((n, level) => n !== b[level]);
  return k >= 0 && a[k]! > b[k]!;
}

export function linkDate(iso: string, scope: DateScope, byDay: EventsByDay): EventLink {
  let best: RuntimeEvent | undefined;
  let bestOverlaps = [-1, -1, -1];
  for (const event of byDay.get(iso) ?? []) {
    const overlaps = [scope.sentence, scope.paragraph, scope.page].map(
      (set) => event.entities.filter((e) => set.has(e)).length,
    );
    if (beats(overlaps, bestOverlaps)) {
      best = event;
      bestOverlaps = overlaps;
    }
  }
  if (best === undefined) return { verdict: 'unknown' };
  return { verdict: bestOverlaps[1]! > 0 ? 'agrees' : 'unknown', event: best };
}
