/**
 * Linking a figure of the article to a fact of the knowledge base, and the verdict.
 *
 * Candidates are the facts with a compatible unit whose subject or about-entities the article names in the figure's
 * sentence — failing that, in its paragraph, then in the previous paragraph — and that are about what the article
 * talks of there: in the sentence, paragraph or previous paragraph it names their subject and, unless the subject is an
 * event (one thing with its own figures), one of their about-entities; or two of their about-entities. Each is scored by entity overlap (the subject weighs most, and more when it is the
 * actor named nearest the figure), by how close the fact's date is to the article's publication, and by how close its
 * value is. The best candidate gives the verdict:
 * - `agrees` when its value is compatible with the article's and of the same magnitude (or those of another fact of
 *   the same `measure`: sources that disagree are all kept, and matching any of them agrees);
 * - `differs` when it is clearly about the same thing — the same unit, its subject in the sentence, a date near
 *   publication and a value of the same magnitude — but the values are not compatible;
 * - `unknown` otherwise, and then no fact is linked.
 */
import type { RuntimeFigureFact, RuntimeIndex } from '../../kb/runtime';
import type { Unit } from '../../kb/schema';
import { dayRange } from '../figures/calendar';
import type { ParsedFigure } from '../figures/types';
import { valueRatio, valuesAgree } from './values';

export type Verdict = 'agrees' | 'differs' | 'unknown';

/** Where the entities around a figure were named. */
export interface FigureScope {
  sentence: ReadonlySet<number>;
  paragraph: ReadonlySet<number>;
  previous: ReadonlySet<number>;
  /** The entity named nearest the figure in its sentence (before it if any, else after), if any. */
  nearest?: number;
  /** Publication day (days since 1970-01-01), if known. */
  published?: number;
}

export interface FactLink {
  verdict: Verdict;
  fact?: RuntimeFigureFact;
}

export interface FactTable {
  facts: readonly RuntimeFigureFact[];
  /** Whether each fact's subject is an event: named alone, it is context enough. */
  aboutEvent: readonly boolean[];
  /** The days each fact's date covers (undefined when it has none). */
  days: readonly ({ first: number; last: number } | undefined)[];
  /** Fact indexes by entity, for subject and about-entities alike. */
  byEntity: ReadonlyMap<number, readonly number[]>;
  byMeasure: ReadonlyMap<string, readonly number[]>;
}

export function buildFactTable(index: RuntimeIndex): FactTable {
  const byEntity = new Map<number, number[]>();
  const byMeasure = new Map<string, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== i) list.push(i);
    map.set(key, list);
  };
  index.figures.forEach((fact, i) => {
    for (const e of [fact.subject, ...fact.about]) add(byEntity, e, i);
    if (fact.measure !== undefined) add(byMeasure, fact.measure, i);
  });
  const days = index.figures.map((fact) => (fact.date === undefined ? undefined : dayRange(fact.date)));
  const aboutEvent = index.figures.map((fact) => index.entities[fact.subject]?.type === 'event');
  return { facts: index.figures, aboutEvent, days, byEntity, byMeasure };
}

/** Unit classes an article and a fact may use for the same count ("176 people" killed; rockets called missiles). */
const RELATED_UNITS: ReadonlyArray<readonly Unit[]> = [
  ['people', 'killed', 'wounded'],
  ['missiles', 'rockets'],
];

function unitsCompatible(a: Unit, b: Unit): boolean {
  return a === b || RELATED_UNITS.some((group) => group.includes(a) && group.includes(b));
}

const SUBJECT_WEIGHT = [4, 2, 1];
const ABOUT_WEIGHT = [1.5, 0.75, 0.25];
const NEAREST_BONUS = 2;
const SAME_UNIT_BONUS = 1;
const AGREEMENT_BONUS = 3;
const CLOSE_VALUE_WEIGHT = 1.5;
const DATE_WEIGHT = 2;
/** Days over which the date score halves. */
const DATE_SCALE = 30;
/** A fact this far from publication, in days, is not "clearly the same thing" as the article's figure. */
const DIFFERS_MAX_DAYS = 92;
/** Values more than this many times larger or smaller are not the same quantity ("more than 2 million" is no $250m). */
const SAME_MAGNITUDE = 2.5;

