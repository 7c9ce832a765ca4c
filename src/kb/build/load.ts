/**
 * Reads the knowledge base's topic files from disk (Node only: build time, scripts and tests).
 *
 * A JSON syntax error is reported with the file name, line and column. `JSON.parse` does not always say where it
 * failed (V8 often quotes the text instead), so the position comes from a small scan of the JSON grammar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublisherRegistry } from './publishers';
import type { TopicFileInput } from './validate';

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

/** The publisher registry (`publishers.json` of the data folder). */
export function loadPublishers(dir: string = DEFAULT_DATA_DIR): PublisherRegistry {
  const text = readFileSync(join(dir, 'publishers.json'), 'utf8');
  try {
    return JSON.parse(text) as PublisherRegistry;
  } catch (error) {
    throw new Error(`Knowledge base: publishers.json › ${jsonSyntaxError(text) ?? String(error)}`, { cause: error });
  }
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

/** Offset of the first character where `text` stops being JSON (text.length when it ends too early). */
function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (token: string): void => {
    for (const ch of token) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    expect('"');
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) fail();
      if (code === 0x5c) {
        i++;
        const escape = text[i];
        if (escape === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = (): void => {
    const pattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    pattern.lastIndex = i;
    if (!pattern.test(text)) fail();
    i = pattern.lastIndex;
  };
  const list = (close: string, item: () => void): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[i] !== ',') break;
      i++;
    }
    expect(close);
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') {
      list('}', () => {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    throw error;
  }
  return undefined;
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
