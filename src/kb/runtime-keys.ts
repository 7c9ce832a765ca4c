/**
 * Runtime keys: how the shipped index names its figure facts and timeline events. The content script carries the
 * index in every article page, so the packed index leaves out their authored ids (a tenth of its weight) and names
 * each by its position instead: `#f12` is the 13th figure fact of the compiled index, `#e4` the 5th timeline event.
 * The compiler orders them deterministically from the details (facts with a value, in details order; the timeline
 * in details order), so whoever holds the details — the background, the popup — resolves a key to its id.
 */
import type { KbDetails } from './runtime';

export const factKey = (position: number): string => `#f${position}`;
export const eventKey = (position: number): string => `#e${position}`;

const KEY = /^#([fe])(\d{1,6})$/;

export function isRuntimeKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

export interface KeyResolver {
  /** The authored id of a fact, from a runtime key or an id (returned as is). */
  factId(keyOrId: string): string | undefined;
  eventId(keyOrId: string): string | undefined;
}

export function createKeyResolver(details: KbDetails): KeyResolver {
  const figureIds = details.facts.filter((f) => f.value !== undefined).map((f) => f.id);
  const eventIds = details.timeline.map((e) => e.id);
  const resolve = (kind: 'f' | 'e', ids: string[], keyOrId: string): string | undefined => {
    const m = KEY.exec(keyOrId);
    if (!m) return keyOrId;
    return m[1] === kind ? ids[Number(m[2])] : undefined;
  };
  return {
    factId: (k) => resolve('f', figureIds, k),
    eventId: (k) => resolve('e', eventIds, k),
  };
}
