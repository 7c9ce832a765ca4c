/**
 * Compiles the validated topic files into the runtime index (what the content script loads: entities, match
 * patterns, figures, timeline — no descriptions, no sources) and the details store (everything, for cards).
 *
 * Output is deterministic: entries are ordered by id (timeline by date), never by file order or by locale, so the
 * same knowledge base always gives byte-identical JSON.
 */
import { extractFigures } from '../../core/figures/figures';
import { tokenize } from '../../core/figures/tokens';
import { labelIsRole, withRole } from '../../core/link/aspect';
import { normalize } from '../../lib/normalize';
import type { KbDetails, RuntimeEvent, RuntimeFigureFact, RuntimeIndex, RuntimePattern } from '../runtime';
import type { AliasSpec, Entity, Fact, TimelineEvent } from '../schema';
import type { PublisherRegistry } from './publishers';
import { formatKbError, validateKb } from './validate';
import { sourceKinds } from './validate-sources';
import type { TopicFileInput } from './validate';

export interface CompiledKb {
  index: RuntimeIndex;
  details: KbDetails;
}

/**
 * Validates, then compiles; throws one Error listing every validation error (`file › entry: message`). With the
 * publisher registry, the sourcing rules are checked too and each source carries its publisher's kind.
 */
export function compileKb(files: readonly TopicFileInput[], registry?: PublisherRegistry): CompiledKb {
  const { kb, errors } = validateKb(files, registry);
  if (errors.length > 0) {
    throw new Error(`Knowledge base: ${errors.length} error(s):\n${errors.map(formatKbError).join('\n')}`);
  }
  return compileValidated(registry ? withSourceKinds(kb, registry) : kb);
}

/** The knowledge base with each source's kind from the registry. */
function withSourceKinds(kb: KbDetails, registry: PublisherRegistry): KbDetails {
  const kinds = sourceKinds(Object.values(kb.sources), registry);
  const sources = Object.fromEntries(
    Object.entries(kb.sources).map(([id, s]) => [id, kinds.has(id) ? { ...s, kind: kinds.get(id)! } : s]),
  );
  return { ...kb, sources };
}

/** Compiles a knowledge base that `validateKb` passed without errors. */
export function compileValidated(kb: KbDetails): CompiledKb {
  const details = sortDetails(kb);
  const positions = new Map(details.entities.map((e, i) => [e.id, i]));
  // Validation guarantees that every referenced entity exists.
  const entityAt = (id: string): number => positions.get(id)!;
  return {
    index: {
      v: 1,
      entities: details.entities.map(({ id, type }) => ({ id, type })),
      patterns: compilePatterns(details.entities, entityAt),
      figures: details.facts.flatMap((fact) => compileFigure(fact, entityAt) ?? []),
      timeline: details.timeline.map((event) => compileEvent(event, entityAt)),
      ...demonymsOf(details.entities, entityAt),
    },
    details,
  };
}

function sortDetails(kb: KbDetails): KbDetails {
  const ids = Object.keys(kb.sources).sort(compare);
  return {
    entities: [...kb.entities].sort((a, b) => compare(a.id, b.id)),
    facts: [...kb.facts].sort((a, b) => compare(a.id, b.id)),
    timeline: [...kb.timeline].sort(
      (a, b) => compare(a.date, b.date) || compare(a.time ?? '', b.time ?? '') || compare(a.id, b.id),
    ),
    sources: Object.fromEntries(ids.map((id) => [id, kb.sources[id]!])),
  };
}

