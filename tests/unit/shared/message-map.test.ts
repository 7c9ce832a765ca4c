/**
 * Messages typed by their receiver's map: what `ask` resolves with, what a handler table must hold, and what goes on
 * the wire. The type-level checks (`expectTypeOf`, `@ts-expect-error`) are proved by the type checker
 * (`npx tsc -p tsconfig.json` reads the tests); the rest runs.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { EntityCard, EventCard, FigureCardFact } from '../../../src/kb/query/card-data';
import { asker, dispatch, type AskFor, type Handlers, type NoFields } from '../../../src/shared/message-map';
import type {
  ContentScriptRequests,
  ContentToBackgroundRequests,
  PageState,
  PanelToBackgroundRequests,
} from '../../../src/shared/messages';

/** A map made for the purpose. */
interface Toy {
  echo: { request: { text: string }; reply: string };
  count: { request: NoFields; reply: number };
  find: { request: { id?: string }; reply: { id: string } | null };
}

const toyHandlers: Handlers<Toy, { from: string }> = {
  echo: ({ text }, { from }) => Promise.resolve(`${from}: ${text}`),
  count: () => Promise.resolve(3),
  find: ({ id }) => Promise.resolve(id ? { id } : null),
};

describe('ask', () => {
  it('resolves with the reply type of the message’s type', () => {
    const ask = asker<Toy>(() => Promise.resolve(null));
    expectTypeOf(ask({ type: 'echo', text: 'x' })).toEqualTypeOf<Promise<string>>();
    expectTypeOf(ask({ type: 'count' })).toEqualTypeOf<Promise<number>>();
    expectTypeOf(ask({ type: 'find' })).toEqualTypeOf<Promise<{ id: string } | null>>();
  });

  it('refuses, at compile time, an unknown type, a missing or mistyped field, and a field the type does not carry', () => {
    const ask: AskFor<Toy> = () => Promise.reject(new Error('not sent'));
    // @ts-expect-error: no such type
    void ask({ type: 'delete' }).catch(() => undefined);
    // @ts-expect-error: echo carries a text
    void ask({ type: 'echo' }).catch(() => undefined);
    // @ts-expect-error: a text is a string
    void ask({ type: 'echo', text: 1 }).catch(() => undefined);
    // @ts-expect-error: count carries nothing
    void ask({ type: 'count', text: 'x' }).catch(() => undefined);
  });

  it('sends the message as it is written: its type and its fields, nothing else', async () => {
    const send = vi.fn((_message: object) => Promise.resolve('x: hello'));
    const ask = asker<Toy>(send);
    expect(await ask({ type: 'echo', text: 'hello' })).toBe('x: hello');
    expect(send).toHaveBeenCalledWith({ type: 'echo', text: 'hello' });
  });

  it('passes on the transport’s failure', async () => {
    const ask = asker<Toy>(() => Promise.reject(new Error('Receiving end does not exist.')));
    await expect(ask({ type: 'count' })).rejects.toThrow('Receiving end');
  });
});

describe('handler tables', () => {
  it('must hold a handler of the right type for every message type', () => {
    // @ts-expect-error: find has no handler
    const missing: Handlers<Toy, void> = { echo: ({ text }) => Promise.resolve(text), count: () => Promise.resolve(1) };
    const wrongReply: Handlers<Toy, void> = {
      echo: ({ text }) => Promise.resolve(text),
      // @ts-expect-error: count replies with a number
      count: () => Promise.resolve('one'),
      find: () => Promise.resolve(null),
    };
    const wrongRequest: Handlers<Toy, void> = {
      // @ts-expect-error: echo's request carries no id
      echo: ({ id }) => Promise.resolve(String(id)),
      count: () => Promise.resolve(1),
      find: () => Promise.resolve(null),
    };
    expect([missing, wrongReply, wrongRequest]).toHaveLength(3);
  });

  it('dispatch calls the handler of the message’s type with the message and the sender’s context', async () => {
    expect(await dispatch(toyHandlers, { type: 'echo', text: 'hi' }, { from: 'tab 3' })).toBe('tab 3: hi');
    expect(await dispatch(toyHandlers, { type: 'count' }, { from: 'tab 3' })).toBe(3);
    expect(await dispatch(toyHandlers, { type: 'find', id: 'nato' }, { from: 'tab 3' })).toEqual({ id: 'nato' });
    expectTypeOf(dispatch(toyHandlers, { type: 'find' }, { from: '' })).toEqualTypeOf<Promise<{ id: string } | null>>();
  });
});

describe('Dossier’s maps', () => {
  it('type what each receiver answers', () => {
    const background = asker<ContentToBackgroundRequests>(() => Promise.resolve(null));
    expectTypeOf(background({ type: 'get-card', entity: 'nato' })).toEqualTypeOf<Promise<EntityCard | null>>();
    expectTypeOf(background({ type: 'get-fact', fact: '#f1' })).toEqualTypeOf<Promise<FigureCardFact | null>>();
    expectTypeOf(background({ type: 'get-event', event: '#e1' })).toEqualTypeOf<Promise<EventCard | null>>();
    expectTypeOf(background({ type: 'get-index' })).toEqualTypeOf<Promise<string>>();
    expectTypeOf(background({ type: 'load-reader' })).toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(background({ type: 'open-panel' })).toEqualTypeOf<Promise<boolean>>();
    const panel = asker<PanelToBackgroundRequests>(() => Promise.resolve(null));
    expectTypeOf(panel({ type: 'annotate-once', tabId: 3 })).toEqualTypeOf<Promise<boolean>>();
    const tab = asker<ContentScriptRequests>(() => Promise.resolve(null));
    expectTypeOf(tab({ type: 'get-page-state' })).toEqualTypeOf<Promise<PageState>>();
    expectTypeOf(tab({ type: 'show-mention', figure: 2 })).toEqualTypeOf<Promise<boolean>>();
    // @ts-expect-error: the panel asks the content script, not the background, for the page's state
    void panel({ type: 'get-page-state' });
    // @ts-expect-error: a card is asked for by entity id
    void background({ type: 'get-card', id: 'nato' });
  });
});
