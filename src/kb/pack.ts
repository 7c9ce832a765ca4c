/**
 * The runtime index's shipping form. The content script carries the index in every article page, so it travels
 * as positional arrays with its repeated strings (types, units, qualifiers) interned, without the pattern keys,
 * which are recomputed with the same normaliser on arrival, with measures as numbers (the engine only compares
 * them), and with figure facts and timeline events named by runtime keys instead of ids (`runtime-keys.ts`).
 * `unpackIndex(packIndex(i))` equals `i` but for those names.
 *
 * Version 2 adds the matcher's automaton, prebuilt by the build (`AutomatonData`): its keys, each pattern's key among
 * them (so that no key is normalised on arrival), and its typed arrays in base64 (little-endian), which a page loads
 * without building anything. A version-1 index, or one without the automaton, unpacks as before: keys normalised on
 * arrival, the automaton built by the matcher.
 */
import { finish, ticker, type Steps } from '../lib/steps';
import { normalize } from '../lib/normalize';
import type { AutomatonData, RuntimeEvent, RuntimeFigureFact, RuntimeIndex, RuntimePattern } from './runtime';
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

/** The automaton in the packed index: its typed arrays as base64 of their little-endian bytes. */
export interface PackedAutomaton {
  keys: string[];
  /** Each pattern's key, as an index into `keys` (-1: its key is empty). */
  patternKeys: number[];
  edgeCounts: string;
  codes: string;
  fail: string;
  keyNodes: string;
}

/** The packed format's version: 2 adds the optional prebuilt automaton. */
export const PACKED_VERSION = 2;

export interface PackedIndex {
  /** 1: without the automaton; 2: with it, if the packer had one. */
  v: 1 | 2;
  /** Entity ids, and their type as an index into ENTITY_TYPES, in index order. */
  ids: string[];
  types: number[];
  patterns: PackedPattern[];
  figures: PackedFigure[];
  /** [date, entities] */
  timeline: [string, number[]][];
  /** [nationality word, entity] */
  demonyms?: [string, number][];
  automaton?: PackedAutomaton;
}

/** Whether typed arrays are little-endian here (every browser and Node on x86 and ARM). */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

function toBase64(array: ArrayBufferView): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): ArrayBuffer {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function packAutomaton(automaton: AutomatonData, patterns: readonly RuntimePattern[]): PackedAutomaton {
  if (!LITTLE_ENDIAN) throw new Error('packed KB index: the automaton is written little-endian only');
  const ids = new Map(automaton.keys.map((key, i) => [key, i]));
  return {
    keys: automaton.keys,
    patternKeys: patterns.map((p) => ids.get(p.key) ?? -1),
    edgeCounts: toBase64(automaton.edgeCounts),
    codes: toBase64(automaton.codes),
    fail: toBase64(automaton.fail),
    keyNodes: toBase64(automaton.keyNodes),
  };
}

/** The automaton's data, or undefined where it cannot be read as written (a big-endian machine): then it is built. */
function unpackAutomaton(packed: PackedAutomaton): AutomatonData | undefined {
  if (!LITTLE_ENDIAN) return undefined;
  try {
    return {
      keys: packed.keys,
      edgeCounts: new Uint16Array(fromBase64(packed.edgeCounts)),
      codes: new Uint16Array(fromBase64(packed.codes)),
      fail: new Int32Array(fromBase64(packed.fail)),
      keyNodes: new Int32Array(fromBase64(packed.keyNodes)),
    };
  } catch {
    // Damaged: the matcher builds its own (it also checks that the data holds together).
    return undefined;
  }
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
    v: PACKED_VERSION,
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
    ...(index.automaton && { automaton: packAutomaton(index.automaton, index.patterns) }),
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
  if (packed.v !== 1 && packed.v !== 2) throw new Error(`packed KB index: unknown version ${String(packed.v)}`);
  const patterns: RuntimePattern[] = [];
  const tick = ticker(PATTERNS_PER_STEP);
  const shipped = packed.automaton;
  const keyOf = (form: string, i: number): string => {
    const key = shipped?.keys[shipped.patternKeys[i] ?? -1];
    return key ?? normalize(form);
  };
  for (const [i, [form, entity, flags, context]] of packed.patterns.entries()) {
    patterns.push({
      key: keyOf(form, i),
      form,
      case: at(CASE_RULES, flags & 3, 'case rule'),
      entity,
      ...(flags & SHORT ? { short: 1 as const } : {}),
      ...(context ? { context } : {}),
      ...(flags & DEFAULT ? { default: 1 as const } : {}),
    });
    if (tick()) yield;
  }
  const automaton = shipped && unpackAutomaton(shipped);
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
    ...(automaton && { automaton }),
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
