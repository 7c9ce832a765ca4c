/**
 * The recognition engine: from the text blocks of an article to the annotations a reader sees — actors the knowledge
 * base knows, and figures and dates linked to its facts and timeline.
 *
 * `createAnnotator(index)` builds the matcher once; `annotate(blocks, opts)` reads one page (or, with a shared
 * `page` context, more blocks of the same page as they appear). Offsets are UTF-16 offsets into the original block text.
 */
import type { RuntimeIndex } from '../kb/runtime';
import type { EntityType } from '../kb/schema';
import { readFigures } from './figures/read-figures';
import type { CarriedCount } from './figures/figures';
import { mayHoldFigures } from './figures/carriers';
import { dayNumber } from '../lib/calendar';
import type { ParsedDate, ParsedFigure } from './figures/types';
import { buildEventsByDay, linkDate } from './link/events';
import { buildFactTable, linkFigure, type FactTable, type FigureScope, type Verdict } from './link/facts';
import { sentenceIndex, sentenceStarts } from './link/sentences';
import { demonymMentions, phraseSubject, type DemonymTable } from './link/subject';
import { findActorCandidates } from './match/actors';
import { automatonFrom, automatonSteps, type Automaton } from './match/automaton';
import { leftmostLongest } from './match/overlaps';
import { patternTableSteps } from './match/patterns';
import { collectNamed, resolveCandidate } from './match/resolve';
import { finish, type Steps } from '../lib/steps';
import { normalizeWithMap, type Normalized } from '../lib/normalize';

export type { ParsedDate, ParsedFigure } from './figures/types';
export type { Verdict } from './link/facts';

/**
 * What the engine remembers of a page between calls: entities named in full so far (they let a later surname alone
 * link to its person) and the entities of the last block read (the "previous paragraph" of the next one).
 * Annotations already returned are not revised when later blocks bring more context.
 */
export interface AnnotationContext {
  readonly named: Set<number>;
  previous: ReadonlySet<number>;
  /** What the last figure read counted, for a bare number of the next block that refers back to it. */
  lastCount?: CarriedCount;
}

export function createAnnotationContext(): AnnotationContext {
  return { named: new Set(), previous: new Set() };
}

export interface AnnotateOptions {
  /** The article's publication date, YYYY-MM-DD. */
  published?: string;
  /** Pass the same context to every call for the same page; without it each call is a page of its own. */
  page?: AnnotationContext;
}

export interface ActorAnnotation {
  kind: 'actor';
  /** Index into the `blocks` of the call. */
  block: number;
  start: number;
  end: number;
  text: string;
  /** Entity id. */
  entity: string;
  type: EntityType;
}

export interface FigureAnnotation {
  kind: 'figure';
  block: number;
  start: number;
  end: number;
  text: string;
  figure: ParsedFigure | ParsedDate;
  /** Linked fact id. */
  fact?: string;
  /** Linked timeline event id (dates). */
  event?: string;
  verdict: Verdict;
  kbValue?: number;
  kbValueMax?: number;
}

export type Annotation = ActorAnnotation | FigureAnnotation;

export interface Annotator {
  annotate(blocks: readonly string[], opts?: AnnotateOptions): Annotation[];
}

interface ActorSpan {
  start: number;
  end: number;
  entity: number;
}

/** Words and marks that open a new clause within a sentence ("…, while New Zealand has up to 45"). */
const CLAUSE_BREAK =
  /[;:]|\b(?:while|whereas|but|although|though|alors que|tandis que|mais)\b|,\s*(?:which|who|where|dont|qui|ou)\b|\b(?:and|et)\b(?=\s+\p{Lu})/gu;

/**
 * Actors before a figure in its sentence, in the order the figure's subject is looked for: those of the figure's own
 * clause first, in text order (a clause's subject usually opens it), then those of each earlier clause, nearest clause
 * first.
 */
function clauseOrder(text: string, before: readonly ActorSpan[], sentenceStart: number, at: number): number[] {
  const breaks = [...text.slice(sentenceStart, at).matchAll(CLAUSE_BREAK)].map((m) => sentenceStart + m.index);
  const clauseOf = (a: ActorSpan) => breaks.filter((b) => b < a.start).length;
  return [...before].sort((a, b) => clauseOf(b) - clauseOf(a) || a.start - b.start).map((a) => a.entity);
}

/**
 * Entities named in a sentence (by name, or by a nationality word: `context`), the one named nearest a span of it
 * (before it if any, else after), and those named before the span in clause order (see `clauseOrder`).
 */
function scopeAt(
  text: string,
  actors: readonly ActorSpan[],
  starts: readonly number[],
  at: number,
  end = at,
  context: readonly ActorSpan[] = [],
) {
  const sentence = sentenceIndex(starts, at);
  const inSentence = actors.filter((a) => sentenceIndex(starts, a.start) === sentence);
  const before = inSentence.filter((a) => a.end <= at);
  const after = inSentence.filter((a) => a.start >= end);
  const nearest = before[before.length - 1] ?? after[0];
  const named = [...inSentence, ...context.filter((c) => sentenceIndex(starts, c.start) === sentence)];
  return {
    sentence: new Set(named.map((a) => a.entity)),
    nearest: nearest?.entity,
    before: clauseOrder(text, before, starts[sentence] ?? 0, at),
  };
}

/** What reading a block's figures needs, built once per annotator. */
interface FigureTables {
  facts: FactTable;
  events: ReturnType<typeof buildEventsByDay>;
  demonyms: DemonymTable;
}

