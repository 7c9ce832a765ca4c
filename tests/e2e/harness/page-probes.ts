/**
 * Functions evaluated inside test pages to read what a reader sees: which texts each Dossier highlight covers,
 * and whether the content script finished.
 */

/** `{ 'dossier-person': ['Florence Parly', …], … }` from the page's `CSS.highlights` registry. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('dossier-')) continue;
    out[name] = [...highlight].map((r) => r.toString());
  }
  return out;
}

export function dossierReady(): boolean {
  return performance.getEntriesByName('dossier:ready').length > 0;
}

export function countHighlights(): number {
  const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  let n = 0;
  if (registry) for (const [name, h] of registry) if (name.startsWith('dossier-')) n += h.size;
  return n;
}
