/**
 * Loads the labelled article-detection corpus and the seed files.
 *
 * The full corpus (`<shared>/corpus/`: labels.json and gzipped pages, 492 pages) is used when the `shared` folder sits
 * next to the repository (`../shared`, or $DOSSIER_SHARED); a fresh clone has none, and then the license-clean subset
 * kept in `tests/fixtures/corpus/` is used instead (see its README). The seed article and its expected annotations are
 * always read from `tests/fixtures/seed/`, a copy kept in the repository.
 * Pages are decoded by detecting their encoding: strict UTF-8 first, then the charset the page declares, then
 * windows-1252 (some pages declare a charset their bytes do not use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export type CorpusLabel = 'article' | 'not-article' | 'ambiguous';

export interface CorpusEntry {
  file: string;
  label: CorpusLabel;
  site: string;
  news: boolean;
  note: string;
  source_url?: string | null;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared folder beside the repository: $DOSSIER_SHARED, or `../shared` from the repo root. */
export function sharedDir(): string {
  return process.env['DOSSIER_SHARED'] ?? resolve(REPO_ROOT, '../shared');
}

/** The repository's own copies: `tests/fixtures/<name>`. */
export function fixturesDir(name: string): string {
  return join(REPO_ROOT, 'tests', 'fixtures', name);
}

/** Which corpus a test runs on: the full shared one when it is there, else the subset kept in the repository. */
export function corpusDir(): { dir: string; which: 'shared' | 'fixtures' } {
  const shared = join(sharedDir(), 'corpus');
  if (existsSync(join(shared, 'labels.json'))) return { dir: shared, which: 'shared' };
  return { dir: fixturesDir('corpus'), which: 'fixtures' };
}

/** The seed folder kept in the repository: `tests/fixtures/seed/`. */
export const SEED_DIR = fixturesDir('seed');

/** A file of the seed (`tests/fixtures/seed/<name>`). */
export function readSeed(name: string): string {
  return readFileSync(join(SEED_DIR, name), 'utf8');
}

export function loadLabels(dir: string): CorpusEntry[] {
  const path = join(dir, 'labels.json');
  if (!existsSync(path)) {
    throw new Error(
      `Article corpus not found: ${path} does not exist. Put the corpus at ../shared/corpus (relative to the repo root) ` +
        'or set DOSSIER_SHARED to the folder that holds corpus/.',
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[];
}

/** Labels the WHATWG encoding standard reads as windows-1252. */
const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'l1']);
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  return DECLARED_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * windows-1252 bytes 0x80–0x9F (Node's TextDecoder decodes the label as ISO-8859-1 and leaves these as C1 controls).
 * Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as in the WHATWG encoding.
 */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const declared = declaredCharset(bytes);
  if (declared && !SINGLE_BYTE_WESTERN.has(declared) && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label: fall through
    }
  }
  return decodeWindows1252(bytes);
}

export function readPage(dir: string, file: string): string {
  return decodeHtml(gunzipSync(readFileSync(join(dir, 'pages', file))));
}
