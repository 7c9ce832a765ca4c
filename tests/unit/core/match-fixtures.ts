/**
 * Tiny inline knowledge bases for the engine's rule tests: builds a RuntimeIndex the way the compiler does
 * (one pattern per name, alias and short name, key = normalize(form), context ids → entity indexes).
 */
import type { RuntimeEvent, RuntimeFigureFact, RuntimeIndex, RuntimePattern } from '../../../src/kb/runtime';
import type { AliasSpec, EntityType, Qualifier, Unit } from '../../../src/kb/schema';
import { normalize } from '../../../src/lib/normalize';

export interface TinyEntity {
  id: string;
  type?: EntityType;
  name: string;
  aliases?: (string | AliasSpec)[];
  shortNames?: string[];
  demonyms?: string[];
}

export interface TinyFact {
  id: string;
  subject: string;
  about?: string[];
  value: number;
  valueMax?: number;
  unit: Unit;
  qualifier?: Qualifier;
  date?: string;
  measure?: string;
  kind?: string;
}

export interface TinyEvent {
  id: string;
  date: string;
  entities?: string[];
}

export function tinyIndex(entities: TinyEntity[], facts: TinyFact[] = [], timeline: TinyEvent[] = []): RuntimeIndex {
  const at = new Map(entities.map((e, i) => [e.id, i]));
  const idx = (id: string) => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`unknown entity ${id}`);
    return i;
  };
  const patterns: RuntimePattern[] = [];
  entities.forEach((e, entity) => {
    const forms: AliasSpec[] = [
      { text: e.name },
      ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? { text: a } : a)),
    ];
    for (const a of forms) {
      patterns.push({
        key: normalize(a.text),
        form: a.text,
        case: a.case ?? 'title',
        entity,
        ...(a.context && { context: a.context.map(idx) }),
        ...(a.default && { default: 1 as const }),
      });
    }
    for (const s of e.shortNames ?? []) patterns.push({ key: normalize(s), form: s, case: 'title', entity, short: 1 });
  });
  const figures: RuntimeFigureFact[] = facts.map((f) => ({
    id: f.id,
    subject: idx(f.subject),
    about: (f.about ?? []).map(idx),
    value: f.value,
    unit: f.unit,
    ...(f.valueMax !== undefined && { valueMax: f.valueMax }),
    ...(f.qualifier && { qualifier: f.qualifier }),
    ...(f.date && { date: f.date }),
    ...(f.measure && { measure: f.measure }),
    ...(f.kind && { kind: f.kind }),
  }));
  const demonyms = entities.flatMap((e, i) => (e.demonyms ?? []).map((d): [string, number] => [normalize(d), i]));
  const events: RuntimeEvent[] = timeline.map((t) => ({
    id: t.id,
    date: t.date,
    entities: (t.entities ?? []).map(idx),
  }));
  return {
    v: 1,
    entities: entities.map((e) => ({ id: e.id, type: e.type ?? 'state' })),
    patterns,
    figures,
    timeline: events,
    ...(demonyms.length > 0 && { demonyms }),
  };
}
