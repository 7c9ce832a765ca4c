/**
 * Validates the knowledge base's topic files and merges them into one {@link KbDetails}: first their shape
 * (`shape.ts`, read by `topic-files.ts`), then the rules written on top of it, each in its own file:
 * - `entry-rules.ts`: fields that belong to one type of entity, a fact's figure (unit, measure, range);
 * - `references.ts`: every id named is defined and of the right kind; sources never cited;
 * - `aliases.ts`: names and aliases several entities claim;
 * - `validate-sources.ts`, with the publisher registry: registered and denied publishers, what a fact may rest on.
 *
 * Every problem is collected, never thrown, and names its file and entry (`problems.ts`).
 */
import type { KbDetails } from '../runtime';
import { checkAliases } from './aliases';
import { checkEntityRules, checkFactRules } from './entry-rules';
import { Problems, type KbError } from './problems';
import type { PublisherRegistry } from './publishers';
import { checkReferences, checkUncitedSources } from './references';
import { readTopicFiles, type TopicFileInput } from './topic-files';
import { checkSourceRules } from './validate-sources';

export { formatKbError, type KbError } from './problems';
export type { TopicFileInput } from './topic-files';

export interface KbValidation {
  /** The merged knowledge base. Complete and consistent only when `errors` is empty. */
  kb: KbDetails;
  errors: KbError[];
  warnings: KbError[];
}

/**
 * Validates the topic files; with the publisher registry, also the sourcing rules (`validate-sources.ts`).
 */
export function validateKb(files: readonly TopicFileInput[], registry?: PublisherRegistry): KbValidation {
  const problems = new Problems();
  const entries = readTopicFiles(files, problems);
  const { sources, entities, facts, timeline } = entries;

  for (const entity of entities) checkEntityRules(entity, problems);
  for (const fact of facts) checkFactRules(fact, problems);
  checkReferences(entries, problems);
  checkAliases(entities, problems);
  checkUncitedSources(sources, [...entities, ...facts, ...timeline], problems);
  if (registry) checkSourceRules(entries, registry, problems);

  return {
    kb: {
      entities: entities.map((e) => e.item),
      facts: facts.map((f) => f.item),
      timeline: timeline.map((t) => t.item),
      sources: Object.fromEntries(sources.map((s) => [s.item.id, s.item])),
    },
    errors: problems.errors,
    warnings: problems.warnings,
  };
}
