/**
 * "Take the dossier with you": what Dossier found on a page, as data (saved as JSON) and as Markdown (copied to the
 * clipboard) — the article's title, address and date; its actors with one line each; its figures with their verdicts,
 * the knowledge base's values and sources; the story events it touches. Made from the page's state and the knowledge
 * base alone, inside the extension.
 */
import type { KbLookup } from '../kb/query/card-data';
import type { Source } from '../kb/schema';
import type { PageState, Verdict } from '../shared/messages';

export interface ExportedSource {
  publisher: string;
  url: string;
  date: string | null;
  kind: string | null;
}

export interface DossierExport {
  title: string | null;
  url: string;
  published: string | null;
  actors: { id: string; name: string; type: string; role: string; mentions: number }[];
  figures: {
    text: string;
    verdict: Verdict;
    /** The knowledge base's fact, when one was linked. */
    fact: { id: string; text: string; value: number | null; date: string | null; sources: ExportedSource[] } | null;
  }[];
  events: { id: string; date: string; title: string; sources: ExportedSource[] }[];
}

const source = (s: Source): ExportedSource => ({
  publisher: s.publisher,
  url: s.url,
  date: s.date ?? null,
  kind: s.kind ?? null,
});

export function buildExport(page: PageState, kb: KbLookup): DossierExport {
  const actors = page.actors.map((a) => {
    const card = kb.card(a.id);
    return { id: a.id, name: card?.name ?? a.id, type: a.type, role: card?.role ?? '', mentions: a.count };
  });
  const figures = page.figures
    .filter((f) => f.iso === undefined)
    .map((f) => {
      const fact = f.fact ? kb.fact(f.fact) : null;
      return {
        text: f.text,
        verdict: f.verdict,
        fact: fact && {
          id: fact.id,
          text: fact.text,
          value: fact.value ?? null,
          date: fact.date ?? null,
          sources: fact.sources.map(source),
        },
      };
    });
  const seen = new Set<string>();
  const events = page.figures.flatMap((f) => {
    const event = f.event ? kb.event(f.event) : null;
    if (!event || seen.has(event.id)) return [];
    seen.add(event.id);
    return [{ id: event.id, date: event.date, title: event.title, sources: event.resolvedSources.map(source) }];
  });
  return { title: page.headline, url: page.url, published: page.published, actors, figures, events };
}

/** The words the Markdown uses, from `_locales`. */
export interface ExportLabels {
  heading: string;
  published: string;
  actors: string;
  figures: string;
  events: string;
  knowledgeBase: string;
  verdict(verdict: Verdict): string;
  type(type: string): string;
}

const link = (s: ExportedSource) => `[${s.publisher}](${s.url})`;

export function toMarkdown(data: DossierExport, labels: ExportLabels): string {
  const lines = [`# ${labels.heading}: ${data.title ?? data.url}`, '', `<${data.url}>`];
  if (data.published) lines.push(`${labels.published} ${data.published}`);
  if (data.actors.length > 0) {
    lines.push('', `## ${labels.actors}`, '');
    for (const a of data.actors) lines.push(`- **${a.name}** (${labels.type(a.type)}, ×${a.mentions}) — ${a.role}`);
  }
  if (data.figures.length > 0) {
    lines.push('', `## ${labels.figures}`, '');
    for (const f of data.figures) {
      const kb = f.fact
        ? ` ${labels.knowledgeBase}: ${f.fact.value ?? '—'}${f.fact.date ? ` (${f.fact.date})` : ''} — ${f.fact.sources.map(link).join(', ')}`
        : '';
      lines.push(`- “${f.text}” — ${labels.verdict(f.verdict)}.${kb}`);
    }
  }
  if (data.events.length > 0) {
    lines.push('', `## ${labels.events}`, '');
    for (const e of data.events) lines.push(`- ${e.date} — ${e.title} (${e.sources.map(link).join(', ')})`);
  }
  return `${lines.join('\n')}\n`;
}

/** A file name for the saved dossier: "dossier-<host>-<date>.json". */
export function exportFileName(data: DossierExport): string {
  let host = 'page';
  try {
    host = new URL(data.url).hostname.replace(/^www\./, '');
  } catch {
    // keep "page"
  }
  return `dossier-${host}-${data.published ?? 'undated'}.json`.replace(/[^a-z0-9.-]+/gi, '-');
}
