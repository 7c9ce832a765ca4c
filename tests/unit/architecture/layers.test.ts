/**
 * The layers hold themselves: this test reads every import in `src/` (type-only imports, re-exports and style sheets'
 * `@import` included) and fails on an arrow that runs the wrong way.
 *
 *   lib  ←  kb (schema, runtime, pack, localize; query/)  ←  core  ←  shared  ←  ui  ←  the extension's pages
 *                                                                                     (content, background, popup,
 *   kb/build: Node, build time only (load, validate, compile); it may use core                         options)
 *
 * The rules are checked first against a graph made for the purpose, so a rule that can no longer fail is caught too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

const PAGES = ['content', 'background', 'popup', 'options'] as const;
const AREAS = ['lib', 'kb', 'kb/build', 'core', 'shared', 'ui', ...PAGES] as const;
type Area = (typeof AREAS)[number];

/** What an import reaches: a folder of `src/`, or a package (`preact`, `webextension-polyfill`, `virtual:…`). */
type Target = { area: Area } | { pkg: string };

interface Edge {
  /** The importing file, from the repository's root. */
  file: string;
  spec: string;
  to: Target;
}

/** The folder of `src/` a file belongs to (`src/kb/build/` apart from the rest of `src/kb/`). */
function areaOf(path: string): Area {
  const rel = relative(SRC, path).split(/[\\/]/);
  if (rel[0] === 'kb' && rel[1] === 'build') return 'kb/build';
  const area = rel[0] as Area;
  if (!AREAS.includes(area)) throw new Error(`${path}: src/${rel[0]} is not a known layer; add it to the layers test`);
  return area;
}

const isPage = (area: Area | undefined): boolean => (PAGES as readonly string[]).includes(area ?? '');

/** Why an import from `from` to `to` breaks the layers, or null when it does not. */
function ruleBroken(from: Area, to: Target): string | null {
  const area = 'area' in to ? to.area : undefined;
  const pkg = 'pkg' in to ? to.pkg : undefined;
  if (from === 'lib' && area !== 'lib') return 'src/lib imports nothing but src/lib';
  if (from === 'kb' && area !== 'kb' && area !== 'lib') {
    return 'src/kb (outside kb/build) imports only src/kb and src/lib: no core, shared, UI, page, build code or package';
  }
  if (area === 'kb/build' && from !== 'kb/build')
    return 'only build-time code imports src/kb/build (Node, never shipped)';
  if (from === 'core' || from === 'kb/build') {
    if (pkg === 'webextension-polyfill') return `src/${from} uses no extension API`;
    if (area === 'shared' || area === 'ui' || isPage(area)) return `src/${from} imports no shared, UI or page code`;
  }
  if (isPage(from) && isPage(area) && from !== area)
    return 'an extension page imports nothing from another page’s folder';
  if ((from === 'ui' || from === 'shared') && isPage(area)) return `src/${from} imports nothing from an extension page`;
  return null;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesIn(path);
    return /\.(tsx?|css)$/.test(name) ? [path] : [];
  });
}

const EXTENSIONS = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

