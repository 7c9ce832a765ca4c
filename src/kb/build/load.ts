/**
 * Reads the knowledge base's topic files from disk (Node only: build time, scripts and tests).
 *
 * A JSON syntax error is reported with the file name, line and column. `JSON.parse` does not always say where it
 * failed (V8 often quotes the text instead), so the position comes from the `jsonc-parser` library's strict parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse, type ParseError } from 'jsonc-parser';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatKbError } from './problems';
import type { PublisherRegistry } from './publishers';
import { readPublisherRegistry } from './registry-file';
import type { TopicFileInput } from './topic-files';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Files of the data folder that are registries, not topic files: the publishers (`publishers.json`). */
export const REGISTRY_FILES: ReadonlySet<string> = new Set(['publishers.json']);

/**
 * Every `*.json` topic file of `dir` (not the registries), sorted by name and parsed. Throws one Error naming every
 * file that is not JSON.
 */
export function loadTopicFiles(dir: string = DEFAULT_DATA_DIR): TopicFileInput[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !REGISTRY_FILES.has(name))
    .sort();
  const files: TopicFileInput[] = [];
  const problems: string[] = [];
  for (const file of names) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    try {
      files.push({ file, data: JSON.parse(text) });
    } catch (error) {
      problems.push(`${file} › ${jsonSyntaxError(text) ?? String(error)}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Knowledge base: ${problems.length} file(s) are not valid JSON:\n${problems.join('\n')}`);
  }
  return files;
}

/** The publisher registry (`publishers.json` of the data folder). Throws one Error naming every problem it has. */
export function loadPublishers(dir: string = DEFAULT_DATA_DIR): PublisherRegistry {
  const text = readFileSync(join(dir, 'publishers.json'), 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`Knowledge base: publishers.json › ${jsonSyntaxError(text) ?? String(error)}`, { cause: error });
  }
  const { registry, errors } = readPublisherRegistry(data);
  if (registry === undefined || errors.length > 0) {
    throw new Error(
      `Knowledge base: ${errors.length} error(s) in publishers.json:\n${errors.map(formatKbError).join('\n')}`,
    );
  }
  return registry;
}

/** Where and why `text` is not JSON ("line 3, column 7: invalid JSON: unexpected "}""), or undefined if it is. */
export function jsonSyntaxError(text: string): string | undefined {
  const offset = syntaxErrorOffset(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const found = offset < text.length ? JSON.stringify(text[offset]) : 'end of file';
  return `line ${line}, column ${column}: invalid JSON: unexpected ${found}`;
}

/**
 * Offset of the first character where `text` stops being JSON (text.length when it ends too early), from the JSON
 * parser of the `jsonc-parser` library in strict mode (no comments, no trailing commas).
 */
function syntaxErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined) return Math.min(first.offset, text.length);
  // The library reads a little more than JSON allows: check the rest with the platform's own parser.
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return 0;
  }
}
