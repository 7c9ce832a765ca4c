/** Event listeners added as a set and removed the same way. */

/** A listener, with where and how it is added (removal needs the same target, type, function and capture). */
export type Listener = [target: EventTarget, type: string, fn: EventListener, options: AddEventListenerOptions];

/** What a card input listens to, and what it must cancel when cards stop (a pending frame). */
export interface Input {
  listeners: Listener[];
  stop(): void;
}

/** Adds the listeners; returns a function that removes them. */
export function listen(listeners: readonly Listener[]): () => void {
  for (const [target, type, fn, options] of listeners) target.addEventListener(type, fn, options);
  return () => {
    for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn, options);
  };
}
