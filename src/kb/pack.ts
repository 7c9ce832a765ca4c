/**
 * The runtime index's shipping form. The content script carries the index in every article page, so it travels
 * as positional arrays with its repeated strings (types, units, qualifiers) interned, without the pattern keys,
 * which are recomputed with the same normaliser on arrival, with measures as numbers (the engine only compares
 * them), and with figure facts and timeline events named by runtime keys instead of ids (`runtime-keys.ts`).
 * `unpackIndex(packIndex(i))` equals `i` but for those names.
 */
import { finish, ticker, type Steps } from '../lib/steps';
import { normalize } from '../lib/normalize';
import type { RuntimeEvent, RuntimeFigureFact, RuntimeIndex, RuntimePattern } from './runtime';
import { eventKey, factKey } from './runtime-keys';
import { CASE_RULES, ENTITY_TYPES, QUALIFIERS, UNITS } from './schema';

const SHORT = 4;
const DEFAULT = 8;

/** [form, entity, flags (case rule index | SHORT | DEFAULT), context?] */
type PackedPattern = [string, number, number] | [string, number, number, number[]];
/**
 * [subject, about, value, unit, qualifier (-1: none), date ('' : none), measure (-1: none), valueMax? (-1: none),
 * kind? (measure kind, absent: level)]
 */
type PackedFigure =
  | [number, number[], number, number, number, string, number]
  | [number, number[], number, number, number, string, number, number]
  | [number, number[], number, number, number, string, number, number, string];

export interface PackedIndex {
  v: 1;
  /** Entity ids, and their type as an index into ENTITY_TYPES, in index order. */
  ids: string[];
  types: number[];
  patterns: PackedPattern[];
  figures: PackedFigure[];
  /** [date, entities] */
  timeline: [string, number[]][];
  /** [nationality word, entity] */
  demonyms?: [string, number][];
}

export function packIndex(index: RuntimeIndex): PackedIndex {
  const measureIndex = new Map<string, number>();
  const intern = (m: string | undefined): number => {
    if (m === undefined) return -1;
    let i = measureIndex.get(m);
    if (i === undefined) {
      i = measureIndex.size;
      measureIndex.set(m, i);
    }
    return i;
  };
  return {
    v: 1,
    ids: index.entities.map((e) => e.id),
    types: index.entities.map((e) => ENTITY_TYPES.indexOf(e.type)),
    patterns: index.patterns.map((p) => {
      const flags = CASE_RULES.indexOf(p.case) | (p.short ? SHORT : 0) | (p.default ? DEFAULT : 0);
      return p.context ? [p.form, p.entity, flags, p.context] : [p.form, p.entity, flags];
    }),
    figures: index.figures.map((f) => {
      const base: PackedFigure = [
        f.subject,
        f.about,
        f.value,
        UNITS.indexOf(f.unit),
        f.qualifier === undefined ? -1 : QUALIFIERS.indexOf(f.qualifier),
        f.date ?? '',
        intern(f.measure),
      ];
      if (f.kind !== undefined) return [...base, f.valueMax ?? -1, f.kind] as PackedFigure;
      return f.valueMax === undefined ? base : ([...base, f.valueMax] as PackedFigure);
    }),
    timeline: index.timeline.map((t) => [t.date, t.entities]),
    ...(index.demonyms && { demonyms: index.demonyms }),
  };
}

function at<T>(table: readonly T[], i: number, what: string): T {
  const value = table[i];
  if (value === undefined) throw new Error(`packed KB index: no ${what} #${i}`);
  return value;
}

/** Patterns unpacked (and normalised) in one step. */
const PATTERNS_PER_STEP = 100;

/** Unpacks at once (tests, tools). */
export function unpackIndex(packed: PackedIndex): RuntimeIndex {
  return finish(unpackIndexSteps(packed));
}

/** Steps that unpack the index, normalising its pattern keys a few hundred at a time. */
export function* unpackIndexSteps(packed: PackedIndex): Steps<RuntimeIndex> {
  const patterns: RuntimePattern[] = [];
  const tick = ticker(PATTERNS_PER_STEP);
  for (const [form, entity, flags, context] of packed.patterns) {
    patterns.push({
      key: normalize(form),
      form,
      case: at(CASE_RULES, flags & 3, 'case rule'),
      entity,
      ...(flags & SHORT ? { short: 1 as const } : {}),
      ...(context ? { context } : {}),
      ...(flags & DEFAULT ? { default: 1 as const } : {}),
    });
    if (tick()) yield;
  }
  const figures = packed.figures.map(
    ([subject, about, value, unit, qualifier, date, measure, valueMax, kind], i): RuntimeFigureFact => ({
      id: factKey(i),
      subject,
      about,
      value,
      ...(valueMax !== undefined && valueMax >= 0 ? { valueMax } : {}),
      ...(kind ? { kind } : {}),
      unit: at(UNITS, unit, 'unit'),
      ...(qualifier >= 0 ? { qualifier: at(QUALIFIERS, qualifier, 'qualifier') } : {}),
      ...(date ? { date } : {}),
      ...(measure >= 0 ? { measure: `m${measure}` } : {}),
    }),
  );
  return {
    v: 1,
    entities: packed.ids.map((id, i) => ({ id, type: at(ENTITY_TYPES, packed.types[i] ?? -1, 'entity type') })),
    patterns,
    figures,
    timeline: packed.timeline.map(([date, entities], i): RuntimeEvent => ({ id: eventKey(i), date, entities })),
    ...(packed.demonyms && { demonyms: packed.demonyms }),
  };
}

/**
 * The shipped index, read when first needed: `get()` unpacks it at once, `steps()` in steps; either way it is
 * unpacked once and the same object is returned after.
 */
export interface IndexLoader {
  /** Resolves once the packed index is at hand (at once for a bundled one); rejects when it cannot be had. */
  load(): Promise<void>;
  /** The index, unpacked at once (after `load`). */
  get(): RuntimeIndex;
  /** Steps that unpack the index (after `load`). */
  steps(): Steps<RuntimeIndex>;
}

/**
 * An index fetched when first needed: the content script asks the background for the packed index (a JSON string)
 * only once a page is known to be an article, so the script every page of a news site runs carries none of it.
 */
export function fetchedIndexLoader(fetchPacked: () => Promise<unknown>): IndexLoader {
  let packed: PackedIndex | undefined;
  let loading: Promise<void> | undefined;
  const loader = indexLoader(() => {
    if (!packed) throw new Error('the knowledge base index is not loaded yet');
    return packed;
  });
  return {
    ...loader,
    load: () =>
      (loading ??= fetchPacked().then((json) => {
        if (typeof json !== 'string') throw new Error('the background sent no knowledge base index');
        packed = JSON.parse(json) as PackedIndex;
      })),
  };
}

export function indexLoader(read: () => PackedIndex): IndexLoader {
  let index: RuntimeIndex | undefined;
  function* steps(): Steps<RuntimeIndex> {
    if (index) return index;
    const packed = read();
    yield;
    const unpacked = yield* unpackIndexSteps(packed);
    // Another caller may have unpacked it at once meanwhile: keep the first.
    return (index ??= unpacked);
  }
  return { load: () => Promise.resolve(), get: () => (index ??= unpackIndex(read())), steps };
}
