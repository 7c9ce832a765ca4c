/**
 * The pattern table the actor matcher works from: the index's patterns grouped by normalised key, each claim with
 * what its case rule needs to check a match against the original text.
 */
import type { RuntimeIndex } from '../../kb/runtime';
import type { CaseRule } from '../../kb/schema';
import type { AutomatonData } from '../../kb/runtime';
import { finish, ticker, type Steps } from '../../lib/steps';
import { buildAutomatonData } from './automaton';
import { normalizeWithMap } from '../../lib/normalize';

/** Letter case of one character: upper, lower, or none (digits, punctuation, scripts without case). */
export const NO_CASE = 0;
const LOWER = 1;
export const UPPER = 2;

function letterCase(ch: string): number {
  if (ch !== ch.toLowerCase()) return UPPER;
  if (ch !== ch.toUpperCase()) return LOWER;
  return NO_CASE;
}

/** Letter case of the character at index `i` of `text` (ASCII without allocating). */
export function letterCaseAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0x80) return letterCase(String.fromCodePoint(text.codePointAt(i)!));
  if (code >= 0x41 && code <= 0x5a) return UPPER;
  return code >= 0x61 && code <= 0x7a ? LOWER : NO_CASE;
}

export interface Claim {
  entity: number;
  short: boolean;
  rule: CaseRule;
  /**
   * What the case rule checks: for `exact`, the case of the authored form's character behind each code unit of the
   * key; for `title`, the case of its first character only; nothing for `any`.
   */
  cases: Uint8Array;
  context: readonly number[];
  isDefault: boolean;
}

/** Bits of `PatternTable.wordEdges`: the key starts / ends with a letter or digit (so word boundaries apply there). */
export const WORD_START = 1;
export const WORD_END = 2;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isLetterOrDigit(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch);
}

export interface PatternTable {
  /** Distinct keys, the automaton's input. */
  keys: string[];
  /** claims[keyId]: every pattern with that key. */
  claims: Claim[][];
  /** How many distinct entities claim each key (whatever the case rules say). */
  claimants: Uint16Array;
  /** WORD_START | WORD_END of each key. */
  wordEdges: Uint8Array;
  /** neighbours[entity]: entities that share a fact or a timeline event with it. */
  neighbours: Set<number>[];
}

const NO_CASES = new Uint8Array(0);

/** Case of the form's characters, aligned with the code units of `key` (= normalize(form)), as far as `rule` needs. */
function formCases(form: string, key: string, rule: CaseRule): Uint8Array {
  if (rule === 'any') return NO_CASES;
  if (rule === 'title') return Uint8Array.of(letterCaseAt(form, form.length - form.trimStart().length));
  const { text, map } = normalizeWithMap(form);
  const lead = text.length - text.trimStart().length;
  const cases = new Uint8Array(key.length);
  for (let k = 0; k < key.length; k++) {
    const at = map[k + lead];
    if (at === undefined) break;
    cases[k] = letterCaseAt(form, at);
  }
  return cases;
}

/** The pattern table's keys: the index's distinct non-empty pattern keys, in the order of their first pattern. */
export function tableKeys(index: RuntimeIndex): string[] {
  return [...new Set(index.patterns.map((p) => p.key).filter((key) => key.length > 0))];
}

/** The matcher's automaton over the index's keys, built once at build time to ship with the index. */
export function prebuildAutomaton(index: RuntimeIndex): AutomatonData {
  return buildAutomatonData(tableKeys(index));
}

/** Patterns read, or neighbour groups linked, in one step. */
const PATTERNS_PER_STEP = 300;
const GROUPS_PER_STEP = 300;

/** Builds the table at once (tests, tools). */
export function buildPatternTable(index: RuntimeIndex): PatternTable {
  return finish(patternTableSteps(index));
}

/** Steps that build the pattern table, a few hundred patterns at a time. */
export function* patternTableSteps(index: RuntimeIndex): Steps<PatternTable> {
  const keyIds = new Map<string, number>();
  const keys: string[] = [];
  const claims: Claim[][] = [];
  const tick = ticker(PATTERNS_PER_STEP);
  for (const p of index.patterns) {
    if (tick()) yield;
    if (p.key.length === 0) continue;
    let id = keyIds.get(p.key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(p.key, id);
      keys.push(p.key);
      claims.push([]);
    }
    claims[id]!.push({
      entity: p.entity,
      short: p.short === 1,
      rule: p.case,
      cases: formCases(p.form, p.key, p.case),
      context: p.context ?? [],
      isDefault: p.default === 1,
    });
  }
  const claimants = Uint16Array.from(claims, (list) => new Set(list.map((c) => c.entity)).size);
  const wordEdges = Uint8Array.from(
    keys,
    (key) => (isLetterOrDigit(key[0]!) ? WORD_START : 0) | (isLetterOrDigit(key[key.length - 1]!) ? WORD_END : 0),
  );
  yield;
  return { keys, claims, claimants, wordEdges, neighbours: yield* neighbourSteps(index) };
}

/** Entities linked by the knowledge base itself: named together in a fact or a timeline event. */
function* neighbourSteps(index: RuntimeIndex): Steps<Set<number>[]> {
  const neighbours = index.entities.map(() => new Set<number>());
  const tick = ticker(GROUPS_PER_STEP);
  const groups = [...index.figures.map((f) => [f.subject, ...f.about]), ...index.timeline.map((t) => t.entities)];
  for (const group of groups) {
    for (const a of group) for (const b of group) if (a !== b) neighbours[a]?.add(b);
    if (tick()) yield;
  }
  return neighbours;
}
