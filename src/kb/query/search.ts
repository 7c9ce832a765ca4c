/**
 * Search across the whole knowledge base: entities by name, alias and short name, and timeline events by title,
 * insensitive to case and accents through the shared normaliser (so "Suleimani", "qassem" or "Daech" find what
 * the page highlighter would).
 */
import type { KbDetails } from '../runtime';
import type { EntityType } from '../schema';
import { normalize } from '../../lib/normalize';

export type SearchHit =
  | { kind: 'entity'; id: string; name: string; type: EntityType; matched: string }
  | { kind: 'event'; id: string; name: string; date: string; matched: string };

interface Entry {
  hit: SearchHit;
  keys: { key: string; form: string }[];
}

/** How well a normalised key matches a normalised query: 3 whole, 2 start, 1 start of a word, 0.5 inside, 0 not. */
function score(key: string, query: string): number {
  if (key === query) return 3;
  if (key.startsWith(query)) return 2;
  if (key.includes(` ${query}`) || key.includes(`-${query}`)) return 1;
  return key.includes(query) ? 0.5 : 0;
}

export function createKbSearch(details: KbDetails): (query: string, limit?: number) => SearchHit[] {
  const entries: Entry[] = [
    ...details.entities.map((e) => {
      const forms = [
        e.name,
        ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text)),
        ...(e.shortNames ?? []),
      ];
      return {
        hit: { kind: 'entity' as const, id: e.id, name: e.name, type: e.type, matched: e.name },
        keys: forms.map((form) => ({ key: normalize(form), form })),
      };
    }),
    ...details.timeline.map((ev) => ({
      hit: { kind: 'event' as const, id: ev.id, name: ev.title, date: ev.date, matched: ev.title },
      keys: [{ key: normalize(ev.title), form: ev.title }],
    })),
  ];

  return (query, limit = 20) => {
    const q = normalize(query);
    if (q.length === 0) return [];
    const ranked: { hit: SearchHit; score: number }[] = [];
    for (const entry of entries) {
      let best = 0;
      let matched = entry.hit.name;
      for (const { key, form } of entry.keys) {
        const s = score(key, q);
        if (s > best) [best, matched] = [s, form];
      }
      // An entity outranks an event at equal score: names are what a reader looks up.
      if (best > 0)
        ranked.push({ hit: { ...entry.hit, matched }, score: best + (entry.hit.kind === 'entity' ? 0.1 : 0) });
    }
    ranked.sort((a, b) => b.score - a.score || a.hit.name.localeCompare(b.hit.name));
    return ranked.slice(0, limit).map((r) => r.hit);
  };
}
