/**
 * Compiles the knowledge base for a build. The Vite config aliases the `virtual:dossier/kb-*` module names to
 * the files written here under `.kb/`:
 * - `kb-index-packed.js`, for the background: the runtime index, packed, with the matcher's automaton prebuilt, as a
 *   JSON string; the background sends it to the reader once a page turns out to be an article, where it is unpacked
 *   in slices and the automaton loaded as it is (`docs/adr/0008-prebuilt-matcher.md`);
 * - `kb-details.json`, for the background and the popup: everything cards and the fact panel show. The popup imports it
 *   apart from its first scripts, after its first paint (`src/popup/kb-store.ts`); the form it is bundled in (an
 *   object literal) measured the same there as a JSON string given to `JSON.parse` (`docs/adr/0007-panel-first-paint.md`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../src/kb/build/compile';
import { loadPublishers, loadTopicFiles } from '../src/kb/build/load';
import { prebuildAutomaton } from '../src/core/match/patterns';
import { packIndex } from '../src/kb/pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function writeKbModules(outDir = join(root, '.kb')): { packedPath: string; detailsPath: string } {
  const { index, details } = compileKb(loadTopicFiles(), loadPublishers());
  mkdirSync(outDir, { recursive: true });
  // A JSON string parsed where it is used loads faster than the same data as an object literal. The background sends
  // it to a page's content script only once that page turns out to be an article.
  const packedPath = join(outDir, 'kb-index-packed.js');
  const packed = packIndex({ ...index, automaton: prebuildAutomaton(index) });
  writeFileSync(packedPath, `export default ${JSON.stringify(JSON.stringify(packed))};\n`);
  const detailsPath = join(outDir, 'kb-details.json');
  writeFileSync(detailsPath, JSON.stringify(details));
  return { packedPath, detailsPath };
}
