/**
 * What a hover card shows for a mention, gathered when the card opens: an actor's entity card (from the background,
 * which holds the knowledge base's details), a figure's check against the knowledge base, or a date's resolved day
 * and timeline event. The content script itself only has the small runtime index.
 */
import type { EntityCard, FigureCardFact } from '../../kb/query/card-data';
import type { RuntimeFigureFact, RuntimeIndex } from '../../kb/runtime';
import type { Source, TimelineEvent } from '../../kb/schema';
import type { AskFor } from '../../shared/message-map';
import type { ContentToBackgroundRequests, Verdict } from '../../shared/messages';
import type { Mention } from '../mentions/mentions';

export type EventDetails = TimelineEvent & { resolvedSources: Source[]; lang?: 'en' | 'fr' };

export type CardContent =
  | { kind: 'entity'; entity: EntityCard; mentions: number }
  | { kind: 'figure'; text: string; verdict: Verdict; kb: RuntimeFigureFact | null; fact: FigureCardFact | null }
  | { kind: 'date'; text: string; iso: string; span?: 'week' | 'month'; event: EventDetails | null };

/** Sends a message to the background and resolves with its answer, typed by the message's type. */
export type Ask = AskFor<ContentToBackgroundRequests>;

export type CardLoader = (mention: Mention) => Promise<CardContent | null>;

/**
 * @param mentions how many times the page names an entity
 * @returns a loader that resolves with null when the knowledge base has nothing for the mention
 */
export function createCardLoader(
  loadIndex: () => RuntimeIndex,
  ask: Ask,
  mentions: (entity: string) => number,
): CardLoader {
  let byKey: Map<string, RuntimeFigureFact> | null = null;
  const figureFact = (key: string): RuntimeFigureFact | null =>
    (byKey ??= new Map(loadIndex().figures.map((f) => [f.id, f]))).get(key) ?? null;
  return async (mention) => {
    const a = mention.annotation;
    if (a.kind === 'actor') {
      const entity = await ask({ type: 'get-card', entity: a.entity });
      return entity ? { kind: 'entity', entity, mentions: mentions(a.entity) } : null;
    }
    if ('iso' in a.figure) {
      const event = a.event ? await ask({ type: 'get-event', event: a.event }) : null;
      return { kind: 'date', text: a.text, iso: a.figure.iso, ...(a.figure.span && { span: a.figure.span }), event };
    }
    const fact = a.fact ? await ask({ type: 'get-fact', fact: a.fact }) : null;
    const kb = a.fact ? figureFact(a.fact) : null;
    const verdict = fact?.fromThisPage && (a.verdict === 'agrees' || a.verdict === 'varies') ? 'self' : a.verdict;
    return { kind: 'figure', text: a.text, verdict, kb, fact };
  };
}
