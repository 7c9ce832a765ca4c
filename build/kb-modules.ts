/**
 * Compiles the knowledge base for a build. The Vite config aliases the `virtual:dossier/kb-*` module names to
 * the files written here under `.kb/`:
 * - `kb-index.js`, for the content script: the runtime index's loader (`IndexLoader`), shipped packed and unpacked
 *   on first use;
 * - `kb-details.json`, for the background and the popup: everything cards and the fact panel show.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../src/kb/compile';
import { loadPublishers, loadTopicFiles } from '../src/kb/load';
import { packIndex } from '../src/kb/pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function writeKbModules(outDir = join(root, '.kb')): { indexPath: string; detailsPath: string } {
  const { index, details } = compileKb(loadTopicFiles(), loadPublishers());
  mkdirSync(outDir, { recursive: true });
  const indexPath = join(outDir, 'kb-index.js');
  const detailsPath = join(outDir, 'kb-details.json');
  const packModule = JSON.stringify(join(root, 'src', 'kb', 'pack.ts'));
  // A JSON string parsed at run time loads faster than the same data as an object literal, and parsing it only when
  // a page turns out to be an article keeps it off every other page's first task.
  const packed = JSON.stringify(JSON.stringify(packIndex(index)));
  writeFileSync(
    indexPath,
    `import { indexLoader } from ${packModule};\n` + `export default indexLoader(() => JSON.parse(${packed}));\n`,
  );
  writeFileSync(detailsPath, JSON.stringify(details));
  return { indexPath, detailsPath };
}