function specifiers(file: string, text: string): string[] {
  if (file.endsWith('.css')) return [...text.matchAll(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Every import of every file under `src/`. */
function importGraph(): Edge[] {
  return filesIn(SRC).flatMap((path) =>
    specifiers(path, readFileSync(path, 'utf8')).map((spec): Edge => {
      const file = relative(ROOT, path);
      if (!spec.startsWith('.')) return { file, spec, to: { pkg: spec } };
      // A Vite query ("./card.css?inline") names the same file.
      const base = resolve(dirname(path), spec.replace(/\?.*$/, ''));
      const target = EXTENSIONS.map((ext) => base + ext).find((p) => statSync(p, { throwIfNoEntry: false })?.isFile());
      if (!target) throw new Error(`${file}: cannot resolve '${spec}'`);
      if (!target.startsWith(SRC)) throw new Error(`${file}: '${spec}' leaves src/`);
      return { file, spec, to: { area: areaOf(target) } };
    }),
  );
}

const describeEdge = (e: Edge, why: string): string => `${e.file} imports '${e.spec}': ${why}`;

function brokenRules(edges: readonly Edge[]): string[] {
  return edges.flatMap((e) => {
    const why = ruleBroken(areaOf(join(ROOT, e.file)), e.to);
    return why ? [describeEdge(e, why)] : [];
  });
}

describe('the rules', () => {
  const edge = (file: string, to: Target): Edge => ({ file, spec: 'area' in to ? `../${to.area}/x` : to.pkg, to });
  it.each([
    ['src/lib/x.ts', { area: 'core' }],
    ['src/lib/x.ts', { pkg: 'preact' }],
    ['src/kb/pack.ts', { area: 'core' }],
    ['src/kb/query/card-data.ts', { area: 'core' }],
    ['src/kb/query/card-data.ts', { area: 'shared' }],
    ['src/kb/localize.ts', { area: 'ui' }],
    ['src/kb/pack.ts', { area: 'kb/build' }],
    ['src/kb/pack.ts', { pkg: 'node:fs' }],
    ['src/core/annotate.ts', { pkg: 'webextension-polyfill' }],
    ['src/core/annotate.ts', { area: 'shared' }],
    ['src/core/annotate.ts', { area: 'ui' }],
    ['src/core/annotate.ts', { area: 'content' }],
    ['src/core/annotate.ts', { area: 'popup' }],
    ['src/core/annotate.ts', { area: 'options' }],
    ['src/core/annotate.ts', { area: 'background' }],
    ['src/core/annotate.ts', { area: 'kb/build' }],
    ['src/kb/build/compile.ts', { pkg: 'webextension-polyfill' }],
    ['src/options/Options.tsx', { area: 'popup' }],
    ['src/popup/App.tsx', { area: 'content' }],
    ['src/content/card/cards.ts', { area: 'background' }],
    ['src/background/service-worker.ts', { area: 'popup' }],
    ['src/ui/Switch.tsx', { area: 'popup' }],
    ['src/shared/messages.ts', { area: 'content' }],
    ['src/popup/App.tsx', { area: 'kb/build' }],
  ] satisfies [string, Target][])('%s may not import %o', (file, to) => {
    expect(brokenRules([edge(file, to)])).toHaveLength(1);
  });

  it.each([
    ['src/kb/pack.ts', { area: 'lib' }],
    ['src/kb/query/card-data.ts', { area: 'kb' }],
    ['src/kb/build/compile.ts', { area: 'core' }],
    ['src/kb/build/load.ts', { pkg: 'node:fs' }],
    ['src/core/annotate.ts', { area: 'kb' }],
    ['src/shared/messages.ts', { area: 'kb' }],
    ['src/ui/CategorySwitches.tsx', { area: 'shared' }],
    ['src/options/Options.tsx', { area: 'ui' }],
    ['src/content/card/cards.ts', { area: 'content' }],
    ['src/popup/App.tsx', { pkg: 'webextension-polyfill' }],
  ] satisfies [string, Target][])('%s may import %o', (file, to) => {
    expect(brokenRules([edge(file, to)])).toEqual([]);
  });
});

describe('the import graph of src/', () => {
  const edges = importGraph();

  it('is read whole: type imports, re-exports and style sheets included', () => {
    expect(edges.length).toBeGreaterThan(300);
    const has = (file: string, spec: string) => edges.some((e) => e.file === file && e.spec === spec);
    expect(has('src/kb/pack.ts', '../lib/steps')).toBe(true);
    expect(has('src/kb/runtime.ts', './schema')).toBe(true); // import type
    expect(has('src/popup/popup.css', '../ui/theme.css')).toBe(true);
    const areas = new Set(filesIn(SRC).map(areaOf));
    expect([...areas].sort()).toEqual([...AREAS].sort());
  });

  it('breaks no rule', () => {
    expect(brokenRules(edges)).toEqual([]);
  });
});
