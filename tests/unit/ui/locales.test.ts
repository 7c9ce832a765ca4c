/**
 * The panel's, options page's and shared UI's strings: every key they use exists in English and French, with its
 * placeholders (the hover card's are checked where it is rendered, `tests/unit/content/card-view.test.tsx`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, PUBLISHER_KINDS, QUALIFIERS } from '../../../src/kb/schema';
import { CATEGORIES } from '../../../src/shared/categories';

const ROOT = join(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const fr = load('fr');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const usedKeys = new Set(
  ['src/popup', 'src/options', 'src/background', 'src/ui']
    .flatMap((d) => sourceFiles(join(ROOT, d)))
    .flatMap((file) => [
      ...readFileSync(file, 'utf8').matchAll(/\bt\(\s*(?:'(\w+)'|\w+\s*\?\s*'(\w+)'\s*:\s*'(\w+)')/g),
    ])
    .flatMap((m) => [m[1], m[2], m[3]].filter((k): k is string => k !== undefined)),
);
const key = (s: string) => s.replace(/-/g, '_');
const composedKeys = [
  ...ENTITY_TYPES.flatMap((t) => [`type_${key(t)}`, `group_${key(t)}`]),
  ...CATEGORIES.map((c) => `category_${key(c)}`),
  ...['agrees', 'varies', 'differs', 'self', 'unknown'].map((v) => `verdict_${v}`),
  ...PUBLISHER_KINDS.map((k) => `sourceKind_${key(k)}`),
  ...QUALIFIERS.filter((q) => q !== 'exact').map((q) => `qualifier_${key(q)}`),
  'highlightStyle_underline',
  'highlightStyle_background',
];
const manifestKeys = [...readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map(
  (m) => m[1]!,
);
/** Every word written as a string anywhere in `src/` (a key is used where it is named, or composed as above). */
const namedInSource = new Set(
  sourceFiles(join(ROOT, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/['"`](\w+)['"`]/g)].map((m) => m[1]!),
  ),
);

describe('locales', () => {
  it('finds the keys the code uses', () => {
    expect(usedKeys.size).toBeGreaterThan(50);
  });

  it.each([...usedKeys, ...composedKeys, ...manifestKeys])('has "%s" in English and French', (k) => {
    expect(en[k]?.message, `en ${k}`).toBeTruthy();
    expect(fr[k]?.message, `fr ${k}`).toBeTruthy();
  });

  it('defines no key that nothing uses', () => {
    const used = new Set([...namedInSource, ...composedKeys, ...manifestKeys]);
    expect(Object.keys(en).filter((k) => !used.has(k))).toEqual([]);
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('defines every placeholder a message uses, the same in both languages', () => {
    for (const [k, entry] of Object.entries(en)) {
      for (const messages of [en, fr]) {
        const e = messages[k];
        if (!e) continue;
        const used = [...e.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(used, k).toEqual(Object.keys(e.placeholders ?? {}).sort());
      }
      expect(Object.keys(fr[k]?.placeholders ?? {}).sort(), k).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });
});
