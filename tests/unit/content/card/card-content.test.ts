// @vitest-environment happy-dom
/** What a card is made of: which question goes to the background for each kind of mention, and what comes back. */
import { describe, expect, it, vi } from 'vitest';
import { createCardLoader, type Ask } from '../../../../src/content/card/card-content';
import type { Mention } from '../../../../src/content/mentions/mentions';
import type { FigureAnnotation } from '../../../../src/core/annotate';
import type { EntityCard, EventCard, FigureCardFact } from '../../../../src/kb/query/card-data';
import type { Source } from '../../../../src/kb/schema';
import { dispatch, type Handlers } from '../../../../src/shared/message-map';
import type { ContentToBackgroundRequests } from '../../../../src/shared/messages';
import { tinyIndex } from '../../core/match-fixtures';
import { mentionOf, page, textNode } from '../helpers';

const index = tinyIndex(
  [
    { id: 'france', name: 'France' },
    { id: 'iraq', name: 'Iraq' },
  ],
  [
    {
      id: 'france-troops',
      subject: 'france',
      about: ['iraq'],
      value: 200,
      unit: 'troops',
      qualifier: 'about',
      date: '2020-01',
    },
  ],
  [{ id: 'strike', date: '2020-01-03', entities: ['france'] }],
);

function mentions(): { actor: Mention; figure: Mention; date: Mention } {
  page('<p>France sent 200 soldiers last Friday.</p>');
  const text = textNode('p', 'France');
  const actor = mentionOf(text, 'France', 'state', 'france');
  const figure = mentionOf(text, '200 soldiers', 'figure');
  const date = mentionOf(text, 'last Friday', 'figure');
  figure.annotation = {
    ...(figure.annotation as FigureAnnotation),
    fact: 'france-troops',
    verdict: 'agrees',
    kbValue: 200,
  };
  date.annotation = {
    ...(date.annotation as FigureAnnotation),
    figure: { iso: '2020-01-03', relative: true },
    event: 'strike',
    verdict: 'agrees',
  };
  return { actor, figure, date };
}

/** A background that knows only what `answers` holds, through the same handler table a real one has. */
function asker(answers: Partial<Handlers<ContentToBackgroundRequests, void>>) {
  const background: Handlers<ContentToBackgroundRequests, void> = {
    'page-state': () => Promise.resolve(),
    'load-reader': () => Promise.resolve(false),
    'get-index': () => Promise.reject(new Error('no index here')),
    'get-card': () => Promise.resolve(null),
    'get-fact': () => Promise.resolve(null),
    'get-event': () => Promise.resolve(null),
    'open-panel': () => Promise.resolve(false),
    ...answers,
  };
  return vi.fn<Ask>((m) => dispatch(background, m, undefined));
}

const source: Source = {
  id: 'armees-chammal',
  url: 'https://www.defense.gouv.fr/a',
  title: 'Opération Chammal',
  publisher: 'Ministère des Armées',
};

describe('createCardLoader', () => {
  it('asks the background for an actor’s entity card and counts its mentions on the page', async () => {
    const { actor } = mentions();
    const entity: EntityCard = {
      lang: 'en',
      id: 'france',
      name: 'France',
      type: 'state',
      description: 'A state.',
      role: 'Coalition member',
      facts: [],
      related: [],
      events: [],
      sources: [source],
    };
    const ask = asker({ 'get-card': async ({ entity: id }) => (id === 'france' ? entity : null) });
    const load = createCardLoader(
      () => index,
      ask,
      (id) => (id === 'france' ? 5 : 0),
    );
    expect(await load(actor)).toEqual({ kind: 'entity', entity, mentions: 5 });
    expect(ask).toHaveBeenCalledWith({ type: 'get-card', entity: 'france' });
  });

  it('gives no card for an entity the knowledge base does not return', async () => {
    const { actor } = mentions();
    expect(
      await createCardLoader(
        () => index,
        asker({}),
        () => 1,
      )(actor),
    ).toBeNull();
  });

  it('checks a figure against the knowledge base’s figure and asks for the fact’s text and sources', async () => {
    const { figure } = mentions();
    const fact: FigureCardFact = {
      id: 'france-troops',
      text: 'France had about 200 troops.',
      sources: [source],
      subject: { id: 'france', name: 'France' },
      sameMeasure: [],
    };
    const ask = asker({ 'get-fact': async ({ fact: id }) => (id === 'france-troops' ? fact : null) });
    const content = await createCardLoader(
      () => index,
      ask,
      () => 0,
    )(figure);
    expect(content).toEqual({
      kind: 'figure',
      text: '200 soldiers',
      verdict: 'agrees',
      kb: expect.objectContaining({ id: 'france-troops', value: 200, qualifier: 'about', date: '2020-01' }),
      fact,
    });
    expect(ask).toHaveBeenCalledWith({ type: 'get-fact', fact: 'france-troops' });
  });

  it('shows an unlinked figure as unknown without asking anything', async () => {
    const { figure } = mentions();
    const ask = asker({});
    const { fact: _fact, kbValue: _kb, ...annotation } = figure.annotation as FigureAnnotation;
    const unlinked: Mention = { ...figure, annotation: { ...annotation, verdict: 'unknown' } };
    expect(
      await createCardLoader(
        () => index,
        ask,
        () => 0,
      )(unlinked),
    ).toEqual({
      kind: 'figure',
      text: '200 soldiers',
      verdict: 'unknown',
      kb: null,
      fact: null,
    });
    expect(ask).not.toHaveBeenCalled();
  });

  it('gives a date its resolved day and timeline event', async () => {
    const { date } = mentions();
    const event: EventCard = {
      lang: 'en',
      id: 'strike',
      date: '2020-01-03',
      title: 'Strike',
      text: 'A strike.',
      fr: { title: 'Frappe', text: 'Une frappe.' },
      entities: [],
      sources: [],
      resolvedSources: [source],
    };
    const ask = asker({ 'get-event': async ({ event: id }) => (id === 'strike' ? event : null) });
    expect(
      await createCardLoader(
        () => index,
        ask,
        () => 0,
      )(date),
    ).toEqual({ kind: 'date', text: 'last Friday', iso: '2020-01-03', event });
    expect(ask).toHaveBeenCalledWith({ type: 'get-event', event: 'strike' });
  });
});
