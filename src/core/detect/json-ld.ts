/**
 * Reads a page's schema.org JSON-LD: which kinds of thing the page says it is (article, live blog, video, recipe,
 * listing…), and, for an article, its headline and publication date.
 *
 * Robust to what real pages ship: `@graph`, top-level arrays, `@type` as an array or an IRI, `mainEntity`,
 * HTML comment or CDATA wrappers, malformed JSON (ignored), and huge blocks (skipped above a size cap, so parsing
 * never stalls the page).
 */
import { localTypeName, schemaTypeKind } from './schema-types';

/** Largest script text parsed, in characters; bigger blocks are skipped. */
const MAX_SCRIPT_CHARS = 256 * 1024;
/** Largest total of script text parsed per page. */
const MAX_TOTAL_CHARS = 1024 * 1024;
/** Largest number of items visited per page (guards deeply nested or enormous graphs). */
const MAX_ITEMS = 500;

export interface JsonLdSummary {
  /** Lower-case local names of the types of the page's main items (top level, `@graph`, `mainEntity`). */
  types: string[];
  /** The first main item of an article type, if any. */
  articleType: string | null;
  /** The first main item of a non-article type (live blog, video, listing, recipe…), if any. */
  nonArticleType: string | null;
  headline: string | null;
  datePublished: string | null;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function localTypeNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((entry): entry is string => typeof entry === 'string')
    .map(localTypeName)
    .filter((n) => n);
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return firstString(value[0]);
  return null;
}

const WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

function parseScript(text: string): unknown {
  try {
    return JSON.parse(text.replace(WRAPPERS, ''));
  } catch {
    return undefined;
  }
}

/** The page's main items: top-level objects, members of arrays and `@graph`, and the `mainEntity` of a page item. */
function collectMainItems(root: unknown, out: JsonObject[]): void {
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < MAX_ITEMS) {
    const value = queue.shift();
    if (Array.isArray(value)) {
      queue.push(...value.slice(0, MAX_ITEMS));
    } else if (isObject(value)) {
      if (value['@type'] !== undefined) out.push(value);
      if (value['@graph'] !== undefined) queue.push(value['@graph']);
      if (value['mainEntity'] !== undefined && localTypeNames(value['@type']).some((t) => t.endsWith('page'))) {
        queue.push(value['mainEntity']);
      }
    }
  }
}

function isJsonLdScript(script: Element): boolean {
  const type = script.getAttribute('type');
  return type !== null && type.toLowerCase().split(';')[0]!.trim() === 'application/ld+json';
}

export function readJsonLd(doc: Document): JsonLdSummary {
  const items: JsonObject[] = [];
  let budget = MAX_TOTAL_CHARS;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!isJsonLdScript(script)) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || text.length > budget) continue;
    budget -= text.length;
    collectMainItems(parseScript(text), items);
  }

  const summary: JsonLdSummary = {
    types: [],
    articleType: null,
    nonArticleType: null,
    headline: null,
    datePublished: null,
  };
  for (const item of items) {
    const names = localTypeNames(item['@type']);
    summary.types.push(...names);
    const article = names.find((n) => schemaTypeKind(n) === 'article');
    const other = names.find((n) => schemaTypeKind(n) === 'other');
    if (other && !summary.nonArticleType) summary.nonArticleType = other;
    if (article && !other && !summary.articleType) {
      summary.articleType = article;
      summary.headline = firstString(item['headline']) ?? firstString(item['name']);
      summary.datePublished = firstString(item['datePublished']) ?? firstString(item['dateCreated']);
    }
  }
  return summary;
}
