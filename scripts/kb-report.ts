/**
 * Prints a summary of the knowledge base: what it holds, what is thin, what is wrong, and how big the runtime index
 * is that every article page loads. Run: `npx tsx scripts/kb-report.ts [data folder]`. Exits with 1 on errors.
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compileValidated } from '../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../src/kb/build/load';
import { STRONG_KINDS, type PublisherRegistry } from '../src/kb/build/publishers';
import { sourceKinds } from '../src/kb/build/validate-sources';
import { packIndex } from '../src/kb/pack';
import type { RuntimeIndex } from '../src/kb/runtime';
import type { PublisherKind } from '../src/kb/schema';
import { formatKbError, validateKb } from '../src/kb/build/validate';
import type { TopicFileInput } from '../src/kb/build/validate';

/** Kinds of publisher from the strongest to the weakest, for "a fact's strongest source". */
const STRENGTH = ['official', 'wire', 'newsroom', 'state-affiliated', 'other', 'reference', 'unregistered'] as const;

/** The weeks of the crisis the timeline must cover in detail. */
const CRISIS = { from: '2019-12-27', to: '2020-01-31' };

export function kbReport(
  files: readonly TopicFileInput[],
  registry?: PublisherRegistry,
): { text: string; ok: boolean } {
  const { kb, errors, warnings } = validateKb(files, registry);
  const lines: string[] = [`Knowledge base: ${files.length} topic file(s)`];
  const section = (title: string, counts: Map<string, number>) => {
    lines.push(title);
    for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`  ${String(count).padStart(5)}  ${name}`);
    }
  };

  section(
    `Entities: ${kb.entities.length}`,
    countBy(kb.entities, (e) => e.type),
  );
  const withFigure = kb.facts.filter((f) => f.value !== undefined).length;
  lines.push(`Facts: ${kb.facts.length} (${withFigure} with a figure)`);
  const inCrisis = kb.timeline.filter((t) => within(t.date, CRISIS.from, CRISIS.to)).length;
  lines.push(`Timeline events: ${kb.timeline.length} (${inCrisis} from ${CRISIS.from} to ${CRISIS.to})`);
  const sources = Object.values(kb.sources);
  section(
    `Sources: ${sources.length}, by publisher`,
    countBy(sources, (s) => s.publisher),
  );
  if (registry) {
    const kinds = sourceKinds(sources, registry);
    section(
      `Sources by kind of publisher`,
      countBy(sources, (s) => kinds.get(s.id) ?? 'unregistered'),
    );
    const strongest = (ids: string[]) => {
      const own = ids.map((id) => kinds.get(id) ?? 'unregistered');
      return STRENGTH.find((k) => own.includes(k)) ?? 'unregistered';
    };
    section(
      `Facts by their strongest source`,
      countBy(kb.facts, (f) => strongest(f.sources)),
    );
    const short = kb.facts.filter((f) => !STRONG_KINDS.has(strongest(f.sources) as PublisherKind));
    lines.push(`Facts without an official, wire or newsroom source: ${short.length}`);
    for (const f of short)
      lines.push(`  ${f.id} (${f.sources.map((id) => kinds.get(id) ?? 'unregistered').join(', ')})`);
  }

  const factsBySubject = countBy(kb.facts, (f) => f.subject);
  const thin = kb.entities.map((e) => ({ id: e.id, facts: factsBySubject.get(e.id) ?? 0 })).filter((e) => e.facts < 2);
  lines.push(`Entities with fewer than two facts as subject: ${thin.length}`);
  if (thin.length > 0) lines.push(`  ${thin.map((e) => `${e.id} (${e.facts})`).join(', ')}`);

  lines.push(`Warnings: ${warnings.length}`, ...warnings.map((w) => `  ${formatKbError(w)}`));
  lines.push(`Errors: ${errors.length}`, ...errors.map((e) => `  ${formatKbError(e)}`));
  if (errors.length === 0) {
    const { raw, gzip } = indexSize(compileValidated(kb).index);
    lines.push(`Runtime index (packed, as shipped): ${kilobytes(raw)} raw, ${kilobytes(gzip)} gzip`);
  }
  return { text: lines.join('\n'), ok: errors.length === 0 };
}

/** Bytes of the runtime index as the content script receives it: packed JSON, and gzip of that JSON. */
export function indexSize(index: RuntimeIndex): { raw: number; gzip: number } {
  const json = Buffer.from(JSON.stringify(packIndex(index)));
  return { raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
}

/** Whether the whole of a (possibly partial) ISO date lies between two full dates. */
export function within(date: string, from: string, to: string): boolean {
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return first >= from && last <= to;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { text, ok } = kbReport(loadTopicFiles(process.argv[2]), loadPublishers(process.argv[2]));
  console.log(text);
  if (!ok) process.exitCode = 1;
}