/** Days between fact `i`'s date (a day, month or year) and publication; undefined if either is unknown. */
function daysFromPublication(table: FactTable, i: number, published: number | undefined): number | undefined {
  const range = table.days[i];
  if (range === undefined || published === undefined) return undefined;
  return Math.max(0, range.first - published, published - range.last);
}

function levelOf(entity: number, scope: FigureScope): number {
  if (scope.sentence.has(entity)) return 0;
  if (scope.paragraph.has(entity)) return 1;
  return scope.previous.has(entity) ? 2 : -1;
}

function score(table: FactTable, i: number, figure: ParsedFigure, scope: FigureScope): number {
  const fact = table.facts[i]!;
  const subjectLevel = levelOf(fact.subject, scope);
  let total = subjectLevel >= 0 ? SUBJECT_WEIGHT[subjectLevel]! : 0;
  for (const e of fact.about) {
    const level = levelOf(e, scope);
    if (level >= 0) total += ABOUT_WEIGHT[level]!;
  }
  if (fact.subject === scope.nearest) total += NEAREST_BONUS;
  if (fact.unit === figure.unit) total += SAME_UNIT_BONUS;
  const days = daysFromPublication(table, i, scope.published);
  if (days !== undefined) total += DATE_WEIGHT / (1 + days / DATE_SCALE);
  if (agreesWith(figure, fact)) total += AGREEMENT_BONUS;
  else total += CLOSE_VALUE_WEIGHT * Math.max(0, 1 - Math.log(valueRatio(figure.value, fact.value)));
  return total;
}

/** Fact `i` is about what the article names around the figure: its subject and context, or two context entities. */
function inContext(table: FactTable, i: number, scope: FigureScope): boolean {
  const fact = table.facts[i]!;
  const about = fact.about.filter((e) => levelOf(e, scope) >= 0).length;
  const subject = levelOf(fact.subject, scope) >= 0;
  return (subject && (table.aboutEvent[i] || fact.about.length === 0 || about > 0)) || about >= 2;
}

function candidates(figure: ParsedFigure, scope: FigureScope, table: FactTable): number[] {
  const seen = new Set<number>();
  for (const entities of [scope.sentence, scope.paragraph, scope.previous]) {
    for (const e of entities) {
      for (const i of table.byEntity.get(e) ?? []) {
        if (unitsCompatible(figure.unit, table.facts[i]!.unit) && inContext(table, i, scope)) seen.add(i);
      }
    }
    if (seen.size > 0) break;
  }
  return [...seen].sort((a, b) => a - b);
}

function agreesWith(figure: ParsedFigure, fact: RuntimeFigureFact): boolean {
  return valuesAgree(figure, fact) && valueRatio(figure.value, fact.value) <= SAME_MAGNITUDE;
}

function clearlySame(table: FactTable, i: number, figure: ParsedFigure, scope: FigureScope): boolean {
  const fact = table.facts[i]!;
  const days = daysFromPublication(table, i, scope.published);
  return (
    fact.unit === figure.unit &&
    scope.sentence.has(fact.subject) &&
    (days === undefined || days <= DIFFERS_MAX_DAYS) &&
    valueRatio(figure.value, fact.value) <= SAME_MAGNITUDE
  );
}

export function linkFigure(figure: ParsedFigure, scope: FigureScope, table: FactTable): FactLink {
  let best = -1;
  let bestScore = -Infinity;
  for (const i of candidates(figure, scope, table)) {
    const s = score(table, i, figure, scope);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  const fact = table.facts[best];
  if (fact === undefined) return { verdict: 'unknown' };
  if (agreesWith(figure, fact)) return { verdict: 'agrees', fact };
  const measure = fact.measure === undefined ? undefined : table.byMeasure.get(fact.measure);
  const sibling = (measure ?? [])
    .map((i) => table.facts[i]!)
    .find((f) => unitsCompatible(figure.unit, f.unit) && agreesWith(figure, f));
  if (sibling) return { verdict: 'agrees', fact: sibling };
  return clearlySame(table, best, figure, scope) ? { verdict: 'differs', fact } : { verdict: 'unknown' };
}