/** A figure's or date's annotation at [start, end) of a block, before what links it. */
function figureSpan(
  block: number,
  text: string,
  start: number,
  end: number,
  figure: FigureAnnotation['figure'],
  verdict: FigureAnnotation['verdict'],
): FigureAnnotation {
  return { kind: 'figure', block, start, end, text: text.slice(start, end), figure, verdict };
}

/** The figures and dates of a block, each linked to the fact or event that checks it (see `link/`). */
function figureAnnotations(
  tables: FigureTables,
  block: number,
  text: string,
  norm: Normalized,
  actors: readonly ActorSpan[],
  page: AnnotationContext,
  published: { iso: string; day: number } | undefined,
  nationalities: readonly ActorSpan[],
): FigureAnnotation[] {
  // A block without a number or date word holds no figure: nothing to read or link (`figures/carriers.ts`).
  if (!mayHoldFigures(norm.text)) {
    page.lastCount = undefined;
    return [];
  }
  const starts = sentenceStarts(text);
  const { facts, events, demonyms } = tables;
  const paragraph = new Set([...actors, ...nationalities].map((a) => a.entity));
  const publishedDay = published?.day;
  const read = readFigures(text, norm, publishedDay, (i) => sentenceIndex(starts, i), page.lastCount);
  // Only the block just before: a count two paragraphs back is no longer what a bare number refers to.
  const last = read.figures[read.figures.length - 1];
  page.lastCount = last && { unit: last.value.unit };
  const found: FigureAnnotation[] = [];
  for (const { start, end, value } of read.dates) {
    const { sentence } = scopeAt(text, actors, starts, start);
    const link = linkDate(value.iso, { sentence, paragraph, page: page.named }, events);
    found.push({
      ...figureSpan(block, text, start, end, value, link.verdict),
      ...(link.event && { event: link.event.id }),
    });
  }
  for (const { start, end, value } of read.figures) {
    const { sentence, nearest, before } = scopeAt(text, actors, starts, start, end, nationalities);
    const phrase = phraseSubject(text, { start, end }, actors, demonyms);
    const scope: FigureScope = {
      sentence: phrase === undefined ? sentence : new Set([...sentence, phrase]),
      paragraph,
      previous: page.previous,
      before,
      page: page.named,
      ...(nearest !== undefined && { nearest }),
      ...(phrase !== undefined && { phrase }),
      ...(value.kind !== undefined && { kind: value.kind }),
      ...(publishedDay !== undefined && { published: publishedDay }),
    };
    const { verdict, fact } = linkFigure(value, scope, facts);
    found.push({
      ...figureSpan(block, text, start, end, value, verdict),
      ...(fact && { fact: fact.id, kbValue: fact.value }),
      ...(fact?.valueMax !== undefined && { kbValueMax: fact.valueMax }),
    });
  }
  return found;
}

/** The index's prebuilt automaton, if it has one over exactly these keys and it holds together. */
function prebuilt(index: RuntimeIndex, keys: readonly string[]): Automaton | undefined {
  const data = index.automaton;
  if (!data || data.keys.length !== keys.length || data.keys.some((key, i) => key !== keys[i])) return undefined;
  try {
    return automatonFrom(data);
  } catch {
    return undefined;
  }
}

/** Builds the matcher at once. */
export function createAnnotator(index: RuntimeIndex): Annotator {
  return finish(buildAnnotator(index));
}

/**
 * Builds the matcher in steps — pattern table and automaton a few hundred entries at a time, then the fact and event
 * tables — so that a caller can spread the work over several tasks (in a page, each is a few milliseconds); returns
 * the annotator.
 */
export function* buildAnnotator(index: RuntimeIndex): Steps<Annotator> {
  const table = yield* patternTableSteps(index);
  const automaton = prebuilt(index, table.keys) ?? (yield* automatonSteps(table.keys));
  yield;
  const facts = buildFactTable(index);
  yield;
  const events = buildEventsByDay(index);
  const demonyms: DemonymTable = new Map(index.demonyms ?? []);
  const tables: FigureTables = { facts, events, demonyms };

  function actorAnnotation(block: number, text: string, span: ActorSpan): ActorAnnotation {
    const entity = index.entities[span.entity]!;
    const { start, end } = span;
    return { kind: 'actor', block, start, end, text: text.slice(start, end), entity: entity.id, type: entity.type };
  }

  return {
    annotate(blocks, opts = {}) {
      const page = opts.page ?? createAnnotationContext();
      const day = opts.published === undefined ? undefined : dayNumber(opts.published);
      const published = day === undefined ? undefined : { iso: opts.published!, day };
      const read = blocks.map((text) => {
        const norm = normalizeWithMap(text);
        return { text, norm, candidates: findActorCandidates(text, norm, table, automaton) };
      });
      for (const { candidates } of read) collectNamed(candidates, page.named);
      const out: Annotation[] = [];
      read.forEach(({ text, norm, candidates }, block) => {
        const resolved: ActorSpan[] = [];
        for (const cand of candidates) {
          const entity = resolveCandidate(cand, table, page.named);
          if (entity !== undefined) resolved.push({ start: cand.start, end: cand.end, entity });
        }
        const actors = leftmostLongest(resolved);
        const nationalities = demonymMentions(text, demonyms);
        const figures = figureAnnotations(tables, block, text, norm, actors, page, published, nationalities);
        const actorAnnotations = actors.map((a) => actorAnnotation(block, text, a));
        out.push(...leftmostLongest<Annotation>([...figures, ...actorAnnotations]));
        page.previous = new Set([...actors, ...nationalities].map((a) => a.entity));
      });
      return out;
    },
  };
}
