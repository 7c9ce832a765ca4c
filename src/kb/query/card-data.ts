/**
 * What a card shows for an entity, assembled from the knowledge base's details: pure data, rendered by the
 * content script's card and by the fact panel alike.
 */
import type { Entity, EntityType, Fact, Qualifier, Source, TimelineEvent } from '../schema';
import type { KbDetails } from '../runtime';
import { createKeyResolver } from '../runtime-keys';
import { dayRange } from '../../lib/calendar';

export interface CardFact {
  id: string;
  text: string;
  /** Dated after the article being read (shown under "Later"). */
  later?: true;
  date?: string;
  value?: number;
  valueMax?: number;
  qualifier?: Qualifier;
  /** What the figure counts, as the knowledge base words it ("trainers", "ballistic missiles"), else its unit. */
  measureLabel?: string;
  sources: Source[];
}

/** A figure fact as a figure card shows it: with its subject, and the other facts reporting the same measure. */
export interface FigureCardFact extends CardFact {
  subject: { id: string; name: string };
  /** Other facts of the same `measure`, each with its own value, date and sources (sources that disagree). */
  sameMeasure: CardFact[];
  /** Its only sources are the page the card is shown on (set by the background, which knows the tab). */
  fromThisPage?: boolean;
}

export interface EntityCard {
  /** The language of the description, role and events (the reader's); facts keep their own (English). */
  lang: 'en' | 'fr';
  id: string;
  name: string;
  type: EntityType;
  description: string;
  role: string;
  facts: CardFact[];
  related: { id: string; name: string; type: EntityType }[];
  events: { id: string; date: string; title: string }[];
  sources: Source[];
}

/** A timeline event as a date's card shows it: with its sources, in the reader's language where it has one. */
export type EventCard = TimelineEvent & { resolvedSources: Source[]; lang: 'en' | 'fr' };

export interface KbLookup {
  /**
   * An entity's card. With the article's publication day (YYYY-MM-DD), its facts come by closeness to that day, and
   * those dated after it last, marked `later`; without one, facts with a figure and a date first.
   */
  card(id: string, maxFacts?: number, published?: string | null): EntityCard | null;
  /** A fact by id or by the runtime key the content script knows it by. */
  fact(idOrKey: string): FigureCardFact | null;
  /** A timeline event by id or runtime key. */
  event(idOrKey: string): EventCard | null;
}

/** Facts with a figure and a date come first: they are what a reader checks an article against. */
function factRank(f: Fact): number {
  return (f.value !== undefined ? 2 : 0) + (f.date ? 1 : 0);
}

/**
 * Facts in the order a reader of an article published on `published` needs them: those known by then, the closest
 * first (undated ones after them), then those dated after it, in date order, marked `later`.
 */
function byArticleDate(facts: readonly Fact[], published: string): { fact: Fact; later: boolean }[] {
  const day = dayRange(published)?.first;
  if (day === undefined) return facts.map((fact) => ({ fact, later: false }));
  const placed = facts.map((fact) => {
    const range = fact.date ? dayRange(fact.date) : undefined;
    const later = range !== undefined && range.first > day;
    const distance = range === undefined ? Infinity : later ? range.first - day : Math.max(0, day - range.last);
    return { fact, later, distance };
  });
  return placed.sort(
    (a, b) => Number(a.later) - Number(b.later) || a.distance - b.distance || factRank(b.fact) - factRank(a.fact),
  );
}

/** Items grouped by a key, each list in the items' order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key) ?? [];
      list.push(item);
      groups.set(key, list);
    }
  }
  return groups;
}

/** How a fact is shown on a card, with its sources resolved; a figure's fact also with the others of its measure. */
function factViews(details: KbDetails, entities: ReadonlyMap<string, Entity>) {
  const resolve = (ids: string[]): Source[] =>
    ids.map((id) => details.sources[id]).filter((s): s is Source => s !== undefined);
  const byMeasure = groupBy(details.facts, (f) => (f.measure === undefined ? [] : [f.measure]));
  const toCardFact = (f: Fact): CardFact => ({
    id: f.id,
    text: f.text,
    ...(f.date ? { date: f.date } : {}),
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
    ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
    ...(f.unitLabel !== undefined || f.unit !== undefined ? { measureLabel: f.unitLabel ?? f.unit } : {}),
    sources: resolve(f.sources),
  });
  const toFigureCardFact = (f: Fact): FigureCardFact => ({
    ...toCardFact(f),
    subject: { id: f.subject, name: entities.get(f.subject)?.name ?? f.subject },
    sameMeasure: (f.measure === undefined ? [] : (byMeasure.get(f.measure) ?? []))
      .filter((other) => other.id !== f.id)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
      .map(toCardFact),
  });
  return { resolve, toCardFact, toFigureCardFact };
}

export function createKbLookup(details: KbDetails): KbLookup {
  const entities = new Map(details.entities.map((e) => [e.id, e]));
  const facts = new Map(details.facts.map((f) => [f.id, f]));
  const events = new Map(details.timeline.map((e) => [e.id, e]));
  const keys = createKeyResolver(details);
  const lang = details.lang ?? 'en';
  const factsBySubject = groupBy(details.facts, (f) => [f.subject]);
  const eventsByEntity = groupBy(details.timeline, (ev) => ev.entities);
  const { resolve, toCardFact, toFigureCardFact } = factViews(details, entities);

  return {
    card(id, maxFacts = 5, published = null) {
      const e = entities.get(id);
      if (!e) return null;
      const own = factsBySubject.get(id) ?? [];
      const ordered = published
        ? byArticleDate(own, published)
        : [...own].sort((a, b) => factRank(b) - factRank(a)).map((fact) => ({ fact, later: false }));
      const chosen = ordered.slice(0, maxFacts);
      const picked = chosen.map((c) => c.fact);
      const sourceIds = [...new Set([...e.sources, ...picked.flatMap((f) => f.sources)])];
      return {
        lang,
        id: e.id,
        name: e.name,
        type: e.type,
        description: e.description,
        role: e.role,
        facts: chosen.map(({ fact, later }) => ({ ...toCardFact(fact), ...(later && { later: true as const }) })),
        related: (e.related ?? [])
          .map((r) => entities.get(r))
          .filter((r) => r !== undefined)
          .map((r) => ({ id: r.id, name: r.name, type: r.type })),
        events: (eventsByEntity.get(id) ?? [])
          .map((ev) => ({ id: ev.id, date: ev.date, title: ev.title }))
          .sort((a, b) => a.date.localeCompare(b.date)),
        sources: resolve(sourceIds),
      };
    },
    fact(idOrKey) {
      const id = keys.factId(idOrKey);
      const f = id === undefined ? undefined : facts.get(id);
      return f ? toFigureCardFact(f) : null;
    },
    event(idOrKey) {
      const id = keys.eventId(idOrKey);
      const ev = id === undefined ? undefined : events.get(id);
      return ev ? { ...ev, resolvedSources: resolve(ev.sources), lang } : null;
    },
  };
}
