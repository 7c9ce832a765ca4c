// @vitest-environment happy-dom
/** What a card is made of: which question goes to the background for each kind of mention, and what comes back. */
import { describe, expect, it, vi } from 'vitest';
import { createCardLoader, type Ask } from '../../../../src/content/card/card-content';
import type { Mention } from '../../../../src/content/mentions/mentions';
import type { FigureAnnotation } from '../../../../src/core/annotate';
import type { ContentToBackground } from '../../../../src/shared/messages';
import { tinyIndex } from '../../core/match-fixtures';
import { mentionOf, page, textNode } from '../helpers';

const index = tinyIndex(
  [
    { id: 'france', name: 'France' },
    { id: 'iraq', name: 'Iraq' },
  ],
  [{ id: 'france-troops', subject: 'france', about: ['iraq'], value: 200, unit: 'troops', qualifier: 'about', date: '2020-01' }],
  [{ id: 'strike', date: '2020-01-03', entities: ['france'] }],
);

function mentions(): { actor: Mention; figure: Mention; date: Mention } {
  page('<p>France sent 200 soldiers last Friday.</p>');
  const text = textNode('p', 'France');
  const actor = mentionOf(text, 'France', 'state', 'france');
  const figure = mentionOf(text, '200 soldiers', 'figure');
  const date = mentionOf(text, 'last Friday', 'figure');
  figure.annotation = { ...(figure.annotation as FigureAnnotation), fact: 'france-troops', verdict: 'agrees', kbValue: 200 };
  date.annotation = { ...(date.annotation as FigureAnnotation), figure: { iso: '2020-01-03', relative: true }, event: 'strike', verdict: 'agrees' };
  return { actor, figure, date };
}

function asker(answers: Partial<Record<ContentToBackground['type'], unknown>>) {
  return vi.fn<Ask>(async (m) => answers[m.type] ?? null);
}

describe('createCardLoader', () => {
  it('asks the background for an actor’s entity card and counts its mentions on the page', async () => {
    const { actor } = mentions();
    const entity = { id: 'france', name: 'France' };
    const ask = asker({ 'get-card': entity });
    const load = createCardLoader(() => index, ask, (id) => (id === 'france' ? 5 : 0));
    expect(await load(actor)).toEqual({ kind: 'entity', entity, mentions: 5 });
    expect(ask).toHaveBeenCalledWith({ type: 'get-card', entity: 'france' });
  });

  it('gives no card for an entity the knowledge base does not return', async () => {
    const { actor } = mentions();
    expect(await createCardLoader(() => index, asker({}), () => 1)(actor)).toBeNull();
  });

  it('checks a figure against the knowledge base’s figure and asks for the fact’s text and sources', async () => {
    const { figure } = mentions();
    const fact = { id: 'france-troops', text: 'France had about 200 troops.', sources: [] };
    const ask = asker({ 'get-fact': fact });
    const content = await createCardLoader(() => index, ask, () => 0)(figure);
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
    expect(await createCardLoader(() => index, ask, () => 0)(unlinked)).toEqual({
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
    const event = { id: 'strike', date: '2020-01-03', title: 'Strike', text: 'A strike.', entities: [], sources: [], resolvedSources: [] };
    const ask = asker({ 'get-event': event });
    expect(await createCardLoader(() => index, ask, () => 0)(date)).toEqual({ kind: 'date', text: 'last Friday', iso: '2020-01-03', event });
    expect(ask).toHaveBeenCalledWith({ type: 'get-event', event: 'strike' });
  });
});
