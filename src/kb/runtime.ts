/**
 * The compiled, runtime forms of the knowledge base (produced by `build/compile.ts`).
 *
 * - `RuntimeIndex` is what the content script loads on every article: small, only what matching and figure
 *   linking need (no descriptions, no sources).
 * - `KbDetails` is everything a card or the fact panel shows; it is loaded only by the background and the popup,
 *   and reaches the content script one entity at a time, when a card opens.
 */
import type { CaseRule, EntityType, Entity, Fact, Qualifier, Source, TimelineEvent, Unit } from './schema';

/** Names, descriptions and titles are not here: cards get them from `KbDetails` through the background. */
export interface RuntimeEntity {
  id: string;
  type: EntityType;
}

export interface RuntimePattern {
  /** `normalize(form)` from `src/lib/normalize.ts`. */
  key: string;
  /** The alias as authored, for case rules. */
  form: string;
  case: CaseRule;
  /** Index into `RuntimeIndex.entities`. */
  entity: number;
  /** A person's short name (surname alone). */
  short?: 1;
  /** For an alias several entities claim: entity indexes whose presence on the page selects this claim. */
  context?: number[];
  default?: 1;
}

export interface RuntimeFigureFact {
  id: string;
  /** Index into `RuntimeIndex.entities`. */
  subject: number;
  about: number[];
  value: number;
  valueMax?: number;
  unit: Unit;
  qualifier?: Qualifier;
  date?: string;
  measure?: string;
  /** What the count measures beyond its unit (`core/link/aspect.ts`), when it is not `level`. */
  kind?: string;
}

export interface RuntimeEvent {
  id: string;
  date: string;
  /** Indexes into `RuntimeIndex.entities`. */
  entities: number[];
}

/**
 * The matcher's Aho–Corasick automaton over the patterns' keys, as the build makes it (`core/match/automaton.ts`),
 * so that a page loads it instead of building it. Nodes are numbered breadth first, root 0.
 */
export interface AutomatonData {
  /** The distinct non-empty pattern keys, in the order of their first pattern: key ids are indexes here. */
  keys: string[];
  /** Edges leaving each node: node n's are the `edgeCounts[n]` code units after those of nodes 0 … n - 1. */
  edgeCounts: Uint16Array;
  /** Each edge's code unit, sorted within a node; edge e leads to node e + 1. */
  codes: Uint16Array;
  /** Each node's failure link. */
  fail: Int32Array;
  /** The node where each key ends. */
  keyNodes: Int32Array;
}

export interface RuntimeIndex {
  v: 1;
  entities: RuntimeEntity[];
  patterns: RuntimePattern[];
  figures: RuntimeFigureFact[];
  timeline: RuntimeEvent[];
  /** Nationality words (normalised: "danish", "francais") and the entity they name, for a figure's subject. */
  demonyms?: [string, number][];
  /** The matcher's automaton, prebuilt (in the shipped index; the matcher builds it when absent). */
  automaton?: AutomatonData;
}

/** The validated knowledge base, merged from all topic files, for cards, the fact panel and exports. */
export interface KbDetails {
  /** The language of entities' descriptions and roles and of events' titles and texts (`localize.ts`); facts keep theirs. */
  lang?: 'en' | 'fr';
  entities: Entity[];
  facts: Fact[];
  timeline: TimelineEvent[];
  sources: Record<string, Source>;
}
