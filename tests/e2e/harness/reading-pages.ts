/**
 * Pages and expectations for the reading tests (highlights and hover cards): variants of the seed article served
 * under its news URL, with small scripts of the page's own (a MutationObserver installed before Dossier runs, a
 * paragraph added after load, hostile CSS), a long article, and what the seed must show
 * (`tests/fixtures/seed/expected-annotations.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileKb } from '../../../src/kb/build/compile';
import { loadTopicFiles } from '../../../src/kb/build/load';
import type { KbDetails } from '../../../src/kb/runtime';
import type { EntityType } from '../../../src/kb/schema';
import { CATEGORIES, categoryOf } from '../../../src/shared/categories';
import { ROOT } from './browsers';
import type { FixtureServer } from './fixture-server';
import { fixture, SEED_URL } from './fixtures';

const SEED = join(ROOT, 'tests', 'fixtures', 'seed');

export interface Expected {
  actors: { text: string; entity: string; type: string; count: number }[];
  figures: { text: string; fact: string; count: number; optional?: boolean }[];
  optional: string[];
  never: string[];
}

export const expected = JSON.parse(readFileSync(join(SEED, 'expected-annotations.json'), 'utf8')) as Expected;

let kb: KbDetails | null = null;
/** The knowledge base's details, to know what a card must show without writing it into the tests. */
export function kbDetails(): KbDetails {
  kb ??= compileKb(loadTopicFiles()).details;
  return kb;
}

/** The English UI string of a `_locales` key, with `$1`-style placeholders filled. */
export function uiString(key: string, ...values: string[]): string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  const entry = messages[key];
  if (!entry) throw new Error(`No _locales key ${key}`);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return values[Number(content.slice(1)) - 1] ?? '';
  });
}

/**
 * The page's own record of its document: a MutationObserver installed when the DOM is ready (before Dossier's
 * content script, which runs at `document_idle`), and the body's serialisation at that moment.
 */
const PAGE_WATCH = `<script>
window.__changes = [];
document.addEventListener('DOMContentLoaded', () => {
  window.__bodyAtStart = new XMLSerializer().serializeToString(document.body);
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      window.__changes.push({
        type: r.type,
        target: r.target.nodeName.toLowerCase(),
        inArticle: Boolean(el && el.closest('article')),
        nodes: [...r.addedNodes, ...r.removedNodes].map((n) => n.nodeName.toLowerCase()),
      });
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
});
</script>`;

function withHead(html: string, extra: string): string {
  return html.replace('</head>', `${extra}</head>`);
}

/** The seed article with the page's own mutation watch. */
export function serveWatchedSeed(server: FixtureServer): string {
  server.route(SEED_URL, { body: withHead(fixture('seed-article.html'), PAGE_WATCH) });
  return SEED_URL;
}

export interface PageChanges {
  changes: { type: string; target: string; inArticle: boolean; nodes: string[] }[];
  bodyUnchanged: boolean;
}

/** What the page's own watch recorded (evaluated in the page). */
export function pageChanges(): PageChanges {
  const w = window as unknown as { __changes: PageChanges['changes']; __bodyAtStart: string };
  return {
    changes: w.__changes,
    bodyUnchanged: new XMLSerializer().serializeToString(document.body) === w.__bodyAtStart,
  };
}

export const ADDED_PARAGRAPH = 'Jens Stoltenberg later said the alliance would keep its mission going.';

/** The seed article, to which the page itself adds a paragraph two seconds after load. */
export function serveGrowingSeed(server: FixtureServer): string {
  const script = `<script>
setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(ADDED_PARAGRAPH)};
  document.querySelector('.article-body').append(p);
}, 2000);
</script>`;
  server.route(SEED_URL, { body: withHead(fixture('seed-article.html'), script) });
  return SEED_URL;
}

