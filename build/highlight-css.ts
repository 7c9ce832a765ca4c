/**
 * Writes the content script's style sheet (`highlightCss()`) to `src/content/highlights.css` (generated, not
 * committed), which the manifest's content script lists under `css`: the browser injects it before the page renders
 * (see `src/content/highlight/highlight-css.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { highlightCss } from '../src/content/highlight/highlight-css';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const HIGHLIGHT_CSS = 'src/content/highlights.css';

export function writeHighlightCss(): string {
  const path = join(root, HIGHLIGHT_CSS);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, highlightCss());
  return path;
}
