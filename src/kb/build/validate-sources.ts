/**
 * The sourcing rules, checked against the publisher registry (`publishers.ts`):
 * - every source's address belongs to a registered publisher, and never to a denied domain (mirrors, scrapers);
 * - a fact never rests only on reference works (encyclopedias and their editions);
 * - a state-affiliated outlet is a fact's only kind of source only for what its own state said: the fact must be about
 *   that state (its subject, or one of its about-entities), which the registry names as the outlet's `state`;
 * - a fact, entity or event with no official, wire or newsroom source is reported as a warning (kb:report lists them).
 */
import type { Entity, Fact, PublisherKind, Source, TimelineEvent } from '../schema';
import type { Located, Problems } from './problems';
import { createPublisherLookup, STRONG_KINDS, type Publisher, type PublisherRegistry } from './publishers';

/** A registered publisher may name the state whose outlet it is (kind "state-affiliated"). */
export type RegisteredPublisher = Publisher & { state?: string };

/** The publisher of each source that has one; reports the sources that have none or a denied one. */
function publishersOf(
  sources: readonly Located<Source>[],
  registry: PublisherRegistry,
  report: Problems,
): Map<string, RegisteredPublisher> {
  const lookup = createPublisherLookup(registry);
  const found = new Map<string, RegisteredPublisher>();
  for (const at of sources) {
    const match = lookup(at.item.url);
    if (match === undefined) report.error(at, `url: the publisher of ${at.item.url} is not in publishers.json`);
    else if ('denied' in match) report.error(at, `url: ${match.denied.domain} is never cited (${match.denied.reason})`);
    else found.set(at.item.id, match.publisher);
  }
  return found;
}

function kindsOf(ids: readonly string[], publishers: ReadonlyMap<string, RegisteredPublisher>): PublisherKind[] {
  return ids.flatMap((id) => publishers.get(id)?.kind ?? []);
}

function checkFact(at: Located<Fact>, publishers: ReadonlyMap<string, RegisteredPublisher>, report: Problems): void {
  const cited = at.item.sources.flatMap((id) => publishers.get(id) ?? []);
  if (cited.length === 0 || cited.some((p) => STRONG_KINDS.has(p.kind))) return;
  if (cited.every((p) => p.kind === 'reference')) {
    report.error(at, "sources: a reference work cannot be a fact's only source");
    return;
  }
  const concerned = new Set([at.item.subject, ...(at.item.about ?? [])]);
  const foreign = cited.filter(
    (p) => p.kind === 'state-affiliated' && !(p.state !== undefined && concerned.has(p.state)),
  );
  const onlyStateOrReference = cited.every((p) => p.kind === 'state-affiliated' || p.kind === 'reference');
  if (foreign.length > 0 && onlyStateOrReference) {
    report.error(
      at,
      `sources: ${foreign[0]!.name} (state-affiliated) is the only source of a fact not about its own state`,
    );
    return;
  }
  if (onlyStateOrReference) return; // its own state's statement, reported by its own state's outlet
  report.warning(at, 'sources: no official, wire or newsroom source');
}

export function checkSourceRules(
  entries: {
    sources: readonly Located<Source>[];
    entities: readonly Located<Entity>[];
    facts: readonly Located<Fact>[];
    timeline: readonly Located<TimelineEvent>[];
  },
  registry: PublisherRegistry,
  report: Problems,
): void {
  const publishers = publishersOf(entries.sources, registry, report);
  for (const fact of entries.facts) checkFact(fact, publishers, report);
  for (const at of [...entries.entities, ...entries.timeline]) {
    const kinds = kindsOf(at.item.sources, publishers);
    if (kinds.length > 0 && !kinds.some((k) => STRONG_KINDS.has(k))) {
      report.warning(at, 'sources: no official, wire or newsroom source');
    }
  }
}

/** Each source's kind, for cards, the fact panel and the export. */
export function sourceKinds(sources: readonly Source[], registry: PublisherRegistry): Map<string, PublisherKind> {
  const lookup = createPublisherLookup(registry);
  const kinds = new Map<string, PublisherKind>();
  for (const source of sources) {
    const match = lookup(source.url);
    if (match && 'publisher' in match) kinds.set(source.id, match.publisher.kind);
  }
  return kinds;
}