/** What a single-page site renders for its second article (evaluated in the page after `history.pushState`). */
export function renderSecondArticle(): void {
  document.querySelector('h1')!.textContent = 'Canada moves its trainers from Iraq to Kuwait';
  document.querySelector('.article-standfirst')!.textContent = 'Canadian soldiers leave Iraq for a while.';
  const body = document.querySelector('.article-body')!;
  const paragraphs = [
    'Canada will temporarily move some of its soldiers from Iraq to Kuwait, Defence Minister Harjit Sajjan said on Tuesday.',
    'Jens Stoltenberg said the alliance would resume its training mission in Iraq when the situation permits.',
    'The decision follows the killing of a top Iranian general in Baghdad and the missile strikes that followed.',
  ].map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  body.replaceChildren(...paragraphs);
}

export const LONG_URL = 'http://www.newarab.com/news/a-very-long-article-about-the-coalition-and-its-troops-in-iraq';

/** A long article: the seed's body paragraphs many times over, with a long-task observer of the page's own. */
export function serveLongArticle(server: FixtureServer, copies: number): string {
  const html = fixture('seed-article.html');
  const body = /<div class="article-body">([\s\S]*?)<\/div>\s*<\/article>/.exec(html);
  const paragraphs = (body?.[1] ?? '').match(/<p>[\s\S]*?<\/p>/g) ?? [];
  if (paragraphs.length === 0) throw new Error('seed fixture: no body paragraphs found');
  const long = Array.from({ length: copies }, () => paragraphs.join('\n')).join('\n');
  const observer = `<script>
window.__longTasks = [];
if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}
</script>`;
  const page = withHead(html, observer).replace(paragraphs[0]!, `${long}\n${paragraphs[0]}`);
  server.route(LONG_URL, { body: page });
  return LONG_URL;
}

/**
 * How the seed article's highlights differ from what it must show (none: an empty list). `highlights` is what
 * `readHighlights` gives: highlight name → texts.
 */
export function checkSeedHighlights(all: Record<string, string[]>): string[] {
  const problems: string[] = [];
  const highlights = Object.fromEntries(CATEGORIES.map((c) => [`dossier-${c}`, all[`dossier-${c}`] ?? []]));
  const count = (name: string, text: string): number => (highlights[name] ?? []).filter((t) => t === text).length;
  for (const actor of expected.actors) {
    const name = `dossier-${categoryOf(actor.type.replace(/ /g, '-') as EntityType)}`;
    const found = count(name, actor.text);
    if (found !== actor.count) problems.push(`"${actor.text}" in ${name}: ${found}, expected ${actor.count}`);
  }
  for (const figure of expected.figures) {
    const found = count('dossier-figure', figure.text);
    if (found !== figure.count && !(figure.optional && found === 0)) {
      problems.push(`figure "${figure.text}": ${found}, expected ${figure.count}`);
    }
  }
  const allowed = new Set([
    ...expected.actors.map((a) => a.text),
    ...expected.figures.map((f) => f.text),
    ...expected.optional,
  ]);
  // Issue 4's rule: a surname alone links to a person the page names in full ("Parly added" after "Florence Parly").
  const listedPersons = new Set(expected.actors.filter((a) => a.type === 'person').map((a) => a.entity));
  const surnames = new Set(
    kbDetails()
      .entities.filter((e) => listedPersons.has(e.name))
      .flatMap((e) => e.shortNames ?? []),
  );
  for (const [name, texts] of Object.entries(highlights)) {
    for (const text of texts) {
      const surname = name === 'dossier-person' && surnames.has(text);
      if (!allowed.has(text) && !surname) problems.push(`unexpected "${text}" in ${name}`);
    }
  }
  const never = expected.never.map((e) => e.replace(/\s*\(.*$/, '')).filter((t) => !t.startsWith('any '));
  for (const text of never) {
    if (Object.values(highlights).some((texts) => texts.includes(text)))
      problems.push(`"${text}" must never be highlighted`);
  }
  return problems;
}
