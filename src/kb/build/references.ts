/**
 * References between entries: every id an entry names is defined, and is of the kind the field expects (a fact's
 * subject is an entity, a citation is a source…); a source that nothing cites is a warning.
 */
import type { Entity, Fact, Source, TimelineEvent } from '../schema';
import { at, type Located, type Problems } from './problems';
import type { IdRegistry, Kind } from './topic-files';

export function checkReferences(
  entries: {
    ids: IdRegistry;
    entities: readonly Located<Entity>[];
    facts: readonly Located<Fact>[];
    timeline: readonly Located<TimelineEvent>[];
  },
  problems: Problems,
): void {
  const refer = (from: Located<unknown>, kind: Kind, path: string, target: string) => {
    const found = entries.ids.get(target);
    const problem = !found
      ? `no ${kind} has the id "${target}"`
      : found.kind !== kind
        ? `"${target}" is ${withArticle(found.kind)}, not ${withArticle(kind)}`
        : undefined;
    if (problem) problems.error(from, at(path, problem));
  };
  const referAll = (from: Located<unknown>, kind: Kind, path: string, targets: readonly string[] = []) =>
    targets.forEach((target, k) => refer(from, kind, `${path}[${k}]`, target));

  for (const e of entries.entities) {
    referAll(e, 'entity', 'related', e.item.related);
    if (e.item.event !== undefined) refer(e, 'timeline event', 'event', e.item.event);
    e.item.aliases?.forEach((a, k) => {
      if (typeof a !== 'string') referAll(e, 'entity', `aliases[${k}].context`, a.context);
    });
    referAll(e, 'source', 'sources', e.item.sources);
  }
  for (const f of entries.facts) {
    refer(f, 'entity', 'subject', f.item.subject);
    referAll(f, 'entity', 'about', f.item.about);
    referAll(f, 'source', 'sources', f.item.sources);
  }
  for (const t of entries.timeline) {
    referAll(t, 'entity', 'entities', t.item.entities);
    referAll(t, 'source', 'sources', t.item.sources);
  }
}

export function checkUncitedSources(
  sources: readonly Located<Source>[],
  citing: readonly Located<{ sources: string[] }>[],
  problems: Problems,
): void {
  const cited = new Set(citing.flatMap((c) => c.item.sources));
  for (const source of sources) {
    if (!cited.has(source.item.id)) problems.warning(source, 'source is never cited');
  }
}

function withArticle(kind: Kind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
