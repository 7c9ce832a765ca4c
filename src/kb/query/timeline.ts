/** The story's timeline for the fact panel, with the events the page refers to marked. */
import type { KbDetails } from '../runtime';
import { createKeyResolver } from '../runtime-keys';
import type { Source, TimelineEvent } from '../schema';

/** What a page names, as far as its timeline needs it (a page's state holds these and more). */
export interface PageReferences {
  actors: readonly { id: string }[];
  /** A figure's `event`: the timeline event (runtime key or id) that a date of the page was linked to. */
  figures: readonly { event?: string }[];
}

export interface TimelineRow {
  event: TimelineEvent;
  sources: Source[];
  /** The page names the event, or links one of its figures (a date) to it. */
  onPage: boolean;
}

/** Ids of the timeline events a page refers to: through a linked date, or by naming an event entity. */
export function eventsOnPage(details: KbDetails, page: PageReferences | null): Set<string> {
  const ids = new Set<string>();
  if (!page) return ids;
  const keys = createKeyResolver(details);
  for (const f of page.figures) {
    const id = f.event === undefined ? undefined : keys.eventId(f.event);
    if (id) ids.add(id);
  }
  const named = new Set(page.actors.map((a) => a.id));
  for (const e of details.entities) if (e.event && named.has(e.id)) ids.add(e.event);
  return ids;
}

export function timelineRows(details: KbDetails, page: PageReferences | null): TimelineRow[] {
  const onPage = eventsOnPage(details, page);
  return [...details.timeline]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''))
    .map((event) => ({
      event,
      sources: event.sources.map((id) => details.sources[id]).filter((s): s is Source => s !== undefined),
      onPage: onPage.has(event.id),
    }));
}
