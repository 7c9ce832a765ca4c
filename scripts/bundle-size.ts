/**
 * The size budgets of what Dossier puts into web pages, checked after each build: the first script (the manifest's
 * `content_scripts` files), which runs on every page of an enabled site, and the reader (`src/content/reader.iife.js`),
 * which the background injects only into pages that may be articles. Prints the gzip size of each against its budget
 * and exits with 1 when one is over it, when the reader is missing, or when a built manifest declares
 * `web_accessible_resources` (pages could then probe for the extension), so `npm run build` fails.
 *
 * Run after the build: `tsx scripts/bundle-size.ts [dist/chrome dist/firefox]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { READER_FILE } from '../src/shared/reader-file';

/** The first script's budget, gzipped, in bytes (issue 13: a front page must pay almost nothing). */
export const FIRST_SCRIPT_BUDGET = 12 * 1024;
/**
 * The reader's budget, gzipped, in bytes: 43.8 KB when it left the first script (full detection, matcher, figures,
 * linking, highlighter, cards; the knowledge base's index comes from the background); 46.1 KB once figures learnt
 * references across paragraphs, parts, elisions and rule 5, and the content script was cut into functions of one
 * concern (issues 11 and 14; the card's CSS now ships minified); 47.4 KB with the prebuilt matcher's loader and the
 * figure reader's shortcut (issue 13: less work on the page for 1.3 KB more to parse). The reader reaches only pages
 * that may be articles.
 */
export const READER_BUDGET = 48 * 1024;

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

interface Manifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: unknown;
}

export interface ScriptSize {
  role: 'first script' | 'reader';
  file: string;
  bytes: number;
  gzip: number;
  budget: number;
}

function sizeOf(dir: string, file: string, role: ScriptSize['role'], budget: number): ScriptSize {
  const content = readFileSync(join(dir, file));
  return { role, file: join(dir, file), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length, budget };
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The scripts a built extension puts into pages — its content scripts, then the reader — with their sizes. */
export function scriptSizes(dir: string): ScriptSize[] {
  const files = [...new Set((readManifest(dir).content_scripts ?? []).flatMap((c) => c.js ?? []))];
  return [
    ...files.map((file) => sizeOf(dir, file, 'first script', FIRST_SCRIPT_BUDGET)),
    sizeOf(dir, READER_FILE, 'reader', READER_BUDGET),
  ];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function main(dirs: string[]): number {
  let problems = 0;
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.error(`bundle-size: no built extension in ${dir} (run the build first)`);
      return 1;
    }
    if (readManifest(dir).web_accessible_resources !== undefined) {
      console.error(`bundle-size: ${join(dir, 'manifest.json')} declares web_accessible_resources`);
      problems++;
    }
    if (!existsSync(join(dir, READER_FILE))) {
      console.error(`bundle-size: no reader at ${join(dir, READER_FILE)}`);
      problems++;
      continue;
    }
    for (const size of scriptSizes(dir)) {
      const over = size.gzip > size.budget;
      if (over) problems++;
      console.log(
        `${size.role} ${size.file.slice(ROOT.length + 1)}: ${kb(size.gzip)} gzip (${kb(size.bytes)} raw), ` +
          `${over ? 'OVER' : 'within'} the ${kb(size.budget)} budget`,
      );
    }
  }
  if (problems > 0) console.error(`bundle-size: ${problems} problem(s)`);
  return problems > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  process.exitCode = main(
    args.length > 0 ? args.map((a) => resolve(a)) : [join(ROOT, 'dist', 'chrome'), join(ROOT, 'dist', 'firefox')],
  );
}
