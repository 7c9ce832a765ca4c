/**
 * The dossier a reader takes away, checked field by field on the seed article: the page state is what the content
 * script reports for it (its annotations through `pageState`), the knowledge base is the real one.
 */
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/annotate';
import { createKbLookup } from '../../../src/kb/query/card-data';
import { pageState } from '../../../src/content/reading/page-state';
import type { Mention } from '../../../src/content/mentions/mentions';
import { compileKb } from '../../../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../../../src/kb/build/load';
import { buildExport, exportFileName, toMarkdown } from '../../../src/popup/dossier-export';
import { readSeed } from '../helpers/corpus';

const { index, details } = compileKb(loadTopicFiles(), loadPublishers());
const kb = createKbLookup(details);
const lines = readSeed('article.txt').split('\n');
const body = lines
  .slice(
    2,
    lines.findIndex((l) => l.startsWith('Follow us on')),
  )
  .filter((l) => l.trim() !== '');
const annotations = createAnnotator(index).annotate(body, { published: '2020-01-07' });
const mentions = annotations.map((annotation) => ({ annotation }) as unknown as Mention);
const URL_ = 'https://www.newarab.com/news/france-has-no-intention-withdrawing-troops-iraq';
const state = {
  ...pageState(URL_, null, mentions, true),
  headline: "France has 'no intention' of withdrawing troops from Iraq, despite Iran threats",
  published: '2020-01-07',
};
const exported = buildExport(state, kb);

describe('the dossier of the seed article', () => {
  it('names the article', () => {
    expect(exported).toMatchObject({ title: state.headline, url: URL_, published: '2020-01-07' });
  });

  it('lists its actors with their name, type, role and mentions', () => {
    const france = exported.actors.find((a) => a.id === 'france')!;
    expect(france).toEqual({
      id: 'france',
      name: 'France',
      type: 'state',
      role: details.entities.find((e) => e.id === 'france')!.role,
      mentions: 5,
    });
    expect(exported.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Florence Parly', 'Iraq', 'NATO']));
  });

  it("lists its figures with their verdict, the knowledge base's value and its sources, and no dates among them", () => {
    const soldiers = exported.figures.find((f) => f.text === '200 soldiers')!;
    expect(soldiers.verdict).toBe('varies');
    expect(soldiers.fact).toMatchObject({ id: 'france-troops-iraq-2020-01', value: 200, date: '2020-01' });
    expect(soldiers.fact!.sources[0]).toMatchObject({
      publisher: expect.any(String),
      url: expect.stringMatching(/^https?:/),
    });
    expect(soldiers.fact!.sources.every((s) => s.kind !== null)).toBe(true);
    expect(exported.figures.some((f) => f.text === 'last Friday')).toBe(false);
  });

  it('lists the story events its dates touch', () => {
    expect(exported.events.map((e) => e.date)).toContain('2020-01-03');
  });

  it('writes Markdown with every part, and a file name from the site and the date', () => {
    const markdown = toMarkdown(exported, {
      heading: 'Dossier',
      published: 'Published',
      actors: 'Actors',
      figures: 'Figures',
      events: 'Story events',
      knowledgeBase: 'Knowledge base',
      verdict: (v) => v,
      type: (t) => t,
    });
    expect(markdown.startsWith(`# Dossier: ${state.headline}\n\n<${URL_}>\nPublished 2020-01-07\n`)).toBe(true);
    expect(markdown).toContain('- **France** (state, ×5) — ');
    expect(markdown).toMatch(/- “200 soldiers” — varies\. Knowledge base: 200 \(2020-01\) — \[/);
    expect(markdown).toContain('## Story events');
    expect(exportFileName(exported)).toBe('dossier-newarab.com-2020-01-07.json');
  });
});
