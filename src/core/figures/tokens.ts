/**
 * Tokens of a normalised block (see `src/lib/normalize.ts`: lower-case, no diacritics, one space between words),
 * the input of the figure and date parsers. Offsets are into the normalised text.
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

// Digit groups joined by "," or "." ("1,000", "1.5"); words with inner apostrophes or hyphens ("twenty-five",
// "jusqu'a"); any other visible character alone.
const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:['-]\p{L}+)*)|(\S)/gu;

/**
 * "5 200 soldats" typed with an ordinary space: a group of three digits after a number of one to three digits, not
 * followed by more digits, the number before it not itself after a number ("1 2 300" is a list).
 */
function plainGroup(text: string, after: number, tokens: readonly Token[]): boolean {
  const before = tokens[tokens.length - 2];
  const last = tokens[tokens.length - 1]!;
  return !/\d/.test(text[after + 1] ?? '') && !(before?.kind === 'num' && before.end + 1 === last.start);
}

/**
 * `groupSpace(i)`: whether the space at index `i` of `text` separates thousands (a no-break or thin space in the
 * original, as French typography writes "5 200"); such groups become one number token.
 */
export function tokenize(text: string, groupSpace: (i: number) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const kind: TokenKind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
    const last = tokens[tokens.length - 1];
    if (
      kind === 'num' &&
      /^\d{3}$/.test(m[0]) &&
      last?.kind === 'num' &&
      /^\d{1,3}( \d{3})*$/.test(last.text) &&
      m.index === last.end + 1 &&
      (groupSpace(last.end) || plainGroup(text, m.index + 3, tokens))
    ) {
      last.text += ` ${m[0]}`;
      last.end = m.index + 3;
      continue;
    }
    const elided = kind === 'word' ? ELISION.exec(m[0]) : null;
    if (elided !== null) {
      // "d'un millier", "l'an dernier": the elided article is a word of its own, so what follows reads as it would
      // after "de un", "le an".
      const cut = m.index + elided[1]!.length;
      tokens.push({ kind, text: elided[1]!, start: m.index, end: cut });
      tokens.push({ kind, text: m[0].slice(elided[1]!.length), start: cut, end: m.index + m[0].length });
      continue;
    }
    tokens.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** French elided words written onto the next: "d'", "l'", "s'", "qu'", "jusqu'"… (no English word starts so). */
const ELISION = /^(d'|l'|s'|n'|c'|j'|m'|qu'|jusqu'|lorsqu'|puisqu')(?=\p{L})/u;

/** The token at `i` if it is a word; its text, else undefined. */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t?.kind === 'word' ? t.text : undefined;
}

/** Whether tokens `i` and `i + 1` touch (no space between them). */
export function touching(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * A lexicon of word phrases ("at least", "service members") looked up by their first word, so that a lookup costs
 * the same whatever the lexicon's size.
 */
export interface PhraseLexicon<V> {
  /** The longest phrase of the lexicon whose words stand at token `i`: its value and its length in tokens. */
  at(tokens: readonly Token[], i: number): { value: V; length: number } | undefined;
}

/** `entries`: phrase (words separated by single spaces, normalised) → value. */
export function phraseLexicon<V>(entries: Iterable<readonly [string, V]>): PhraseLexicon<V> {
  const byFirst = new Map<string, { words: string[]; value: V }[]>();
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase, () => false).map((t) => t.text);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    byFirst.set(
      words[0]!,
      list.sort((a, b) => b.words.length - a.words.length),
    );
  }
  return {
    at(tokens, i) {
      const first = wordAt(tokens, i);
      if (first === undefined) return undefined;
      const entry = byFirst.get(first)?.find((e) => e.words.every((w, k) => wordAt(tokens, i + k) === w));
      return entry && { value: entry.value, length: entry.words.length };
    },
  };
}
