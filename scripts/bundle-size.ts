/**
 * The size budget of the script that runs in every article page: prints the gzip size of each built content script
 * (the manifest's `content_scripts` files, knowledge-base index included) against the budget, and exits with 1 when one
 * is over it, so `npm run build` fails.
 *
 * Run after the build: `tsx scripts/bundle-size.ts [dist/chrome dist/firefox]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The budget for the content script, gzipped, in bytes: 45.6 KB now that the knowledge base's index comes from the
 * background once a page is an article (it was 66 KB with the index inside).
 */
export const CONTENT_SCRIPT_BUDGET = 48 * 1024;

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

interface Manifest {
  content_scripts?: { js?: string[] }[];
}

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The content scripts a built extension declares, with their sizes. */
export function contentScriptSizes(dir: string): ScriptSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  return files.map((file) => {
    const content = readFileSync(join(dir, file));
    return { file: join(dir, file), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function main(dirs: string[]): number {
  let over = 0;
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.error(`bundle-size: no built extension in ${dir} (run the build first)`);
      return 1;
    }
    for (const size of contentScriptSizes(dir)) {
      const verdict = size.gzip <= CONTENT_SCRIPT_BUDGET ? 'within' : 'OVER';
      if (size.gzip > CONTENT_SCRIPT_BUDGET) over++;
      console.log(
        `content script ${size.file.slice(ROOT.length + 1)}: ${kb(size.gzip)} gzip (${kb(size.bytes)} raw), ` +
          `${verdict} the ${kb(CONTENT_SCRIPT_BUDGET)} budget`,
      );
    }
  }
  if (over > 0) console.error(`bundle-size: ${over} content script(s) over the budget`);
  return over > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  process.exitCode = main(args.length > 0 ? args.map((a) => resolve(a)) : [join(ROOT, 'dist', 'chrome'), join(ROOT, 'dist', 'firefox')]);
}
