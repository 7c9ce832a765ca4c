/**
 * Linking a figure of the article to a fact of the knowledge base, and the verdict.
 *
 * A fact can check a figure only when it is about **the same subject** and **the same measure**:
 * - Subject: the entity the figure's noun phrase names ("90 Danish soldiers", "Germany's 120 soldiers"; see
 *   `subject.ts`); else the actor of its clause — the first actor of the figure's clause before it that the knowledge
 *   base holds such counts for (an actor after the figure is context, not its subject). A fact fits that subject when
 *   it is the fact's subject, or when the fact's subject is an event or operation the subject took part in (its
 *   about-entities) that the passage or page names or that happened in the weeks before publication ("the US is
 *   sending 3,000 troops" after a strike), which then scores as the subject's own. A clause's actor that holds no
 *   fitting count is a guess, dropped. A figure with no subject of either kind may be checked by a fact whose subject
 *   or context the passage names (sentence, paragraph, previous paragraph), or by a fact of an event the page names.
 * - Measure: compatible units, and the same measure kind (`aspect.ts`: troops stationed vs added vs withdrawn,
 *   missiles fired vs hit, a force vs the trainers in it).
 *
 * Among the facts that fit, the best is chosen by context (subject and about-entities named near the figure) and
 * closeness of its date to the article's publication. Then the value rules (`values.ts`) give the verdict:
 * - `agrees`: the best fact, or a fact sharing its `measure`, is the same count and confirms it (a bound only a value
 *   near it);
 * - `varies`: so is one of them, but the facts of that measure state different values (rule 5 of `values.ts`) —
 *   sources disagree;
 * - `differs`: no fact of the measure is the same count, and the best is clearly the same thing: its subject named
 *   in the sentence, a date near publication (or none), the same magnitude;
 * - `unknown` otherwise, and then no fact is linked.
 */
import type { RuntimeFigureFact, RuntimeIndex } from '../../kb/runtime';
import type { Unit } from '../../kb/schema';
import { dayRange } from '../../lib/calendar';
import type { ParsedFigure } from '../figures/types';
import { isCasualtyUnit } from '../figures/units';
import type { MeasureKind } from './aspect';
import { confirms, sameCount, stateSameValue, valueRatio, SAME_MAGNITUDE } from './values';

export type Verdict = 'agrees' | 'varies' | 'differs' | 'unknown';

/** Where the entities around a figure were named. */
export interface FigureScope {
  sentence: ReadonlySet<number>;
  paragraph: ReadonlySet<number>;
  previous: ReadonlySet<number>;
  /** The entity named nearest the figure in its sentence (before it if any, else after), if any. */
  nearest?: number;
  /** Publication day (days since 1970-01-01), if known. */
  published?: number;
  /** The entity the figure's own noun phrase names, if any. */
  phrase?: number;
  /** Entities named in the sentence before the figure, in clause order (see `annotate.ts`). */
  before?: readonly number[];
  /** The figure's measure kind (`aspect.ts`); `level` when absent. */
  kind?: MeasureKind;
  /** Entities the page names in full anywhere (for events it is about). */
  page?: ReadonlySet<number>;
}

export interface FactLink {
  verdict: Verdict;
  fact?: RuntimeFigureFact;
  /** The entity taken as the figure's subject, when one was found. */
  subject?: number;
}

export interface FactTable {
  facts: readonly RuntimeFigureFact[];
  /** Whether each fact's subject is an event or operation: its about-entities took part in it. */
  aboutEvent: readonly boolean[];
  /** The days each fact's date covers (undefined when it has none). */
  days: readonly ({ first: number; last: number } | undefined)[];
  /** Fact indexes by entity, for subject and about-entities alike. */
  byEntity: ReadonlyMap<number, readonly number[]>;
  byMeasure: ReadonlyMap<string, readonly number[]>;
  /** Entities that are the subject of a fact, or take part in an event fact, by unit (each compatible one) and kind. */
  subjects: ReadonlyMap<string, ReadonlySet<number>>;
  /** Each event's or operation's participants: the about-entities of all its facts. */
  participants: ReadonlyMap<number, ReadonlySet<number>>;
  /** Entities that are places or states (bases, cities, countries): where a count is. */
  places: ReadonlySet<number>;
}

/**
 * The fact units an article's figure may be checked against, beyond its own: an article's plain "176 people" may be a
 * death toll ("killed") or the wounded, and "1,500 Americans" a force ("troops"); rockets are often called missiles.
 * A figure the article itself calls killed or wounded is checked only against the same: a death toll never checks
 * the wounded, nor a country's population.
 */
const ALSO_CHECKED_AGAINST: Partial<Record<Unit, readonly Unit[]>> = {
  people: ['killed', 'wounded', 'troops'],
  missiles: ['rockets'],
  rockets: ['missiles'],
};