/** One pattern per name, alias and short name, sorted by key; exact repeats within an entity are dropped. */
function compilePatterns(entities: Entity[], entityAt: (id: string) => number): RuntimePattern[] {
  const patterns = new Map<string, RuntimePattern>();
  const add = (pattern: RuntimePattern) => patterns.set(JSON.stringify(pattern), pattern);
  entities.forEach((entity, index) => {
    add({ key: normalize(entity.name), form: entity.name, case: 'title', entity: index });
    for (const alias of entity.aliases ?? []) {
      const spec: AliasSpec = typeof alias === 'string' ? { text: alias } : alias;
      const { text, case: rule = 'title', context, default: isDefault } = spec;
      const pattern: RuntimePattern = { key: normalize(text), form: text, case: rule, entity: index };
      if (context) pattern.context = context.map(entityAt).sort((a, b) => a - b);
      if (isDefault) pattern.default = 1;
      add(pattern);
    }
    for (const short of entity.shortNames ?? []) {
      add({ key: normalize(short), form: short, case: 'title', entity: index, short: 1 });
    }
  });
  return [...patterns.values()].sort(
    (a, b) => compare(a.key, b.key) || a.entity - b.entity || compare(a.form, b.form) || compare(a.case, b.case),
  );
}

function compileFigure(fact: Fact, entityAt: (id: string) => number): RuntimeFigureFact | undefined {
  if (fact.value === undefined || fact.unit === undefined) return undefined;
  const figure: RuntimeFigureFact = {
    id: fact.id,
    subject: entityAt(fact.subject),
    about: (fact.about ?? []).map(entityAt),
    value: fact.value,
    unit: fact.unit,
  };
  if (fact.valueMax !== undefined) figure.valueMax = fact.valueMax;
  if (fact.qualifier !== undefined) figure.qualifier = fact.qualifier;
  if (fact.date !== undefined) figure.date = fact.date;
  if (fact.measure !== undefined) figure.measure = fact.measure;
  const kind = factMeasureKind(fact);
  if (kind !== 'level') figure.kind = kind;
  return figure;
}

/**
 * What a fact's count measures beyond its unit, read from its own text exactly as an article's figure is read
 * (`core/link/aspect.ts`), and a role within a force when its unit label names one ("trainers").
 */
export function factMeasureKind(fact: Fact): string {
  const text = normalize(fact.text);
  const tokens = tokenize(text, () => false);
  const found = extractFigures(
    tokens,
    text,
    () => true,
    () => 0,
  );
  const hit = found.find((f) => f.figure.value === fact.value) ?? found.find((f) => f.figure.unit === fact.unit);
  const fromText = hit?.figure.kind ?? 'level';
  const kind = fromText === 'level' ? (measureIdAspect(fact.measure) ?? fromText) : fromText;
  return withRole(kind, labelIsRole(normalize(fact.unitLabel ?? '')) || kind.replace(/@region$/, '').endsWith('/role'));
}

/**
 * What the author's measure id says the count is, when its text does not say it in words the article reader knows
 * ("About 100 Danish soldiers … arrived in Kuwait" under `denmark-troops-moved-kuwait-2020-01`).
 */
const ID_ASPECTS: Readonly<Record<string, string>> = {
  moved: 'removed',
  withdrawn: 'removed',
  withdrawal: 'removed',
  relocated: 'removed',
  redeployed: 'removed',
  evacuated: 'removed',
  repatriated: 'removed',
  reduced: 'removed',
  drawdown: 'removed',
  sent: 'added',
  additional: 'added',
  reinforcements: 'added',
  reinforcement: 'added',
  fired: 'fired',
  launched: 'fired',
  hit: 'hit',
  failed: 'failed',
};

function measureIdAspect(measure: string | undefined): string | undefined {
  for (const word of measure?.split('-') ?? []) if (ID_ASPECTS[word] !== undefined) return ID_ASPECTS[word];
  return undefined;
}

/** Nationality words, normalised, each naming one entity (sorted, so the output stays deterministic). */
function demonymsOf(entities: Entity[], entityAt: (id: string) => number): { demonyms?: [string, number][] } {
  const pairs = new Map<string, number>();
  for (const entity of entities) {
    for (const word of entity.demonyms ?? []) pairs.set(normalize(word), entityAt(entity.id));
  }
  if (pairs.size === 0) return {};
  return { demonyms: [...pairs].sort((a, b) => compare(a[0], b[0])) };
}

function compileEvent(event: TimelineEvent, entityAt: (id: string) => number): RuntimeEvent {
  return { id: event.id, date: event.date, entities: event.entities.map(entityAt) };
}

/** Code-unit order: the same in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
