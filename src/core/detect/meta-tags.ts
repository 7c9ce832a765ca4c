/**
 * The page's `<meta>` tags, read once: content by lower-case `property`, `name` or `itemprop` (first tag wins).
 */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}
