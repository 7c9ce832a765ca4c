/**
 * Compiles the knowledge base for a build: the runtime index (for the content script) and the details store
 * (for the background and the popup) are written as JSON under `.kb/`, which the Vite config aliases to the
 * `virtual:dossier/kb-*` module names.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../src/kb/compile';
import { loadTopicFiles } from '../src/kb/load';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function writeKbModules(outDir = join(root, '.kb')): { indexPath: string; detailsPath: string } {
  const { index, details } = compileKb(loadTopicFiles());
  mkdirSync(outDir, { recursive: true });
  const indexPath = join(outDir, 'kb-index.json');
  const detailsPath = join(outDir, 'kb-details.json');
  writeFileSync(indexPath, JSON.stringify(index));
  writeFileSync(detailsPath, JSON.stringify(details));
  return { indexPath, detailsPath };
}
