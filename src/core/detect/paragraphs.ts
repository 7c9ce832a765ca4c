/**
 * The page's prose paragraphs, as the evidence for article detection and for finding the body root: every `<p>`,
 * and every container whose own text (text nodes directly inside it, as in `<div>text<br>text</div>` or old table
 * layouts) reads as a paragraph. Paragraphs inside clear page furniture (see `isClearBoilerplate`), hidden or non-text
 * elements are left out, as are very short ones (`aria-hidden` does not count here: see `isHidden`).
 */
import { openingText } from '../dom/opening-text';
import { pageBody } from '../dom/page-body';
import { ticker, type Steps } from '../../lib/steps';
import type { ExclusionTest } from './excluded';

export interface Paragraph {
  element: Element;
  /** Length of the text as prose (`proseLength`). */
  length: number;
  /** Characters of that text inside links. */
  linkLength: number;
  /** Commas (any script), a proxy for sentence structure. */
  commas: number;
  /** Pieces of at least `LONG_PARAGRAPH` characters (a container's own text may hold several, split by `<br>`). */
  longPieces: number;
  /** The first `OPENING_CHARS` characters of its text, where they were read already (a `<p>`'s). */
  opening?: string;
}

/** Characters of a paragraph's opening looked at for a time or date stamp (`page-signals.ts`). */
export const OPENING_CHARS = 40;

/** A paragraph this long reads as body prose rather than a caption, label or teaser. */
export const LONG_PARAGRAPH = 80;

/** Shortest paragraph counted, in characters. */
const MIN_LENGTH = 25;
/** Shortest own text for a container that is not a `<p>`. */
const MIN_CONTAINER_TEXT = 100;
/** Characters a container's own text node needs before the container is read as a paragraph. */
const OWN_TEXT_PROBE = 10;
/**
 * Text of a paragraph read for detection, at most: a longer one counts as this long (no threshold of detection comes
 * near it), and reading it all would copy it all.
 */
const MAX_PARAGRAPH_CHARS = 10_000;
/** Elements whose own text (outside any `<p>`) may read as a paragraph. */
export const CONTAINERS = 'div, td, section, article, font, center, blockquote, dd';

/** Han, kana and Hangul: one such character carries about as much as a short Latin word. */
const CJK_WEIGHT = 3;

/**
 * Length of a text as prose, white space collapsed, with CJK characters weighted so that length thresholds mean the
 * same amount of prose in every script.
 */
export function proseLength(text: string): number {
  // One pass, no string built: `text.replace(/\s+/g, ' ').trim()` is as long as the text's non-space code units plus
  // one per run of white space between two of them (`\s` and `trim` know the same white space); CJK characters are
  // never white space, so they are counted on the text itself, one code unit each.
  let units = 0;
  let gaps = 0;
  let cjk = 0;
  let inGap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inGap = units > 0;
      continue;
    }
    if (inGap) {
      gaps++;
      inGap = false;
    }
    units++;
    if (c >= 0x1100 && isCjk(c)) cjk++;
  }
  return units + gaps + cjk * (CJK_WEIGHT - 1);
}

/** Whether a code unit is white space to `\s` (and to `String.prototype.trim`). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Han, kana and Hangul code units (U+1100–11FF, 3040–30FF, 3400–4DBF, 4E00–9FFF, AC00–D7AF, F900–FAFF). */
function isCjk(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'em',
  'font',
  'i',
  'mark',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

/** Whether a container has text of its own (a text-node child with a few words), before reading it all. */
function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    // The length first: most text children are the white space between elements, and reading one copies it.
    if (child.nodeType !== 3 || (child as Text).length < OWN_TEXT_PROBE) continue;
    if ((child as Text).substringData(0, 256).trim().length >= OWN_TEXT_PROBE) return true;
  }
  return false;
}

/** The own inline text of a container (its text-node children and inline child elements), split at `<br>`s. */
function ownInlineText(el: Element): { pieces: string[]; links: number } {
  const pieces: string[] = [''];
  let links = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      pieces[pieces.length - 1] += (child as Text).data;
    } else if (child.nodeType === 1) {
      const tag = (child as Element).localName.toLowerCase();
      if (tag === 'br') {
        pieces.push('');
      } else if (INLINE_TAGS.has(tag)) {
        const inner = child.textContent ?? '';
        pieces[pieces.length - 1] += inner;
        if (tag === 'a') links += proseLength(inner);
      }
    }
  }
  return { pieces, links };
}

function linkLength(el: Element): number {
  let total = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) total += proseLength(a.textContent ?? '');
  return total;
}

/** The paragraph made of these pieces of an element's text, or null when it is too short to count. */
function paragraph(element: Element, pieces: string[], links: () => number): Paragraph | null {
  const text = pieces.length === 1 ? pieces[0]! : pieces.join(' ');
  const length = proseLength(text);
  if (length < MIN_LENGTH) return null;
  return {
    element,
    length,
    linkLength: links(),
    commas: countCommas(text),
    // A single piece is the text itself: its length is known.
    longPieces:
      pieces.length === 1
        ? length >= LONG_PARAGRAPH
          ? 1
          : 0
        : pieces.filter((piece) => proseLength(piece) >= LONG_PARAGRAPH).length,
  };
}

/** Commas of any script (U+002C, U+060C, U+3001, U+FF0C), counted without building a list of them. */
function countCommas(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x060c || c === 0x3001 || c === 0xff0c) commas++;
  }
  return commas;
}

/** The paragraph a `<p>` makes, before any exclusion: null when it is too short. */
export function paragraphOfP(p: Element): Paragraph | null {
  const text = openingText(p, MAX_PARAGRAPH_CHARS);
  const found = paragraph(p, [text], () => linkLength(p));
  // Its opening is the start of what was read (`openingText` reads a prefix): not read again for stamps.
  if (found) found.opening = text.slice(0, OPENING_CHARS);
  return found;
}

/** The paragraph a container's own text makes (see `CONTAINERS`), before any exclusion: null when it has too little. */
export function paragraphOfContainer(el: Element): Paragraph | null {
  if (!hasOwnText(el)) return null;
  const own = ownInlineText(el);
  const chars = own.pieces.reduce((sum, piece) => sum + piece.length, 0);
  return chars >= MIN_CONTAINER_TEXT ? paragraph(el, own.pieces, () => own.links) : null;
}

/** Elements looked at in one step. */
const ELEMENTS_PER_STEP = 100;

/** Steps that collect the page's paragraphs, in document order of `<p>`s, then of containers with text of their own. */
export function* paragraphSteps(doc: Document, excluded: ExclusionTest): Steps<Paragraph[]> {
  const root = pageBody(doc);
  if (!root) return [];
  const tick = ticker(ELEMENTS_PER_STEP);
  const out: Paragraph[] = [];
  function* consider(found: Paragraph | null): Steps<void> {
    if (found && !(yield* excluded.steps(found.element))) out.push(found);
  }
  for (const p of Array.from(root.querySelectorAll('p'))) {
    yield* consider(paragraphOfP(p));
    if (tick()) yield;
  }
  yield;
  for (const el of Array.from(root.querySelectorAll(CONTAINERS))) {
    if (tick()) yield;
    yield* consider(paragraphOfContainer(el));
  }
  return out;
}
