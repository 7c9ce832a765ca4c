/**
 * Types for Readability's standalone readerability check, imported on its own so the content script does not bundle
 * the whole of Readability (`@mozilla/readability`'s index pulls in the full parser, ~11 KB gzipped).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