function unitsCompatible(figure: Unit, fact: Unit): boolean {
  return figure === fact || (ALSO_CHECKED_AGAINST[figure]?.includes(fact) ?? false);
}

/** The figure units a fact of this unit may check. */
const FIGURE_UNITS_FOR = (fact: Unit): Unit[] => [
  fact,
  ...Object.entries(ALSO_CHECKED_AGAINST)
    .filter(([, facts]) => facts.includes(fact))
    .map(([figure]) => figure as Unit),
];

const EVENT_TYPES = new Set(['event', 'operation']);

/** Entities that hold counts of one measure kind: the key of `FactTable.subjects`. */
const holderKey = (unit: Unit, kind: MeasureKind): string => `${unit}|${kind}`;

export function buildFactTable(index: RuntimeIndex): FactTable {
  const byEntity = new Map<number, number[]>();
  const byMeasure = new Map<string, number[]>();
  const subjects = new Map<string, Set<number>>();
  const add = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== i) list.push(i);
    map.set(key, list);
  };
  const aboutEvent = index.figures.map((fact) => EVENT_TYPES.has(index.entities[fact.subject]?.type ?? ''));
  index.figures.forEach((fact, i) => {
    for (const e of [fact.subject, ...fact.about]) add(byEntity, e, i);
    if (fact.measure !== undefined) add(byMeasure, fact.measure, i);
    for (const unit of FIGURE_UNITS_FOR(fact.unit)) {
      const key = holderKey(unit, fact.kind ?? 'level');
      const set = subjects.get(key) ?? new Set<number>();
      set.add(fact.subject);
      if (aboutEvent[i]) for (const e of fact.about) set.add(e);
      subjects.set(key, set);
    }
  });
  const days = index.figures.map((fact) => (fact.date === undefined ? undefined : dayRange(fact.date)));
  const participants = new Map<number, Set<number>>();
  index.figures.forEach((fact, i) => {
    if (!aboutEvent[i]) return;
    const set = participants.get(fact.subject) ?? new Set<number>();
    for (const e of fact.about) set.add(e);
    participants.set(fact.subject, set);
  });
  const places = new Set<number>();
  index.entities.forEach((e, i) => {
    if (e.type === 'place' || e.type === 'state') places.add(i);
  });
  return { facts: index.figures, aboutEvent, days, byEntity, byMeasure, subjects, participants, places };
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

