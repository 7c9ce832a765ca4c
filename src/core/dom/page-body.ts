/**
 * The page's `<body>`. Looked up rather than read from `document.body`, which some DOM implementations (linkedom)
 * answer with a fresh empty element when the markup nests the body oddly; falls back to the root element.
 */
export function pageBody(doc: Document): Element | null {
  return doc.querySelector('body') ?? doc.documentElement;
}
