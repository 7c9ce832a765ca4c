/**
 * Writes the knowledge base as one self-contained JSON file for readers and other tools, in the format documented
 * in `src/kb/EXPORT.md`. Run: `npx tsx scripts/kb-export.ts [output file, default dist/kb.json]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileKb } from '../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../src/kb/build/load';
import type { KbDetails } from '../src/kb/runtime';
import type { Fact, Qualifier, Unit } from '../src/kb/schema';

export interface ExportedSource {
  publisher: string;
  title: string;
  /** Publication date, or null when the page has none. */
  date: string | null;
  url: string;
  /** The publisher's kind in the registry: official, wire, newsroom, reference, state-affiliated or other. */
  kind: string;
}

export interface ExportedFact {
  text: string;
  value?: number;
  unit?: Unit;
  qualifier?: Qualifier;
  date?: string;
  sources: ExportedSource[];
}

export interface ExportedEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  description: string;
  role: string;
  /** Description and role in French. */
  fr: { description: string; role: string };
  facts: ExportedFact[];
}

export interface ExportedEvent {
  date: string;
  title: string;
  text: string;
  /** Title and text in French. */
  fr: { title: string; text: string };
  entities: string[];
  sources: ExportedSource[];
}

export interface KbExport {
  entities: ExportedEntity[];
  events: ExportedEvent[];
}

export function exportKb(details: KbDetails): KbExport {
  const resolveSources = (ids: string[]): ExportedSource[] =>
    ids.map((id) => {
      const { publisher, title, date, url, kind } = details.sources[id]!;
      return { publisher, title, date: date ?? null, url, kind: kind ?? 'other' };
    });
  const factsOf = new Map<string, Fact[]>();
  for (const fact of details.facts) factsOf.set(fact.subject, [...(factsOf.get(fact.subject) ?? []), fact]);
  return {
    entities: details.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [
        ...new Set([
          ...(entity.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.text)),
          ...(entity.shortNames ?? []),
        ]),
      ],
      description: entity.description,
      role: entity.role,
      fr: { description: entity.fr.description, role: entity.fr.role },
      // Fields left undefined are absent from the written JSON.
      facts: (factsOf.get(entity.id) ?? []).map(({ text, value, unit, qualifier, date, sources }): ExportedFact => ({
        text,
        value,
        unit,
        qualifier,
        date,
        sources: resolveSources(sources),
      })),
    })),
    events: details.timeline.map((event) => ({
      date: event.date,
      title: event.title,
      text: event.text,
      fr: { title: event.fr.title, text: event.fr.text },
      entities: event.entities,
      sources: resolveSources(event.sources),
    })),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(process.argv[2] ?? `${root}/dist/kb.json`);
  try {
    const exported = exportKb(compileKb(loadTopicFiles(), loadPublishers()).details);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(exported, null, 2)}\n`);
    console.log(`Wrote ${out}: ${exported.entities.length} entities, ${exported.events.length} events`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