function score(table: FactTable, i: number, figure: ParsedFigure, scope: FigureScope, subject?: Subject): number {
  const fact = table.facts[i]!;
  // The figure's subject taking part in an event counts as the event fact's subject ("the US sent 3,000 troops").
  const participant = subject !== undefined && table.aboutEvent[i]! && fact.about.includes(subject.entity);
  const subjectLevel = levelOf(participant ? subject.entity : fact.subject, scope);
  let total = subjectLevel >= 0 ? SUBJECT_WEIGHT[subjectLevel]! : 0;
  for (const e of fact.about) {
    const level = levelOf(e, scope);
    if (level >= 0 && !(participant && e === subject.entity)) total += ABOUT_WEIGHT[level]!;
  }
  if ((participant ? subject.entity : fact.subject) === scope.nearest) total += NEAREST_BONUS;
  if (fact.unit === figure.unit) total += SAME_UNIT_BONUS;
  const days = daysFromPublication(table, i, scope.published);
  if (days !== undefined) total += DATE_WEIGHT / (1 + days / DATE_SCALE);
  if (sameCount(figure, fact)) total += AGREEMENT_BONUS;
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

interface Subject {
  entity: number;
  fromPhrase: boolean;
}

/** The figure's subject: its noun phrase's, else the actor of its clause, before it, that holds counts of this kind. */
function figureSubject(figure: ParsedFigure, scope: FigureScope, table: FactTable): Subject | undefined {
  if (scope.phrase !== undefined) return { entity: scope.phrase, fromPhrase: true };
  const holders = table.subjects.get(holderKey(figure.unit, scope.kind ?? 'level'));
  if (holders === undefined) return undefined;
  // A clause's subject comes before its verb: an actor after the figure ("… were connecting to Canada") is context,
  // not the subject.
  const entity = (scope.before ?? []).find((e) => holders.has(e));
  return entity === undefined ? undefined : { entity, fromPhrase: false };
}

/**
 * Whether fact `i` is about the figure's subject: its own subject, or an event or operation the subject took part in —
 * for a subject the figure's own noun phrase names, only when the fact counts in the very same unit ("50 U.S. service
 * members" wounded in an attack; not "200 French" as the attack's dead).
 */
function fitsSubject(table: FactTable, i: number, subject: Subject | undefined, figure: ParsedFigure): boolean {
  if (subject === undefined) return true;
  const fact = table.facts[i]!;
  if (fact.subject === subject.entity) return true;
  const tookPart = table.aboutEvent[i]! && fact.about.includes(subject.entity);
  // Plain "people" say nothing of what happened to them: "63 Canadians" may be the Canadians a crash killed.
  return tookPart && (!subject.fromPhrase || fact.unit === figure.unit || figure.unit === 'people');
}

function fitsMeasure(fact: RuntimeFigureFact, figure: ParsedFigure, kind: MeasureKind): boolean {
  return unitsCompatible(figure.unit, fact.unit) && (fact.kind ?? 'level') === kind;
}

/** How many people a force or a group holds changes: such a count is checked only against facts of its year. */
const LEVEL_MAX_DAYS = 365;
const CHANGING: ReadonlySet<Unit> = new Set(['troops', 'people', 'fighters', 'members']);

/** Days after publication a fact may still be dated and be what the article reports (the figure's own day, a lag). */
const LATER_MARGIN_DAYS = 3;

/**
 * Whether fact `i` can be what the article reports at its date: never a fact from after publication (an article
 * cannot report a count made later; the card lists those under "Later"), and for a count of people that changes, only
 * a fact of the same year.
 */
function fitsTime(table: FactTable, i: number, figure: ParsedFigure, scope: FigureScope): boolean {
  const range = table.days[i];
  if (range !== undefined && scope.published !== undefined && range.first > scope.published + LATER_MARGIN_DAYS)
    return false;
  if (!CHANGING.has(figure.unit) || !(scope.kind ?? 'level').startsWith('level')) return true;
  const days = daysFromPublication(table, i, scope.published);
  return days === undefined || days <= LEVEL_MAX_DAYS;
}

/**
 * Facts that fit the figure's measure and subject: those of its subject when one was found (its noun phrase or clause
 * names it, context enough), else those whose subject or context the passage names — sentence, paragraph or previous
 * paragraph, the nearer scoring higher — else those of an event the page names.
 */
function candidates(
  figure: ParsedFigure,
  scope: FigureScope,
  table: FactTable,
  subject: Subject | undefined,
): number[] {
  const kind = scope.kind ?? 'level';
  const fits = (i: number) =>
    fitsMeasure(table.facts[i]!, figure, kind) &&
    fitsSubject(table, i, subject, figure) &&
    fitsTime(table, i, figure, scope);
  const seen = new Set<number>();
  // The subject's own facts, and those of an event it took part in that the passage names or that just happened.
  const ofSubject = (i: number) =>
    table.facts[i]!.subject === subject!.entity ||
    eventInContext(table, i, scope) ||
    recentEvent(table, i, scope.published);
  for (const i of subject === undefined ? [] : (table.byEntity.get(subject.entity) ?? [])) {
    if (fits(i) && ofSubject(i)) seen.add(i);
  }
  if (seen.size > 0) return [...seen].sort((a, b) => a - b);
  for (const entities of [scope.sentence, scope.paragraph, scope.previous]) {
    for (const e of entities) {
      for (const i of table.byEntity.get(e) ?? []) if (fits(i) && inContext(table, i, scope)) seen.add(i);
    }
  }
  // An event the page names (its headline, its opening) is what a figure without a nearer context is about.
  for (const e of seen.size > 0 ? [] : (scope.page ?? [])) {
    for (const i of table.byEntity.get(e) ?? [])
      if (table.facts[i]!.subject === e && table.aboutEvent[i] && fits(i)) seen.add(i);
  }
  // Else an event of the weeks before publication that the page names by its participants ("a Jan. 8 attack when Iran
  // shot missiles into Al Asad"): at least two of them.
  if (seen.size === 0 && scope.page !== undefined)
    for (const i of eventFactsByParticipants(table, scope.page, scope.published)) if (fits(i)) seen.add(i);
  return [...seen].sort((a, b) => a - b);
}

/** Fact `i` is an event's and the passage or the page names that event: "3,000 troops" the US sent after a strike. */
function eventInContext(table: FactTable, i: number, scope: FigureScope): boolean {
  const event = table.facts[i]!.subject;
  return table.aboutEvent[i]! && (levelOf(event, scope) >= 0 || (scope.page?.has(event) ?? false));
}

/** Fact `i` is an event's of the weeks before publication: what a count of one who took part in it is likely about. */
function recentEvent(table: FactTable, i: number, published: number | undefined): boolean {
  const range = table.days[i];
  if (!table.aboutEvent[i] || range === undefined || published === undefined) return false;
  return range.last <= published && published - range.first <= PARTICIPANT_EVENT_DAYS;
}

/**
 * The facts to choose from: those of the subject; for the dead or wounded whose nationality the phrase names, also
 * those the passage's context finds (who they were does not say which event's toll they are).
 */
function pool(figure: ParsedFigure, scope: FigureScope, table: FactTable, subject: Subject | undefined): number[] {
  const own = candidates(figure, scope, table, subject);
  if (subject === undefined || !subject.fromPhrase || !isCasualtyUnit(figure.unit)) return own;
  return [...new Set([...own, ...candidates(figure, scope, table, undefined)])].sort((a, b) => a - b);
}

/** Days before publication within which an event the page names only by its participants is still its story. */
const PARTICIPANT_EVENT_DAYS = 60;

function eventFactsByParticipants(
  table: FactTable,
  page: ReadonlySet<number>,
  published: number | undefined,
): number[] {
  if (published === undefined) return [];
  const out = new Set<number>();
  for (const e of page) {
    for (const i of table.byEntity.get(e) ?? []) {
      if (out.has(i) || !recentEvent(table, i, published)) continue;
      const participants = table.participants.get(table.facts[i]!.subject) ?? new Set<number>();
      let named = 0;
      for (const p of participants) if (page.has(p)) named++;
      if (named >= 2) out.add(i);
    }
  }
  return [...out];
}

/**
 * Whether fact `i` is clearly what the figure counts, so that a different value differs: the same unit, its subject
 * named in the sentence, dated near publication, the same magnitude, and not placed elsewhere — a fact about a place
 * (a base, a city, a country) does not count what a sentence naming only other places counts ("100 Danish soldiers
 * arrived in Kuwait" is not Ain al-Asad's 130).
 */
function clearlySame(table: FactTable, i: number, figure: ParsedFigure, scope: FigureScope): boolean {
  const fact = table.facts[i]!;
  const days = daysFromPublication(table, i, scope.published);
  return (
    fact.unit === figure.unit &&
    scope.sentence.has(fact.subject) &&
    (days === undefined || days <= DIFFERS_MAX_DAYS) &&
    valueRatio(figure.value, fact.value) <= SAME_MAGNITUDE &&
    !placedElsewhere(table, fact, scope)
  );
}

function placedElsewhere(table: FactTable, fact: RuntimeFigureFact, scope: FigureScope): boolean {
  const factPlaces = fact.about.filter((e) => table.places.has(e));
  const named = [...scope.sentence].filter((e) => table.places.has(e) && e !== fact.subject);
  return factPlaces.length > 0 && named.length > 0 && !named.some((e) => factPlaces.includes(e));
}

/** The facts reporting the same measure as fact `i` (itself included) that fit the figure's subject and measure. */
function measureGroup(
  table: FactTable,
  i: number,
  figure: ParsedFigure,
  scope: FigureScope,
  subject?: Subject,
): number[] {
  const fact = table.facts[i]!;
  const group = fact.measure === undefined ? [i] : (table.byMeasure.get(fact.measure) ?? [i]);
  return group.filter(
    (j) =>
      j === i ||
      (fitsMeasure(table.facts[j]!, figure, scope.kind ?? 'level') && fitsSubject(table, j, subject, figure)),
  );
}

/** Whether the facts hold more than one value: some pair of them does not state the same value (rule 5). */
function valuesVary(facts: readonly RuntimeFigureFact[]): boolean {
  return facts.some((a, k) => facts.slice(k + 1).some((b) => !stateSameValue(a, b)));
}

export function linkFigure(figure: ParsedFigure, scope: FigureScope, table: FactTable): FactLink {
  let subject = figureSubject(figure, scope, table);
  // A clause's actor that holds no such count is a guess: the passage's context decides instead.
  if (subject !== undefined && !subject.fromPhrase && candidates(figure, scope, table, subject).length === 0)
    subject = undefined;
  const withSubject = subject === undefined ? {} : { subject: subject.entity };
  let best = -1;
  let bestScore = -Infinity;
  for (const i of pool(figure, scope, table, subject)) {
    const s = score(table, i, figure, scope, subject);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  if (best < 0) return { verdict: 'unknown', ...withSubject };
  const group = measureGroup(table, best, figure, scope, subject).map((i) => table.facts[i]!);
  const fact = table.facts[best]!;
  const match = confirms(figure, fact) ? fact : group.find((f) => confirms(figure, f));
  if (match) return { verdict: valuesVary(group) ? 'varies' : 'agrees', fact: match, ...withSubject };
  // A figure compatible with a fact it does not confirm ("as many as 1,500" against "about 1,000") neither agrees nor
  // differs.
  const compatible = group.some((f) => sameCount(figure, f));
  if (!compatible && clearlySame(table, best, figure, scope)) return { verdict: 'differs', fact, ...withSubject };
  return { verdict: 'unknown', ...withSubject };
}
