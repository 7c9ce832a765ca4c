/**
 * Messages typed by a request/reply map. A receiver's map names each message `type` it answers, the fields its request
 * carries and the reply it sends back — `{ 'get-card': { request: { entity: string }; reply: EntityCard | null } }`
 * (Dossier's maps are in `messages.ts`). On the wire a message is its fields and its `type`
 * (`{ type: 'get-card', entity }`), as before. The sender's `ask` resolves with the reply of the message's `type`;
 * the receiver answers through a table with one handler per `type`, typed by the same map, so a missing or mistyped
 * handler, a malformed request or a sender expecting the wrong reply fails to compile.
 *
 * The receiver still checks every message for sender and shape (`messages.ts`'s validators) before `dispatch` calls
 * its handler. A message it refuses, or a receiver that is not there (no content script in a tab), gets no reply: a
 * rejected promise or undefined, which only the panel's questions to a tab can meet (they check what comes back).
 */

/** What a map holds for each message type. */
export type Exchanges<M> = { [K in keyof M]: { request: object; reply: unknown } };

/** A request without fields (`{ type: 'get-index' }`). */
export type NoFields = Record<never, never>;

/** The message of one type, as it goes on the wire. */
export type RequestOf<M extends Exchanges<M>, K extends keyof M> = { type: K } & M[K]['request'];

/** Any message of a map: the union over its types. */
export type AnyRequest<M extends Exchanges<M>> = { [K in keyof M]: RequestOf<M, K> }[keyof M];

/** The reply to a message of one type. */
export type ReplyOf<M extends Exchanges<M>, K extends keyof M> = M[K]['reply'];

/** Sends a message of a map to its receiver and resolves with the reply its type has. */
export type AskFor<M extends Exchanges<M>> = <K extends keyof M>(message: RequestOf<M, K>) => Promise<ReplyOf<M, K>>;

/**
 * A receiver's handler table: one handler for every type of its map, called with the checked message and what the
 * receiver knows of the sender (`context`), resolving with the reply.
 */
export type Handlers<M extends Exchanges<M>, C> = {
  [K in keyof M]: (request: RequestOf<M, K>, context: C) => Promise<ReplyOf<M, K>>;
};

/** Calls the handler of a checked message's type. */
export function dispatch<M extends Exchanges<M>, K extends keyof M, C>(
  handlers: Handlers<M, C>,
  message: RequestOf<M, K>,
  context: C,
): Promise<ReplyOf<M, K>> {
  const handler: Handlers<M, C>[K] = handlers[message.type];
  return handler(message, context);
}

/**
 * A typed `ask` over an untyped transport (`runtime.sendMessage`, `tabs.sendMessage`). This is the one place where
 * what comes off the wire takes its reply type: the receiver's handler table answers each type with that type, by
 * the same map.
 */
export function asker<M extends Exchanges<M>>(send: (message: object) => Promise<unknown>): AskFor<M> {
  return <K extends keyof M>(message: RequestOf<M, K>) => send(message) as Promise<ReplyOf<M, K>>;
}
